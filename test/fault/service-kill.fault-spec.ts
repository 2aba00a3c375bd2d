import { eventually } from '../support/eventually';
import {
  checkExactlyOnce,
  counters,
  moduleFlow,
  printCounters,
  startFaultSystem,
  type FaultSystem,
  type FlowResult,
  type ServiceKey,
  type Stage,
} from './fault-support';

/**
 * SIGKILL of each service in the middle of the Module 1 → 2 → 3 flow (driven through the gateway), while
 * the events of the step before are still being relayed or consumed; the service is restarted and the flow
 * goes on. Afterwards every accepted command has had its effect exactly once in every database and in
 * reporting's API. While a domain service is down, the gateway answers its routes 503 with Retry-After (not
 * hanging), and a write sent while the gateway itself is down is accepted once after its restart.
 */
describe('fault: SIGKILL of each service mid-flow', () => {
  const REGION = '390000000';
  const BIN = '940740000139';
  let sys: FaultSystem;
  const flows: FlowResult[] = [];

  beforeAll(async () => {
    sys = await startFaultSystem('fk', 0, REGION, BIN);
  });

  afterAll(async () => {
    await sys?.stack.stop();
    printCounters('service-kill');
  });

  /** Where in the flow each service is killed: right after the step whose events it relays or consumes. */
  const plan: [ServiceKey, Stage][] = [
    ['attraction', 'afterConvert'], // its outbox holds the conversion event
    ['implementation', 'afterConvert'], // it is consuming the conversion (→ project)
    ['reporting', 'afterApprove'], // it is projecting the roadmap's tasks
    ['post-investment', 'afterValidate'], // it is consuming the hand-over to Module 3 (→ monitoring)
    ['gateway', 'afterApprove'], // between two writes of a client
  ];

  it.each(plan)('%s killed %s: restarted, the flow completes, effects exactly once', async (service, stage) => {
    const svc = sys.stack.services[service];
    let gatewayRestart: Promise<void> = Promise.resolve();
    const flow = await moduleFlow(sys.users, REGION, BIN, `${service}-${stage}`, async (s) => {
      if (s !== stage) return;
      await svc.kill();
      expect(svc.exitCode).toBe('SIGKILL');
      counters.faultsInjected += 1;
      if (service !== 'gateway') {
        // The gateway does not hang on a service that does not answer: 503 problem+json with Retry-After.
        const path =
          service === 'reporting'
            ? '/reports/project-counts'
            : service === 'attraction'
              ? '/companies'
              : service === 'implementation'
                ? `/projects?regionCode=${REGION}`
                : '/issues';
        const as =
          service === 'reporting'
            ? sys.users.admin
            : service === 'post-investment'
              ? sys.users.ab
              : service === 'attraction'
                ? sys.users.embassy
                : sys.users.akimat;
        const r = await as.get<{ code: string }>(path);
        expect({ status: r.status, code: r.body.code, type: r.contentType.split(';')[0] }).toEqual({
          status: 503,
          code: 'UNAVAILABLE',
          type: 'application/problem+json',
        });
        expect(Number(r.headers.get('retry-after'))).toBeGreaterThan(0);
        await svc.start();
      } else {
        // While the gateway is down a client cannot connect; the flow's next reads and writes are retried (same
        // Idempotency-Key) until the restarted gateway accepts them, once.
        await expect(fetch(`${sys.stack.gatewayUrl}/health/live`)).rejects.toThrow();
        gatewayRestart = svc.start();
        gatewayRestart.catch(() => undefined); // awaited after the flow
      }
    });
    await gatewayRestart;
    flows.push(flow);
    await checkExactlyOnce(sys, REGION, flows);
  });

  it('has every service ready at the end', async () => {
    for (const s of Object.values(sys.stack.services)) {
      await eventually(async () => {
        const r = await fetch(`${s.url}/health/ready`);
        if (r.status !== 200) throw new Error(`${s.name} not ready: ${r.status}`);
      }, 60_000);
    }
  });
});
