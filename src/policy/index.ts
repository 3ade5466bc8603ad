export * from './primitives.js';
export * from './schema.js';
export * from './content-policy.js';
export * from './defaults.js';
export * from './revision.js';
export * from './kpi-check.js';
export * from './kpi-policy.js';
export * from './budget-policy.js';
