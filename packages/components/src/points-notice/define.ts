import { defineElement } from '../internal/define.js';
import { SzPointsNotice } from './sz-points-notice.js';

defineElement('sz-points-notice', SzPointsNotice);

declare global {
  interface HTMLElementTagNameMap {
    'sz-points-notice': SzPointsNotice;
  }
}
