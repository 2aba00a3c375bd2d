/** End-to-end tests: all services as separate processes, driven through the gateway over HTTP. */
const base = require('./jest.base.config');

module.exports = {
  ...base,
  displayName: 'e2e',
  testMatch: ['<rootDir>/test/e2e/**/*.e2e-spec.ts'],
  globalSetup: '<rootDir>/tools/test/global-setup.js',
  globalTeardown: '<rootDir>/tools/test/global-teardown.js',
  maxWorkers: 1,
  testTimeout: 300_000,
};
