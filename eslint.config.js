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
  // Layer boundaries (docs/ARCHITECTURE.md, "Layers"): tests/unit/layers.test.ts plants a
  // forbidden import in each layer and checks that these rules fire.
  {
    files: ['shared/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^node:', message: 'shared/ runs in the browser too: no Node built-ins.' },
            {
              regex: '(^|/)(server|client)/',
              message: 'shared/ imports only shared/ (and valibot).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['server/domain/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!\\./|\\.\\./kinds/|\\.\\./\\.\\./shared/|valibot$)',
              message:
                'server/domain/ is pure: it imports only shared/, server/kinds/ and itself (no store, bus, ws, Node).',
            },
          ],
        },
      ],
    },
  },
  // server/kinds/ is pure domain code too: shared/, server/domain/ and itself.
  ...[
    ['server/kinds/*.ts', '^(?!\\./|\\.\\./domain/|\\.\\./\\.\\./shared/|valibot$)'],
    [
      'server/kinds/*/**',
      '^(?!\\./|\\.\\./(?!\\.\\./)|\\.\\./\\.\\./domain/|\\.\\./\\.\\./\\.\\./shared/|valibot$)',
    ],
  ].map(([glob, regex]) => ({
    files: [glob],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex,
              message:
                'server/kinds/ is pure: it imports only shared/, server/domain/ and itself (no store, bus, ws, routes, Node).',
            },
          ],
        },
      ],
    },
  })),
  {
    files: ['server/realtime/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)store/',
              message:
                'server/realtime/ is the transport: it never touches the store (admission is in server/rooms/admission.ts).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['client/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^node:', message: 'client/ runs in the browser: no Node built-ins.' },
            {
              regex: '(^|/)server/',
              message: 'client/ never imports server/: share types and rules through shared/.',
            },
          ],
        },
      ],
    },
  },
);
