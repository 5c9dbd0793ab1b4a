import { defineElement } from '../internal/define.js';
import { SzServiceCatalogue } from './sz-service-catalogue.js';

defineElement('sz-service-catalogue', SzServiceCatalogue);

declare global {
  interface HTMLElementTagNameMap {
    'sz-service-catalogue': SzServiceCatalogue;
  }
}
