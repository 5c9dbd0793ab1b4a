export { servicesMessages } from './messages.js';
