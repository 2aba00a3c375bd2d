/** Unit tests: pure rules and single classes, no servers. */
const base = require('./jest.base.config');

module.exports = {
  ...base,
  displayName: 'unit',
  testMatch: ['<rootDir>/libs/**/*.spec.ts', '<rootDir>/apps/**/*.spec.ts'],
  collectCoverageFrom: ['libs/domain/src/**/*.ts', '!libs/domain/src/**/*.spec.ts', '!libs/domain/src/**/index.ts'],
  coverageDirectory: 'coverage/unit',
  coverageReporters: ['text-summary', 'text', 'lcov'],
  coverageThreshold: {
    './libs/domain/src/': { lines: 95, branches: 95 },
  },
};
