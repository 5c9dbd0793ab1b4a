import { defineElement } from '../internal/define.js';
import { SzFinanceDesk } from './sz-finance-desk.js';

defineElement('sz-finance-desk', SzFinanceDesk);

declare global {
  interface HTMLElementTagNameMap {
    'sz-finance-desk': SzFinanceDesk;
  }
}
