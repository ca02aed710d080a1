// ESLint flat config (eslint 8.57 reads it natively). SPFx's gulp lint step only looks for .eslintrc.*, so the
// gulp build does not lint twice; `npm run lint` is the one lint run.
const tseslint = require('typescript-eslint');

module.exports = tseslint.config(
  {
    ignores: ['node_modules/**', 'lib/**', 'dist/**', 'temp/**', 'release/**', 'sharepoint/**', '.data/**', 'test-artifacts/**', '**/*.scss.ts', 'spfx-webpart/loc/*.js'],
  },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    // The shared core runs in both hosts: host SDKs belong in spfx-webpart/ and teams-app/ only.
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@microsoft/sp-*'], message: 'src/ is shared by both hosts: SPFx APIs belong in spfx-webpart/.' },
            { group: ['@microsoft/teams-js', '@microsoft/teams-js/*'], message: 'src/ is shared by both hosts: teams-js belongs in teams-app/.' },
            { group: ['node:*', 'fs', 'path', 'http'], message: 'src/ runs in the browser.' },
          ],
        },
      ],
    },
  },
  {
    // reason: tests reach into untyped JSON (manifests, packages) and fake host objects.
    files: ['tests/**/*.{ts,tsx}'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['**/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable', __dirname: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
