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
