import { defineElement } from '../internal/define.js';
import { SzDecisionDesk } from './sz-decision-desk.js';

defineElement('sz-decision-desk', SzDecisionDesk);

declare global {
  interface HTMLElementTagNameMap {
    'sz-decision-desk': SzDecisionDesk;
  }
}
