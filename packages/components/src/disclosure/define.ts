import { defineElement } from '../internal/define.js';
import { SzDisclosureBoard } from './sz-disclosure-board.js';

defineElement('sz-disclosure-board', SzDisclosureBoard);

declare global {
  interface HTMLElementTagNameMap {
    'sz-disclosure-board': SzDisclosureBoard;
  }
}
