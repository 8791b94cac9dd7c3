export * from './schema.js';
export * from './parse.js';
export * from './effective.js';
export * from './facts.js';
export * from './decide.js';
export * from './rules.js';
