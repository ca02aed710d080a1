/**
 * jest 30's node environment. The repository also carries jest-environment-node 25 (hoisted from the SPFx
 * toolchain), which `testEnvironment: 'node'` resolves to and which breaks jest 30; these suites name this file in
 * their `@jest-environment` docblock until the root config points at the right one.
 */
module.exports = require(require.resolve('jest-environment-node', { paths: [require.resolve('jest')] }));
