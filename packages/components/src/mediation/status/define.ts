import { defineElement } from '../../internal/define.js';
import { SzMediationStatus } from '../sz-mediation-status.js';

defineElement('sz-mediation-status', SzMediationStatus);

declare global {
  interface HTMLElementTagNameMap {
    'sz-mediation-status': SzMediationStatus;
  }
}
