/* eslint-disable @typescript-eslint/no-require-imports */
'use strict';
/** jest globalSetup of the integration and e2e layers: reuse the run's infrastructure or start it. */
const { startTestInfra } = require('./infra');
const { build } = require('../dev/stack');

module.exports = async function globalSetup(_globalConfig, projectConfig) {
  if (!process.env.NDIP_TEST_BROKERS || !process.env.NDIP_TEST_PG_URL) {
    globalThis.__NDIP_INFRA__ = await startTestInfra();
  }
  const name = typeof projectConfig?.displayName === 'string' ? projectConfig.displayName : projectConfig?.displayName?.name;
  if (name === 'e2e') {
    if (process.env.NDIP_TEST_SKIP_BUILD !== '1') build({ quiet: true });
  }
};
