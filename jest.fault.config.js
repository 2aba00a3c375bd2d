/**
 * Fault tests: the whole system as separate processes on the real broker and PostgreSQL, with services,
 * the broker and a database killed or stopped mid-flow; poison and fuzzed messages on every event topic;
 * Schemathesis against the gateway's OpenAPI. Same infrastructure as the e2e layer (tools/test/global-setup.js).
 */
const base = require('./jest.base.config');

module.exports = {
  ...base,
  displayName: 'fault',
  testMatch: ['<rootDir>/test/fault/**/*.fault-spec.ts'],
  globalSetup: '<rootDir>/tools/test/global-setup.js',
  globalTeardown: '<rootDir>/tools/test/global-teardown.js',
  maxWorkers: 1,
  testTimeout: 900_000,
};
