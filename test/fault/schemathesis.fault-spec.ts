import { counters, printCounters, startFaultSystem, type FaultSystem } from './fault-support';

interface SchemathesisRun {
  exitCode: number;
  cases: number;
  operations: number;
  failures: { operation: string; check: string; message: string; status?: number; request: { method?: string; uri?: string; body?: string } }[];
  output: string;
  reportDir: string;
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { runSchemathesis } = require('../../tools/fuzz/schemathesis') as {
  runSchemathesis(o: { baseUrl: string; token: string; maxExamples?: number; seed?: string; maxTime?: string; quiet?: boolean }): Promise<SchemathesisRun>;
};

/**
 * Schemathesis (from PyPI, pinned, installed into .cache/ by tools/fuzz/schemathesis.js) against the gateway's
 * OpenAPI on the running system, as the platform administrator: no answer is a 5xx and every 4xx is
 * application/problem+json with its status and code.
 */
describe('bad input: Schemathesis against the gateway OpenAPI', () => {
  let sys: FaultSystem;

  beforeAll(async () => {
    // No rate limit in the way of the fuzzer: 429s would hide the routes behind them.
    sys = await startFaultSystem('fs', 100, '630000000', '940740000139', {
      env: { NDIP_API_RATE_PER_MINUTE: '10000000', NDIP_LOGIN_RATE_PER_MINUTE: '10000000' },
    });
  });

  afterAll(async () => {
    await sys?.stack.stop();
    printCounters('schemathesis');
  });

  it('finds no 5xx and only problem+json 4xx', async () => {
    const r = await runSchemathesis({
      baseUrl: sys.stack.gatewayUrl,
      token: sys.adminToken,
      maxExamples: Number(process.env.NDIP_SCHEMATHESIS_EXAMPLES ?? 5),
      seed: process.env.NDIP_SCHEMATHESIS_SEED,
      // Optional time budget (Schemathesis then keeps fuzzing until it is spent); by default max-examples bounds the run.
      maxTime: process.env.NDIP_SCHEMATHESIS_MAX_TIME,
      quiet: true,
    });
    counters.fuzzCasesSent += r.cases;
    process.stdout.write(`[fault] schemathesis: ${r.cases} cases sent to ${r.operations} operations, ${r.failures.length} failures (report ${r.reportDir})\n`);
    for (const f of r.failures)
      process.stdout.write(`[fault] schemathesis FAIL ${f.check} ${f.operation} → ${f.status}: ${f.request.method} ${f.request.uri} ${f.request.body ?? ''}\n`);
    expect(r.cases).toBeGreaterThan(0);
    expect(r.failures.map((f) => `${f.check} ${f.operation} → ${f.status}`)).toEqual([]);
    expect({ exitCode: r.exitCode, tail: r.exitCode === 0 ? '' : r.output.slice(-3000) }).toEqual({ exitCode: 0, tail: '' });
  });
});
