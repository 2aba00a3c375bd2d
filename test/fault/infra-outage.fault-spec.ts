import path from 'node:path';
import { eventually } from '../support/eventually';
import { query } from '../support/infra';
import { LocalPg, broker, embeddedPgBin, testSettings } from './infra-control';
import { accepted, checkExactlyOnce, counters, moduleFlow, printCounters, startFaultSystem, type FaultSystem, type FlowResult } from './fault-support';

async function readiness(url: string): Promise<{ status: number; body: { checks?: Record<string, string> } }> {
  const r = await fetch(`${url}/health/ready`);
  const body = (await r.json().catch(() => ({}))) as { checks?: Record<string, string>; message?: { checks?: Record<string, string> } };
  return { status: r.status, body: body.checks ? body : (body.message ?? {}) };
}

/**
 * The Kafka broker stopped and restarted while three Module 1 → 2 → 3 flows run side by side, then a
 * service's PostgreSQL stopped and restarted mid-flow. The attraction service gets its own PostgreSQL server
 * here (a second embedded server started by this test), so that only its database goes down; the other
 * services stay on the run's server. While a dependency is down the services answer not ready (503 on
 * /health/ready naming it); clients retry with the same Idempotency-Key; afterwards every accepted command
 * had its effect exactly once.
 */
describe('fault: broker and database outages while commands and events flow', () => {
  const REGION = '470000000';
  const BIN = '050540000046';
  const kafka = testSettings().kafka;
  // The attraction service's own PostgreSQL (the same v18 binaries as the run's server).
  const attractionPg = new LocalPg(
    embeddedPgBin(),
    Number(process.env.NDIP_TEST_PG_PORT ?? 25432) + 1,
    path.join(path.dirname(testSettings().pg.dataDir), 'postgres-attraction'),
  );
  let sys: FaultSystem;
  const flows: FlowResult[] = [];

  beforeAll(async () => {
    await (await attractionPg.init()).start();
    await query(attractionPg.adminUrl, 'CREATE DATABASE fault_attraction');
    sys = await startFaultSystem('fo', 20, REGION, BIN, { pgUrls: { attraction: attractionPg.url('fault_attraction') } });
  });

  afterAll(async () => {
    await sys?.stack.stop();
    await attractionPg.stop();
    printCounters('infra-outage');
  });

  it('Kafka broker stopped and restarted mid-flow: services not ready meanwhile, effects exactly once', async () => {
    let outage: Promise<void> | null = null;
    const stopAndRestart = async (): Promise<void> => {
      expect(await broker.stop(kafka)).toBe(true);
      counters.faultsInjected += 1;
      // Every service notices: not ready, kafka down.
      for (const s of Object.values(sys.stack.services)) {
        await eventually(async () => {
          const r = await readiness(s.url);
          if (r.status !== 503 || r.body.checks?.kafka !== 'down') throw new Error(`${s.name}: ${r.status} ${JSON.stringify(r.body)}`);
        }, 60_000);
      }
      // A client's write while the broker is down: 503 (never a hang, never applied), retried with its key until accepted.
      const name = `During the outage ${Date.now()}`;
      const write = accepted<{ id: string }>(sys.users.embassy, 'POST', '/companies', { name, countryCode: 'KR' });
      const refused = await sys.users.embassy.get<{ code: string }>('/companies');
      expect({ status: refused.status, code: refused.body.code }).toEqual({ status: 503, code: 'UNAVAILABLE' });
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      await broker.start(kafka);
      await write;
      const [n] = await query<{ n: number }>(sys.dbs.attraction, `SELECT count(*)::int AS n FROM company WHERE name = $1`, [name]);
      expect(n!.n).toBe(1);
      counters.commandsChecked += 1;
    };
    const runs = [0, 1, 2].map((i) =>
      moduleFlow(sys.users, REGION, BIN, `broker-${i}`, async (stage) => {
        // The first flow stops the broker right after its conversion: the others are mid-way.
        if (i === 0 && stage === 'afterConvert') {
          outage = stopAndRestart();
          await outage;
        }
      }),
    );
    flows.push(...(await Promise.all(runs)));
    expect(outage).not.toBeNull();
    for (const s of Object.values(sys.stack.services)) {
      expect(s.exitCode).toBeUndefined(); // no service died of the outage
      await eventually(async () => expect((await readiness(s.url)).status).toBe(200), 60_000);
    }
    await checkExactlyOnce(sys, REGION, flows);
  });

  it("attraction's PostgreSQL stopped and restarted mid-flow: not ready meanwhile, 503 not 500, effects exactly once", async () => {
    const attraction = sys.stack.services.attraction;
    const flow = await moduleFlow(sys.users, REGION, BIN, 'pg', async (stage) => {
      if (stage !== 'afterConvert') return;
      await attractionPg.stop();
      counters.faultsInjected += 1;
      await eventually(async () => {
        const r = await readiness(attraction.url);
        if (r.status !== 503 || r.body.checks?.database !== 'down') throw new Error(`attraction: ${r.status} ${JSON.stringify(r.body)}`);
      }, 60_000);
      // A command that needs the database: the service answers UNAVAILABLE, the gateway 503 with Retry-After.
      const r = await sys.users.embassy.get<{ code: string }>('/companies');
      expect({ status: r.status, code: r.body.code }).toEqual({ status: 503, code: 'UNAVAILABLE' });
      expect(r.contentType).toContain('application/problem+json');
      expect(Number(r.headers.get('retry-after'))).toBeGreaterThan(0);
      await attractionPg.start();
      await eventually(async () => expect((await readiness(attraction.url)).status).toBe(200), 60_000);
    });
    flows.push(flow);
    expect(attraction.exitCode).toBeUndefined();
    await checkExactlyOnce(sys, REGION, flows);
  });
});
