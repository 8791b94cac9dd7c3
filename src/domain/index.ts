export * from './money.js';
export * from './order.js';
export * from './decision.js';
export * from './events.js';
export * from './conversation.js';
export * from './records.js';
export * from './errors.js';
export * from './store.js';
