/**
 * Public API of the statistics core (pure: plain data in, plain data out). See docs/evaluation.md.
 */
export * from './pass-at-k.js';
export * from './maj-at-k.js';
export * from './runs.js';
export * from './uncertain.js';
export * from './flips.js';
export * from './compare.js';
export * from './responses.js';
export * from './distributions.js';
export * from './summary.js';
