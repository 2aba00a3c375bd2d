/** Admin UI tests: the whole system as processes, driven in Debian's Chromium through playwright-core. */
const base = require('./jest.base.config');

module.exports = {
  ...base,
  displayName: 'ui',
  testMatch: ['<rootDir>/test/ui/**/*.ui-spec.ts'],
  globalSetup: '<rootDir>/test/ui/global-setup.js',
  globalTeardown: '<rootDir>/tools/test/global-teardown.js',
  maxWorkers: 1,
  testTimeout: 600_000,
};
