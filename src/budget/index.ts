export * from './model.js';
export * from './plan.js';
export * from './machine.js';
export * from './step.js';
export * from './diagram.js';
