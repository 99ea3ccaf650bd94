/**
 * Synthetic verifiable reasoning tasks for the embedded model: the modular-arithmetic task family
 * (difficulty = number of terms), its tokenizer and chat format, the solver that writes chain-of-thought
 * traces (correct ones for injection, a mixture with systematic bugs for the cold-start SFT), and the
 * dataset splits written as JSONL in the shape of the paper's benchmarks. See docs/tasks.md.
 */
export * from './tokenizer.js';
export * from './format.js';
export * from './modarith.js';
export * from './solver.js';
export * from './datasets.js';
