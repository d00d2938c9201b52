import next from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const config = [
  ...next,
  ...nextTs,
  { ignores: ['.next/**', 'drizzle/**', '.data/**', 'next-env.d.ts', 'playwright-report/**', 'test-results/**', 'bench/results/**'] },
  {
    // Only the database layer and the query modules in lib/ build SQL (STYLE.md, practice 3).
    files: ['app/**', 'components/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['drizzle-orm', 'drizzle-orm/*', 'pg', '@electric-sql/*'], message: 'Query through lib/, not from pages or components.' }] },
      ],
    },
  },
  {
    // lib/ is the product, framework-free: Next and next-auth only at its edges, which are
    // lib/http (route and page wrappers, the public page's cache), lib/auth (next-auth) and
    // the request's locale read from its cookie.
    files: ['lib/**'],
    ignores: ['lib/http/**', 'lib/auth/**', 'lib/i18n/index.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['next', 'next/*', 'next-auth', 'next-auth/*'], message: 'Keep lib/ free of Next: do this in app/ or at an edge in lib/http.' }] },
      ],
    },
  },
  {
    files: ['**/*.{js,mjs,ts,tsx}'],
    // The resolver reads tsconfig's paths, so `@/…` imports are followed like relative ones;
    // dependencies in node_modules are not walked (no cycle can pass through them back to us).
    settings: { 'import/ignore': ['node_modules'] },
    rules: {
      'import/no-cycle': ['error', { ignoreExternal: true }],
      'import/no-restricted-paths': [
        'error',
        {
          zones: [
            { target: ['./lib', './app', './components'], from: './demo', message: 'The product does not depend on the demo.' },
            {
              target: ['./lib', './app', './components'],
              from: ['./scripts', './tests', './e2e', './bench'],
              message: 'The product does not depend on its scripts, tests or benchmarks.',
            },
            { target: './components', from: './lib/db', message: 'Components take plain data and the domain vocabularies, not the database layer.' },
          ],
        },
      ],
    },
  },
  {
    // An AuthorizedUnit comes from an entry wrapper's check (lib/auth/authorized-unit.ts), never
    // from a cast; the test fixtures brand once, on purpose, to call data functions directly.
    files: ['**/*.ts', '**/*.tsx'],
    ignores: ['lib/auth/authorized-unit.ts', 'tests/support/fixtures.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: ':matches(TSAsExpression, TSTypeAssertion) > TSTypeReference[typeName.name="AuthorizedUnit"]',
          message: 'Get an AuthorizedUnit from an entry wrapper (lib/auth/authorized-unit.ts), not by a cast.',
        },
      ],
    },
  },
];

export default config;
