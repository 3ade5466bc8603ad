export * from './schema.js';
export * from './defaults.js';
export * from './revision.js';
export * from './evaluation-record.js';
export * from './evaluation.js';
export * from './evaluation-due.js';
