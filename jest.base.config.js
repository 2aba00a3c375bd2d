/** Shared jest settings: TypeScript through ts-jest (transpile only; `npm run typecheck` does the types). */
module.exports = {
  rootDir: __dirname,
  testEnvironment: 'node',
  moduleFileExtensions: ['ts', 'js', 'json'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }],
  },
  moduleNameMapper: {
    '^@ndip/domain$': '<rootDir>/libs/domain/src',
    '^@ndip/domain/(.*)$': '<rootDir>/libs/domain/src/$1',
    '^@ndip/platform$': '<rootDir>/libs/platform/src',
    '^@ndip/platform/(.*)$': '<rootDir>/libs/platform/src/$1',
  },
};
