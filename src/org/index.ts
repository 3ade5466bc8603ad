export * from './labels.js';
export * from './policy.js';
export * from './authorize.js';
