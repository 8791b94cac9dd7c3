export * from './recorder.js';
export * from './replay.js';
export * from './service.js';
export * from './describe.js';
export * from './coverage.js';
