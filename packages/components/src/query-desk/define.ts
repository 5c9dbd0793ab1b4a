import { defineElement } from '../internal/define.js';
import { SzQueryDesk } from './sz-query-desk.js';

defineElement('sz-query-desk', SzQueryDesk);

declare global {
  interface HTMLElementTagNameMap {
    'sz-query-desk': SzQueryDesk;
  }
}
