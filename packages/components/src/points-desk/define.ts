import { defineElement } from '../internal/define.js';
import { SzPointsDesk } from './sz-points-desk.js';

defineElement('sz-points-desk', SzPointsDesk);

declare global {
  interface HTMLElementTagNameMap {
    'sz-points-desk': SzPointsDesk;
  }
}
