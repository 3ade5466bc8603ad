export * from './model.js';
export * from './authorize.js';
