import js from '@eslint/js';
import regexp from 'eslint-plugin-regexp';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  // Template skeletons are Nunjucks with code inside (`${{ values.name }}`), checked by rendering them.
  { ignores: ['dist/**', 'node_modules/**', 'callboard-out/**', 'examples/**', 'templates/**/skeleton/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  regexp.configs['flat/recommended'],
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      'no-console': 'off',
      // Patterns meet repository content: none may backtrack super-linearly (docs/patterns.md).
      'regexp/no-super-linear-backtracking': ['error', { report: 'potential' }],
      'regexp/no-super-linear-move': ['error', { ignoreSticky: false, ignorePartial: false }],
      // Style only: Backstage's character rules read as Backstage writes them ([A-Za-z0-9]).
      'regexp/use-ignore-case': 'off',
      // Prettier formats at 120 columns (.prettierrc.json); this catches what it cannot wrap. A message
      // stays whole on its line so it can be found with grep (strings, templates and patterns are exempt).
      'max-len': [
        'error',
        {
          code: 120,
          ignoreStrings: true,
          ignoreTemplateLiterals: true,
          ignoreRegExpLiterals: true,
          ignoreUrls: true,
        },
      ],
    },
  },
);
