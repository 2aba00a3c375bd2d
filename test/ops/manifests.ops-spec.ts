import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { getMetadataStorage } from 'class-validator';
import { load } from 'js-yaml';
import { COMMANDS, EVENT_TOPICS, REFERENCE_TOPIC, allCommandPatterns, deadLetterTopic, replyTopic, type ServiceName } from '@ndip/domain';
import { KafkaSecurityEnv, ObservabilityEnv, registry, setServiceLabel } from '@ndip/platform';
import { AttractionEnv } from '../../apps/attraction/src/attraction.env';
import { GatewayEnv } from '../../apps/gateway/src/gateway.env';
import { ImplementationEnv } from '../../apps/implementation/src/implementation.env';
import { PostInvestmentEnv } from '../../apps/post-investment/src/post-investment.env';
import { ReportingEnv } from '../../apps/reporting/src/reporting.env';

/* eslint-disable @typescript-eslint/no-require-imports */
const ROOT = resolve(__dirname, '..', '..');
const validateJs = require('../../tools/ops/validate.js') as {
  validators(): Promise<Record<string, (o: unknown) => boolean>>;
  schemaCheck(name: string, objs: unknown[], v: Record<string, unknown>): number;
  consistency(name: string, objs: unknown[]): void;
  dockerRules(text: string): void;
  collect(fn: () => unknown): Promise<string[]>;
};
const { render } = require('../../tools/ops/kustomize.js') as { render(dir: string): K8sObject[] };
const topology = require('../../tools/ops/topology.js') as { TEST_ONLY: Record<string, string>; CONSUMES: Record<string, string[]>; REFERENCE_OWNER: string };
/* eslint-enable @typescript-eslint/no-require-imports */

interface K8sObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; labels?: Record<string, string> };
  spec?: Record<string, unknown>;
  data?: Record<string, string>;
}
interface Container {
  name: string;
  env?: { name: string; value?: string; valueFrom?: unknown }[];
  envFrom?: { configMapRef?: { name: string } }[];
}
interface Acl {
  resource: { type: string; name: string; patternType: string };
  operations: string[];
}

const SERVICES: ServiceName[] = ['attraction', 'implementation', 'post-investment', 'reporting', 'gateway'];
const ENV_CLASSES: Record<ServiceName, (new () => object)[]> = {
  attraction: [AttractionEnv, ObservabilityEnv, KafkaSecurityEnv],
  implementation: [ImplementationEnv, ObservabilityEnv, KafkaSecurityEnv],
  'post-investment': [PostInvestmentEnv, ObservabilityEnv, KafkaSecurityEnv],
  reporting: [ReportingEnv, ObservabilityEnv, KafkaSecurityEnv],
  gateway: [GatewayEnv, ObservabilityEnv, KafkaSecurityEnv],
};

/**
 * The variables a service reads: the fields of its validated env classes (defaults and decorated fields), plus any
 * direct `process.env.X` read in its sources or the platform library (those bypass validation; they still must be set).
 */
function variablesOf(service: ServiceName): string[] {
  const names = new Set<string>();
  for (const f of [...sourceFiles(join(ROOT, 'apps', service, 'src')), ...sourceFiles(join(ROOT, 'libs/platform/src'))]) {
    for (const m of readFileSync(f, 'utf8').matchAll(/process\.env\.([A-Z][A-Z0-9_]+)|process\.env\[['"]([A-Z][A-Z0-9_]+)['"]\]/g)) names.add((m[1] ?? m[2])!);
  }
  for (const cls of ENV_CLASSES[service]) {
    for (const k of Object.keys(new cls())) names.add(k);
    for (const m of getMetadataStorage().getTargetValidationMetadatas(cls, '', true, false)) names.add(m.propertyName);
  }
  return [...names].filter((n) => /^[A-Z][A-Z0-9_]+$/.test(n)).sort();
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir)) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) out.push(...sourceFiles(p));
    else if (p.endsWith('.ts') && !/\.(spec|integration-spec|e2e-spec)\.ts$/.test(p)) out.push(p);
  }
  return out;
}

describe('deployment files (docker/, k8s/) validate offline', () => {
  it('tools/ops/validate.js passes: generated files current, overlays render, schemas, consistency, Dockerfile rules', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'tools/ops/validate.js')], { cwd: ROOT, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('[ops] valid');
    expect(r.stdout).toMatch(/\[ops\] prod: \d+ objects rendered.*, \d+ schema-checked/);
    expect(r.stdout).toMatch(/\[ops\] Dockerfile: hadolint \(.+\) clean/); // hadolint itself ran, not only the built-in rules
    expect(r.status).toBe(0);
  });

  it('rejects manifests and a Dockerfile that break the schemas or the rules (the validator can fail)', async () => {
    const v = await validateJs.validators();
    const objs = render(join(ROOT, 'k8s/overlays/prod'));
    const find = (kind: string) => objs.find((o) => o.kind === kind)!.spec as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    find('Deployment').replicaz = 2;
    find('KafkaTopic').partitions = 'three';
    find('Cluster').instances = 'x';
    find('KafkaUser').authorization.acls[0].resource.type = 'nonsense';
    find('Kafka').kafka.listeners[0].type = 'bogus';
    const schema = await validateJs.collect(() => validateJs.schemaCheck('broken', objs, v));
    expect(schema.map((m) => m.split(' ')[1])).toEqual(
      expect.arrayContaining([
        'apps/v1/Deployment',
        'kafka.strimzi.io/v1beta2/KafkaTopic',
        'postgresql.cnpg.io/v1/Cluster',
        'kafka.strimzi.io/v1beta2/KafkaUser',
        'kafka.strimzi.io/v1beta2/Kafka',
      ]),
    );
    const unknownKind = await validateJs.collect(() => validateJs.schemaCheck('x', [{ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' } }], v));
    expect(unknownKind).toEqual(['x: no schema for v1/Pod (p)']);

    const fresh = render(join(ROOT, 'k8s/overlays/prod'));
    const dep = fresh.find((o) => o.kind === 'Deployment')!;
    const c = (dep.spec as any).template.spec.containers[0]; // eslint-disable-line @typescript-eslint/no-explicit-any
    delete c.readinessProbe;
    c.env.push({ name: 'NDIP_JWT_SECRET', value: 'in-clear' });
    fresh.find((o) => o.kind === 'ConfigMap')!.data!.NDIP_ATTACHMENT_DIR = '.data/attachments';
    const consistency = await validateJs.collect(() => validateJs.consistency('broken', fresh));
    expect(consistency).toEqual(
      expect.arrayContaining([expect.stringContaining('readiness probe'), expect.stringContaining('NDIP_JWT_SECRET must come from a Secret')]),
    );

    const docker = await validateJs.collect(() => validateJs.dockerRules('FROM node\nENV DB_PASSWORD=x\nCMD node main.js\n'));
    expect(docker).toEqual(
      expect.arrayContaining([
        expect.stringContaining('DL3006'),
        expect.stringContaining('DL3002'),
        expect.stringContaining('HEALTHCHECK'),
        expect.stringContaining('DL3025'),
        expect.stringContaining('secrets must not be baked'),
      ]),
    );
  });

  it('sets every environment variable the services read in both overlays and in docker/compose.yaml, and nothing unknown', () => {
    expect(variablesOf('gateway')).toEqual(
      expect.arrayContaining(['DATABASE_URL', 'HTTP_PORT', 'NDIP_JWT_SECRET', 'NDIP_KAFKA_BROKERS', 'NDIP_LOG_FORMAT', 'NDIP_KAFKA_SASL_PASSWORD']),
    );

    const compose = load(readFileSync(join(ROOT, 'docker/compose.yaml'), 'utf8')) as { services: Record<string, { environment: Record<string, string> }> };
    for (const overlay of ['dev', 'prod']) {
      const objs = render(join(ROOT, 'k8s/overlays', overlay));
      const configMaps = new Map(objs.filter((o) => o.kind === 'ConfigMap').map((o) => [o.metadata.name, o.data ?? {}]));
      for (const s of SERVICES) {
        const wanted = variablesOf(s).filter((n) => !topology.TEST_ONLY[n]);
        const dep = objs.find((o) => o.kind === 'Deployment' && o.metadata.name === `ndip-${s}`)!;
        const c = (dep.spec as { template: { spec: { containers: Container[] } } }).template.spec.containers[0]!;
        const set = new Set<string>((c.env ?? []).map((e) => e.name));
        for (const ef of c.envFrom ?? []) for (const k of Object.keys(configMaps.get(ef.configMapRef!.name) ?? {})) set.add(k);
        expect([overlay, s, wanted.filter((n) => !set.has(n))]).toEqual([overlay, s, []]);
        expect([overlay, s, [...set].filter((n) => !wanted.includes(n))]).toEqual([overlay, s, []]);
      }
    }
    for (const s of SERVICES) {
      const wanted = variablesOf(s).filter((n) => !topology.TEST_ONLY[n]);
      const env = compose.services[s]!.environment;
      expect(['compose', s, wanted.filter((n) => !(n in env))]).toEqual(['compose', s, []]);
      expect(['compose', s, Object.keys(env).filter((n) => !wanted.includes(n))]).toEqual(['compose', s, []]);
    }
    // Test-only switches never reach a deployment.
    const everything = readFileSync(join(ROOT, 'docker/compose.yaml'), 'utf8') + JSON.stringify(render(join(ROOT, 'k8s/overlays/prod')));
    for (const n of Object.keys(topology.TEST_ONLY)) expect(everything).not.toContain(n);
  });

  it('gives each service Kafka ACLs to write only its own topics, and the BI user only reads public topics', () => {
    const users = render(join(ROOT, 'k8s/overlays/prod')).filter((o) => o.kind === 'KafkaUser');
    const acls = (name: string) => (users.find((u) => u.metadata.name === name)!.spec as { authorization: { acls: Acl[] } }).authorization.acls;
    // The consumption table matches the code: every events topic a service references is in its CONSUMES list.
    for (const s of SERVICES) {
      const text = sourceFiles(join(ROOT, 'apps', s, 'src'))
        .map((f) => readFileSync(f, 'utf8'))
        .join('\n');
      const referenced = new Set<string>();
      for (const m of text.matchAll(/EVENT_TOPICS(?:\.([a-z]+)|\['([a-z-]+)'\])/g)) referenced.add((m[1] ?? m[2])!);
      referenced.delete(s);
      expect([s, [...referenced].filter((p) => !topology.CONSUMES[s]!.includes(p))]).toEqual([s, []]);
    }
    for (const s of SERVICES) {
      const writes = acls(`ndip-${s}`).filter((a) => a.resource.type === 'topic' && a.operations.includes('Write'));
      const own = new Set<string>([EVENT_TOPICS[s]]);
      for (const p of topology.CONSUMES[s]!) own.add(deadLetterTopic(EVENT_TOPICS[p as ServiceName]));
      // Reference data: every service dead-letters what its cache cannot read; only the owner writes the topic.
      own.add(deadLetterTopic(REFERENCE_TOPIC));
      if (s === topology.REFERENCE_OWNER) own.add(REFERENCE_TOPIC);
      if (s === 'gateway') for (const p of allCommandPatterns()) own.add(p);
      else for (const p of Object.values(COMMANDS[s as Exclude<ServiceName, 'gateway'>])) own.add(replyTopic(p));
      expect(writes.every((a) => a.resource.patternType === 'literal')).toBe(true);
      expect([s, writes.map((a) => a.resource.name).filter((n) => !own.has(n))]).toEqual([s, []]);
      expect(writes.some((a) => a.resource.name === EVENT_TOPICS[s])).toBe(true);
      for (const other of SERVICES.filter((o) => o !== s)) expect(writes.some((a) => a.resource.name === EVENT_TOPICS[other])).toBe(false);
    }
    const bi = acls('ndip-bi');
    const biTopics = bi.filter((a) => a.resource.type === 'topic');
    expect(biTopics.every((a) => a.operations.every((o) => o === 'Read' || o === 'Describe'))).toBe(true);
    expect(biTopics.map((a) => a.resource.name).sort()).toEqual(
      [EVENT_TOPICS.attraction, EVENT_TOPICS.implementation, EVENT_TOPICS['post-investment'], EVENT_TOPICS.reporting].sort(),
    );
  });

  it('draws the Grafana dashboard only from metrics the services export', async () => {
    setServiceLabel('test');
    const families = (await registry.getMetricsAsJSON()).map((m) => m.name);
    const known = new Set(families.flatMap((n) => [n, `${n}_bucket`, `${n}_count`, `${n}_sum`]));
    const dashboard = readFileSync(join(ROOT, 'docs/ops/ndip-dashboard.json'), 'utf8');
    const used = new Set([...dashboard.matchAll(/\b(ndip_[a-z0-9_]+)/g)].map((m) => m[1]!));
    expect(used.size).toBeGreaterThan(10);
    expect([...used].filter((n) => !known.has(n))).toEqual([]);
  });
});
