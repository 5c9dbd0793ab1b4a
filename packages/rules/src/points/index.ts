export { pointsMessages } from './messages.js';
