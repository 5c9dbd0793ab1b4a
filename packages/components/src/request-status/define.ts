import { defineElement } from '../internal/define.js';
import { SzRequestStatus } from './sz-request-status.js';

defineElement('sz-request-status', SzRequestStatus);

declare global {
  interface HTMLElementTagNameMap {
    'sz-request-status': SzRequestStatus;
  }
}
