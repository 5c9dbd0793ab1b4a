export { mediationMessages } from './messages.js';
