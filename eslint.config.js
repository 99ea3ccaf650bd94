// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'build/**', 'coverage/**', 'runs/**', '.cache/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-constant-condition': ['error', { checkLoops: false }],
    },
  },
  {
    files: ['src/verify/**', 'src/rl/**', 'src/stats/**'],
    rules: {
      // Pure cores: no I/O, no process state.
      'no-restricted-imports': ['error', { patterns: ['node:fs', 'node:fs/*', 'node:child_process', 'node:http', 'node:net', '../model/*', '../train/*', '../serve/*', '../cli/*', '../eval/*'] }],
    },
  },
);
