import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['shared/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['node:*', '../server/*', '../client/*'] }],
    },
  },
  {
    files: ['server/domain/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['../store/*', '../bus/*', 'ws', 'node:*'] }],
    },
  },
);
