export { identityMessages } from './messages.js';
