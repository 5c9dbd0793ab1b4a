import { defineElement } from '../internal/define.js';
import { SzMediationIntake } from './sz-mediation-intake.js';

defineElement('sz-mediation-intake', SzMediationIntake);

declare global {
  interface HTMLElementTagNameMap {
    'sz-mediation-intake': SzMediationIntake;
  }
}
