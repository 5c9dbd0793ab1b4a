import { defineElement } from '../internal/define.js';
import { SzMediationDesk } from './sz-mediation-desk.js';

defineElement('sz-mediation-desk', SzMediationDesk);

declare global {
  interface HTMLElementTagNameMap {
    'sz-mediation-desk': SzMediationDesk;
  }
}
