/** Jest: node environment by default; UI tests opt into jsdom with a `@jest-environment jsdom` docblock. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    // repo TS/TSX + the ESM-only @pnp/* JS in node_modules
    '^.+\\.(ts|tsx|js|mjs)$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.jest.json' }],
  },
  // and msal-browser's own ES modules that the tab imports by their place in the package (tools/msalInternals.ts)
  transformIgnorePatterns: ['/node_modules/(?!(@pnp/|@azure/msal-browser/dist/))'],
  moduleNameMapper: {
    '\\.(css|scss)$': '<rootDir>/tests/support/styleMock.js',
    '^strip-bom$': '<rootDir>/tests/support/strip-bom.js',
    '^@azure/msal-browser/dist/(.*)$': '<rootDir>/node_modules/@azure/msal-browser/dist/$1.mjs',
  },
  setupFiles: ['<rootDir>/tests/support/jsdom-setup.ts'],
  setupFilesAfterEnv: ['<rootDir>/tests/support/loadStrings.ts', '<rootDir>/tests/support/testingLibrary.ts'],
  testTimeout: 30000,
};
