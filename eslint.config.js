import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const SAFE_SYNTAX = [
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'No raw HTML in components.' },
  { selector: "CallExpression[callee.name='eval']", message: 'No eval (the CSP forbids it).' },
  { selector: "NewExpression[callee.name='Function']", message: 'No new Function (the CSP forbids it).' },
];
// A path spelled by hand drifts from the routes (a missing trailing slash is a 404 offline).
const HAND_BUILT_PATH = {
  selector: "TemplateLiteral[expressions.length>0][quasis.0.value.raw='/']",
  message: 'Build app paths with pathFor() (or sitePath() for built files) from src/app/routes.ts, not by hand.',
};

export default tseslint.config(
  { ignores: ['dist/', '.tmp/', 'node_modules/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      // Content reaches the page only through components: never as HTML.
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'No innerHTML: render content through components.' },
        { property: 'outerHTML', message: 'No outerHTML: render content through components.' },
        { property: 'insertAdjacentHTML', message: 'No HTML injection.' },
      ],
      'no-restricted-syntax': ['error', ...SAFE_SYNTAX, HAND_BUILT_PATH],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // Page and service-worker code ship to phones: validation libraries stay in the build scripts.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/content/model/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['zod', 'zod/*', 'libphonenumber-js', 'libphonenumber-js/*'], message: 'zod and libphonenumber-js are build-time only.' },
            {
              regex: 'content/model(/(?!vocabulary$)[^/]+)?$',
              allowTypeImports: true,
              message: 'The content model is build-time only (zod, phone metadata); page code imports its types, or values from content/model/vocabulary.',
            },
          ],
        },
      ],
    },
  },
  {
    // The one module that owns the URL scheme; and tests, which spell the URLs they expect
    // independently, or a wrong path from pathFor() would pass as right.
    files: ['src/app/routes.ts', 'tests/**'],
    rules: { 'no-restricted-syntax': ['error', ...SAFE_SYNTAX] },
  },
);
