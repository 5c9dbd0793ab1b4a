import { defineElement } from '../internal/define.js';
import { Sz__Pascal__ } from './sz-__kebab__.js';

defineElement('sz-__kebab__', Sz__Pascal__);

declare global {
  interface HTMLElementTagNameMap {
    'sz-__kebab__': Sz__Pascal__;
  }
}
