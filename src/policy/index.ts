export * from './schema.js';
export * from './defaults.js';
export * from './revision.js';
