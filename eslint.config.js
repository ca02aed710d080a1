// ESLint flat config (eslint 8.57 reads it natively). SPFx's gulp lint step only looks for .eslintrc.*, so the
// gulp build does not lint twice; `npm run lint` is the one lint run.
const tseslint = require('typescript-eslint');

/** What no file of the shared core imports. */
const SHARED_CORE = [
  { group: ['@microsoft/sp-*'], message: 'src/ is shared by both hosts: SPFx APIs belong in spfx-webpart/.' },
  { group: ['@microsoft/teams-js', '@microsoft/teams-js/*'], message: 'src/ is shared by both hosts: teams-js belongs in teams-app/.' },
  { group: ['node:*', 'fs', 'path', 'http'], message: 'src/ runs in the browser.' },
  {
    group: ['**/spfx-webpart', '**/spfx-webpart/**', '**/teams-app', '**/teams-app/**', '**/devserver/**', '**/seed', '**/seed/**', '**/tools/**'],
    message: 'src/ is the core the hosts import: it never imports a host (spfx-webpart/, teams-app/), the local SharePoint, the seeds or the tools.',
  },
];

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
    rules: { 'no-restricted-imports': ['error', { patterns: SHARED_CORE }] },
  },
  {
    // The UI reaches data only through the services the host built (src/data/services.ts): no PnPjs, no repository
    // implementation; types of the data layer are fine.
    files: ['src/ui/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': 'off',
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            ...SHARED_CORE,
            { group: ['@pnp/*'], message: 'src/ui/ reaches SharePoint through the repositories of useServices(), never PnPjs.', allowTypeImports: true },
            {
              group: ['**/data/**/SP*', '**/data/**/Pnp*', '**/data/**/pnp*', '**/data/pnp', '**/data/notifications/repository', '**/data/services', '**/data/outbox', '**/data/registers/membership'],
              message: 'src/ui/ uses the repositories of useServices() (built by createServices in src/data/services.ts), not their implementations.',
              allowTypeImports: true,
            },
          ],
        },
      ],
    },
  },
  {
    // Pure rules: plain TypeScript that any layer may use and a unit test runs without a DOM or a server.
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': 'off',
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            ...SHARED_CORE,
            {
              group: ['**/data', '**/data/*', '**/data/**'],
              message: 'src/domain/ holds pure rules: no values from src/data (a type is fine; move a shared constant into src/domain).',
              allowTypeImports: true,
            },
            { group: ['**/ui/**', '**/app/**', '**/loc', '**/loc/**'], message: 'src/domain/ holds pure rules: no UI.' },
            { group: ['@pnp/*', 'react', 'react-dom', '@fluentui/*', 'dompurify'], message: 'src/domain/ holds pure rules: no PnPjs, React or browser libraries.' },
          ],
        },
      ],
    },
  },
  {
    // The tab's first load holds only msal-browser's Nested App Authentication path (teams-app/nestableClient.ts): a
    // value import of the package's index brings its standard client along. Types are fine; standardClient.ts is the
    // standard client's own chunk.
    files: ['teams-app/**/*.{ts,tsx}'],
    ignores: ['teams-app/standardClient.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@azure/msal-browser',
              message: "Only types from msal-browser's index in the tab: a value brings its standard client into the first load (see teams-app/nestableClient.ts).",
              allowTypeImports: true,
            },
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
