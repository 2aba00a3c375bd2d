'use strict';
/** jest globalSetup of the integration and e2e layers: reuse the run's infrastructure or start it. */
const { startTestInfra } = require('./infra');
const { build } = require('../dev/stack');

module.exports = async function globalSetup() {
  if (!process.env.NDIP_TEST_BROKERS || !process.env.NDIP_TEST_PG_URL) {
    globalThis.__NDIP_INFRA__ = await startTestInfra();
  }
  // Both layers start compiled services as processes; `npm test` compiles once and sets the skip flag.
  if (process.env.NDIP_TEST_SKIP_BUILD !== '1') build({ quiet: true });
};
