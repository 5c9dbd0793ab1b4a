import { defineElement } from '../internal/define.js';
import { SzMentoringDesk } from './sz-mentoring-desk.js';

defineElement('sz-mentoring-desk', SzMentoringDesk);

declare global {
  interface HTMLElementTagNameMap {
    'sz-mentoring-desk': SzMentoringDesk;
  }
}
