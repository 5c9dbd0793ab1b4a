import { defineElement } from '../internal/define.js';
import { SzProvider } from './sz-provider.js';

defineElement('sz-provider', SzProvider);

declare global {
  interface HTMLElementTagNameMap {
    'sz-provider': SzProvider;
  }
}
