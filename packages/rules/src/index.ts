/**
 * @shanzhi/rules — the domain of rural governance as pure functions and zod/mini schemas.
 * No DOM, no network, no Node built-ins: the same rules run in the widgets and on the server.
 */
export * from './messages/index.js';
export * from './shared/index.js';
export * from './identity/index.js';
export * from './calendar/index.js';
export * from './points/index.js';
export * from './disclosure/index.js';
export * from './meetings/index.js';
export * from './mediation/index.js';
export * from './services/index.js';
export * from './powers/index.js';
export * from './requests/index.js';
export * from './grid/index.js';
