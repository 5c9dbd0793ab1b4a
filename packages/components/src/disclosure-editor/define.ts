import { defineElement } from '../internal/define.js';
import { SzDisclosureEditor } from './sz-disclosure-editor.js';

defineElement('sz-disclosure-editor', SzDisclosureEditor);

declare global {
  interface HTMLElementTagNameMap {
    'sz-disclosure-editor': SzDisclosureEditor;
  }
}
