#!/usr/bin/env node
'use strict';
/**
 * `npm test`: every test layer in one run, on real infrastructure.
 *   1. compile (tsc) — the e2e layer runs the compiled services as separate processes;
 *   2. unit tests with coverage (libs/domain must stay above 95 % lines and branches);
 *   3. one real Kafka broker and one real PostgreSQL for the run;
 *   4. integration tests, then end-to-end tests, operations tests (test/ops), then fault tests, against them;
 *   5. the admin UI browser tests (test/ui) on a fresh broker and database of their own.
 * Exits non-zero if any layer fails; ends with one summary line "N passed, N failed".
 */
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { build, buildUi } = require('../dev/stack');
const { startTestInfra } = require('./infra');

const ROOT = path.resolve(__dirname, '..', '..');
const JEST = require.resolve('jest/bin/jest');

function jest(config, extra = []) {
  const out = path.resolve(ROOT, process.env.NDIP_TEST_DATA_DIR ?? path.join('.data', 'test'), `${path.basename(config, '.config.js')}.json`);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.rmSync(out, { force: true });
  const r = spawnSync(process.execPath, [JEST, '-c', config, '--json', `--outputFile=${out}`, ...extra], { cwd: ROOT, stdio: 'inherit', env: process.env });
  let passed = 0;
  let failed = 0;
  try {
    const j = JSON.parse(fs.readFileSync(out, 'utf8'));
    passed = j.numPassedTests;
    failed = j.numFailedTests + (j.numRuntimeErrorTestSuites ?? 0);
  } catch {
    failed += 1;
  }
  return { ok: r.status === 0, passed, failed };
}

async function main() {
  const t0 = Date.now();
  console.log('[test] compiling');
  build({ quiet: true });
  buildUi({ quiet: true });
  process.env.NDIP_TEST_SKIP_BUILD = '1';
  const results = [];
  results.push(['unit', jest('jest.unit.config.js', ['--coverage'])]);
  const infra = await startTestInfra();
  try {
    results.push(['integration', jest('jest.integration.config.js')]);
    results.push(['e2e', jest('jest.e2e.config.js')]);
    results.push(['ops', jest('jest.ops.config.js')]);
    // Faults (services killed, broker and database outages, poison and fuzzed messages, Schemathesis) on the same infrastructure.
    results.push(['fault', jest('jest.fault.config.js')]);
  } finally {
    await infra.stop();
  }
  // The admin UI story watches one region's rating and the whole project list move, and every earlier layer's
  // events (read from the beginning of the topics) would move them too: the browser layer gets a fresh broker and database.
  const uiInfra = await startTestInfra();
  try {
    results.push(['ui', jest('jest.ui.config.js')]);
  } finally {
    await uiInfra.stop();
  }
  const passed = results.reduce((s, [, r]) => s + r.passed, 0);
  const failed = results.reduce((s, [, r]) => s + r.failed, 0);
  for (const [name, r] of results) console.log(`[test] ${name}: ${r.ok ? 'ok' : 'FAILED'} (${r.passed} passed, ${r.failed} failed)`);
  console.log(`[test] total time ${Math.round((Date.now() - t0) / 1000)} s`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(results.every(([, r]) => r.ok) ? 0 : 1);
}

main().catch((e) => {
  console.error(e.stack ?? e);
  process.exit(1);
});
