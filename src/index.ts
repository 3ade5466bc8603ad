export * from './core/index.js';
export * from './policy/index.js';
export * from './org/index.js';
export * from './content/index.js';
export * from './kpi/index.js';
export * from './budget/index.js';
export * from './compliance/index.js';
export * from './discipline/index.js';
