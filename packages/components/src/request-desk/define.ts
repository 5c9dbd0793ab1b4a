import { defineElement } from '../internal/define.js';
import { SzRequestDesk } from './sz-request-desk.js';

defineElement('sz-request-desk', SzRequestDesk);

declare global {
  interface HTMLElementTagNameMap {
    'sz-request-desk': SzRequestDesk;
  }
}
