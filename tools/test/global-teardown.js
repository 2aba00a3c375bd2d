'use strict';
module.exports = async function globalTeardown() {
  if (globalThis.__NDIP_INFRA__) await globalThis.__NDIP_INFRA__.stop();
};
