import { defineElement } from '../internal/define.js';
import { SzGridDesk } from './sz-grid-desk.js';

defineElement('sz-grid-desk', SzGridDesk);

declare global {
  interface HTMLElementTagNameMap {
    'sz-grid-desk': SzGridDesk;
  }
}
