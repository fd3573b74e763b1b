import js from '@eslint/js';
import tseslint from 'typescript-eslint';

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
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'No raw HTML in components.' },
        { selector: "CallExpression[callee.name='eval']", message: 'No eval (the CSP forbids it).' },
        { selector: "NewExpression[callee.name='Function']", message: 'No new Function (the CSP forbids it).' },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // Page and service-worker code ship to phones: validation libraries stay in the build scripts.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/content/schema.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['zod', 'zod/*'], message: 'zod is build-time only.' },
            { group: ['**/content/schema'], allowTypeImports: true, message: 'Import values from content/vocabulary; schema.ts pulls in zod.' },
          ],
        },
      ],
    },
  },
);
