'use strict';
/** jest globalSetup of the UI layer: the e2e setup (infrastructure, tsc) plus the admin UI build (dist/admin). */
const e2eSetup = require('../../tools/test/global-setup');
const { buildUi } = require('../../tools/dev/stack');

module.exports = async function globalSetup() {
  await e2eSetup();
  if (process.env.NDIP_TEST_SKIP_BUILD !== '1') buildUi({ quiet: true });
};
