// Jest (setupFilesAfterEnv, after the test framework so Testing Library registers its cleanup after each test): a UI
// file's first render loads its view's and its texts' chunks (import()), which on a busy two-core machine takes more
// than Testing Library's default second, so every findBy/waitFor of the UI tests waits up to five.
if (typeof window !== 'undefined') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  (require('@testing-library/react') as typeof import('@testing-library/react')).configure({ asyncUtilTimeout: 5000 });
}
