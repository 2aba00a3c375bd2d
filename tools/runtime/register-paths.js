'use strict';
/** Resolves the @ndip/* path aliases inside the compiled tree (dist/), for `node -r`. */
const path = require('node:path');
const tsconfigPaths = require('tsconfig-paths');

tsconfigPaths.register({
  baseUrl: path.resolve(__dirname, '..', '..', 'dist'),
  paths: {
    '@ndip/domain': ['libs/domain/src'],
    '@ndip/domain/*': ['libs/domain/src/*'],
    '@ndip/platform': ['libs/platform/src'],
    '@ndip/platform/*': ['libs/platform/src/*'],
  },
});
