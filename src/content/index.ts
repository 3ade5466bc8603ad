export * from './labels.js';
export * from './model.js';
export * from './chain.js';
export * from './machine.js';
export * from './step.js';
export * from './queries.js';
export * from './diagram.js';
