'use strict';
/**
 * Runs a TypeScript benchmark without a build step: `node bench/reporting-run.js bench/reporting-rating.bench.ts`.
 * .ts files are transpiled on require with the project's compiler options (no type check; `npm run check` does
 * that), and the @ndip/* aliases resolve to the sources.
 */
const fs = require('node:fs');
const path = require('node:path');
const ts = require('typescript');
const tsconfigPaths = require('tsconfig-paths');

const ROOT = path.resolve(__dirname, '..');
const { config } = ts.readConfigFile(path.join(ROOT, 'tsconfig.json'), ts.sys.readFile);
const { options } = ts.convertCompilerOptionsFromJson(config.compilerOptions, ROOT);
const compilerOptions = { ...options, module: ts.ModuleKind.CommonJS, sourceMap: false, inlineSourceMap: true, declaration: false };

tsconfigPaths.register({
  baseUrl: ROOT,
  paths: {
    '@ndip/domain': ['libs/domain/src'],
    '@ndip/domain/*': ['libs/domain/src/*'],
    '@ndip/platform': ['libs/platform/src'],
    '@ndip/platform/*': ['libs/platform/src/*'],
  },
});

require.extensions['.ts'] = (module, filename) => {
  const source = fs.readFileSync(filename, 'utf8');
  const { outputText } = ts.transpileModule(source, { compilerOptions, fileName: filename });
  module._compile(outputText, filename);
};

const target = process.argv[2] ?? path.join(__dirname, 'reporting-rating.bench.ts');
require(path.resolve(target));
