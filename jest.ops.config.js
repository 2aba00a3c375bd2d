/**
 * Operations tests (test/ops): offline validation of docker/ and k8s/ (no infrastructure needed) and the
 * observability of the running services (metrics, traces, logs) on the run's real Kafka broker and PostgreSQL.
 */
const base = require('./jest.base.config');

module.exports = {
  ...base,
  displayName: 'ops',
  testMatch: ['<rootDir>/test/ops/**/*.ops-spec.ts'],
  globalSetup: '<rootDir>/tools/test/global-setup.js',
  globalTeardown: '<rootDir>/tools/test/global-teardown.js',
  maxWorkers: 1,
  testTimeout: 300_000,
};
