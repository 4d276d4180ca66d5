// ESLint flat config: typescript-eslint's recommended rules over the server, tests, scripts, bench and web.
// Formatting is Prettier's job (`npm run format:check`), so no stylistic rules here.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['**/node_modules/', '**/__generated__/', 'web/dist/', '.neo4j/', 'coverage/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // `_name` marks a parameter kept for its position (Express handlers, resolver signatures).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Tests that still send text operations and read untyped results; each converted to generated documents
    // (test/__generated__/, see docs/testing.md) leaves this list.
    files: [
      'test/e2e/explorer.e2e.test.ts',
      'test/e2e/playground.e2e.test.ts',
      'test/integration/article.int.test.ts',
      'test/integration/events.int.test.ts',
      'test/integration/roles.int.test.ts',
      'test/integration/statements.int.test.ts',
    ],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['web/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
