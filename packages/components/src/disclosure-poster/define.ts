import { defineElement } from '../internal/define.js';
import { SzDisclosurePoster } from './sz-disclosure-poster.js';

defineElement('sz-disclosure-poster', SzDisclosurePoster);

declare global {
  interface HTMLElementTagNameMap {
    'sz-disclosure-poster': SzDisclosurePoster;
  }
}
