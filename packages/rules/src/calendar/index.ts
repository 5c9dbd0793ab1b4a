export { calendarMessages } from './messages.js';
