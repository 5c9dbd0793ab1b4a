import { defineElement } from '../internal/define.js';
import { SzLoveSupermarket } from './sz-love-supermarket.js';

defineElement('sz-love-supermarket', SzLoveSupermarket);

declare global {
  interface HTMLElementTagNameMap {
    'sz-love-supermarket': SzLoveSupermarket;
  }
}
