export { disclosureMessages } from './messages.js';
