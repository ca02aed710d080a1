/** Jest: node environment by default; UI tests opt into jsdom with a `@jest-environment jsdom` docblock. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    // repo TS/TSX + the ESM-only @pnp/* JS in node_modules
    '^.+\\.(ts|tsx|js|mjs)$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.jest.json' }],
  },
  transformIgnorePatterns: ['/node_modules/(?!(@pnp)/)'],
  moduleNameMapper: {
    '\\.(css|scss)$': '<rootDir>/tests/support/styleMock.js',
    '^strip-bom$': '<rootDir>/tests/support/strip-bom.js',
  },
  setupFiles: ['<rootDir>/tests/support/jsdom-setup.ts'],
  setupFilesAfterEnv: ['<rootDir>/tests/support/loadStrings.ts', '<rootDir>/tests/support/testingLibrary.ts'],
  testTimeout: 30000,
};
