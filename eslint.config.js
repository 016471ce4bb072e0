// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const domainPurity = {
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        {
          group: ['node:*', 'fs', 'path', 'http', 'https', 'net', 'child_process', 'os'],
          message: 'packages/domain is pure: no I/O.',
        },
        {
          group: ['@aws-sdk/*', 'hono', 'hono/*', 'react', 'electrodb', 'dynalite'],
          message: 'packages/domain imports nothing of the outside world.',
        },
        { group: ['@xinfang/*'], message: 'packages/domain imports nothing of ours.' },
      ],
    },
  ],
  'no-restricted-globals': [
    'error',
    { name: 'process', message: 'packages/domain reads no environment.' },
    { name: 'fetch', message: 'packages/domain does no I/O.' },
  ],
  'no-restricted-syntax': [
    'error',
    {
      selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
      message: 'packages/domain has no clock: pass dates in.',
    },
    {
      selector: "NewExpression[callee.name='Date'][arguments.length=0]",
      message: 'packages/domain has no clock: pass dates in.',
    },
    {
      selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']",
      message: 'packages/domain is deterministic.',
    },
  ],
};

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', '**/cdk.out/**', '**/.data/**', 'docs/**', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node }, ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['error', 'warn', 'log'] }],
    },
  },
  { files: ['web/src/**/*.{ts,tsx}'], languageOptions: { globals: { ...globals.browser } } },
  { files: ['packages/domain/src/**/*.ts'], ignores: ['**/*.test.ts'], rules: domainPurity },
  {
    files: ['**/*.test.ts', '**/*.test.tsx', 'tests/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
