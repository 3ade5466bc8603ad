export * from './primitives.js';
export * from './schema.js';
export * from './content-policy.js';
export * from './defaults.js';
export * from './revision.js';
