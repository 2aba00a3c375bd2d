/** Integration tests: one service or library against the real PostgreSQL and Kafka broker. */
const base = require('./jest.base.config');

module.exports = {
  ...base,
  displayName: 'integration',
  testMatch: ['<rootDir>/libs/**/*.integration-spec.ts', '<rootDir>/apps/**/*.integration-spec.ts', '<rootDir>/test/integration/**/*.integration-spec.ts'],
  globalSetup: '<rootDir>/tools/test/global-setup.js',
  globalTeardown: '<rootDir>/tools/test/global-teardown.js',
  maxWorkers: 1,
  testTimeout: 120_000,
};
