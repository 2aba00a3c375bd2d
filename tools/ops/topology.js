'use strict';
/**
 * What the deployment files are generated from (tools/ops/generate.js): the services, the event topics each
 * consumes, their resources, and the environment values that differ from the code defaults. Topic names and
 * environment variable names are read from the TypeScript sources, so they cannot drift from the code.
 */
const fs = require('node:fs');
const path = require('node:path');
const ts = require('typescript');

const ROOT = path.resolve(__dirname, '..', '..');

/** The topic registry (libs/domain/src/events/topics.ts), transpiled and evaluated: it has no imports. */
function loadTopics() {
  const src = fs.readFileSync(path.join(ROOT, 'libs/domain/src/events/topics.ts'), 'utf8');
  const js = ts.transpileModule(src, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } }).outputText;
  const m = { exports: {} };
  new Function('module', 'exports', 'require', js)(m, m.exports, () => {
    throw new Error('topics.ts must not import anything');
  });
  return m.exports;
}

const SERVICES = ['attraction', 'implementation', 'post-investment', 'reporting', 'gateway'];

/**
 * Event topics each service consumes, by producing service (checked against the sources by test/ops). Reads only:
 * a service dead-letters into `<topic>.dlq` of the topics it consumes.
 */
const CONSUMES = {
  attraction: [],
  implementation: ['attraction', 'post-investment'],
  'post-investment': ['attraction', 'implementation'],
  reporting: ['attraction', 'implementation', 'post-investment'],
  gateway: ['attraction', 'implementation', 'post-investment', 'reporting'],
};

/** The service whose reference-data store writes REFERENCE_TOPIC (apps/implementation/src/reference). */
const REFERENCE_OWNER = 'implementation';

/** Event topics a BI consumer may read: the public contract of the bus (identity events carry personal data). */
const PUBLIC_PRODUCERS = ['attraction', 'implementation', 'post-investment', 'reporting'];

/**
 * Requests and limits. The only measured figures (docs/performance.md) are reporting's: the projection replays
 * 5,857 events/s on one core and the dashboard query takes up to 0.4 s, so reporting gets a full core as limit
 * and half a core requested. The other services are I/O-bound request-reply handlers (PostgreSQL and Kafka round
 * trips), sized for Node's ~100 MiB baseline plus TypeORM metadata. Memory figures are not benchmarked yet.
 */
const RESOURCES = {
  attraction: { requests: { cpu: '200m', memory: '256Mi' }, limits: { cpu: '1', memory: '512Mi' } },
  implementation: { requests: { cpu: '200m', memory: '256Mi' }, limits: { cpu: '1', memory: '512Mi' } },
  'post-investment': { requests: { cpu: '100m', memory: '256Mi' }, limits: { cpu: '1', memory: '512Mi' } },
  reporting: { requests: { cpu: '500m', memory: '384Mi' }, limits: { cpu: '1', memory: '1Gi' } },
  gateway: { requests: { cpu: '250m', memory: '256Mi' }, limits: { cpu: '1', memory: '512Mi' } },
};

/** Replicas (prod overlay) and the HPA range. */
const SCALE = {
  attraction: { min: 2, max: 6 },
  implementation: { min: 2, max: 6 },
  'post-investment': { min: 2, max: 4 },
  reporting: { min: 2, max: 4 },
  gateway: { min: 3, max: 10 },
};

/**
 * Writable storage a service needs (the root file system is read-only). Implementation keeps discussion attachments
 * on disk: with several replicas the claim must be ReadWriteMany (an NFS/CephFS class), see docs/operations.md.
 */
const VOLUMES = {
  implementation: [{ name: 'attachments', mountPath: '/var/lib/ndip/attachments', size: '50Gi', env: 'NDIP_ATTACHMENT_DIR' }],
};

/** Variables read only by tests (fault injection, a fixed "today"): never set in a deployment. */
const TEST_ONLY = {
  NDIP_FIXED_TODAY: 'pins the business date for tests; production reads the clock',
  NDIP_FAULT: 'fault injection for reliability tests',
};

/** Secret variables: Kubernetes secretKeyRef (secret, key, optional) — never in a ConfigMap, an image or a log. */
function secretRef(service, name) {
  if (name === 'DATABASE_URL') return { secret: `ndip-${service}-db-app`, key: 'uri', optional: false };
  if (name === 'NDIP_KAFKA_SASL_PASSWORD') return { secret: `ndip-${service}`, key: 'password', optional: false };
  if (/(PASSWORD|SECRET)$/.test(name)) {
    const required = ['NDIP_JWT_SECRET', 'NDIP_ADMIN_PASSWORD'].includes(name);
    return {
      secret: `ndip-${service}-secrets`,
      key: name
        .replace(/^NDIP_/, '')
        .toLowerCase()
        .replace(/_/g, '-'),
      optional: !required,
    };
  }
  return null;
}

/** Values for Kubernetes that differ from the code defaults (or that the code cannot default). */
function k8sOverrides(service) {
  return {
    HTTP_PORT: '8080',
    HTTP_HOST: '0.0.0.0',
    NDIP_KAFKA_BROKERS: 'ndip-kafka-kafka-bootstrap:9093',
    NDIP_KAFKA_TLS: 'true',
    NDIP_KAFKA_TLS_CA_FILE: '/etc/ndip/kafka-ca/ca.crt',
    NDIP_KAFKA_SASL_MECHANISM: 'scram-sha-512',
    NDIP_KAFKA_SASL_USERNAME: `ndip-${service}`,
    NDIP_LOG_FORMAT: 'json',
    NDIP_TRACE_EXPORT: '',
    ...Object.fromEntries((VOLUMES[service] ?? []).map((v) => [v.env, v.mountPath])),
    ...(service === 'gateway'
      ? { NDIP_PUBLIC_URL: 'https://ndip.example.kz', NDIP_CORS_ORIGINS: 'https://ndip.example.kz', NDIP_ADMIN_UI_DIR: '/app/dist/admin' }
      : {}),
  };
}

/** Values for docker compose (plaintext KRaft cluster, no SASL). */
function composeOverrides(service) {
  return {
    HTTP_PORT: '8080',
    HTTP_HOST: '0.0.0.0',
    NDIP_KAFKA_BROKERS: 'kafka-1:9092,kafka-2:9092,kafka-3:9092',
    NDIP_KAFKA_TLS: 'false',
    NDIP_KAFKA_TLS_CA_FILE: '',
    NDIP_KAFKA_SASL_MECHANISM: '',
    NDIP_KAFKA_SASL_USERNAME: '',
    NDIP_LOG_FORMAT: 'json',
    NDIP_TRACE_EXPORT: '',
    ...Object.fromEntries((VOLUMES[service] ?? []).map((v) => [v.env, v.mountPath])),
    ...(service === 'gateway' ? { NDIP_PUBLIC_URL: 'http://localhost:3000', NDIP_CORS_ORIGINS: '', NDIP_ADMIN_UI_DIR: '/app/dist/admin' } : {}),
  };
}

/** The files that declare validated environment classes, per service (shared ones first). */
function envFiles(service) {
  const shared = ['libs/platform/src/config/env.ts', 'libs/platform/src/observability/env.ts', 'libs/platform/src/kafka/kafka-security.ts'];
  return [...shared, `apps/${service}/src/${service}.env.ts`];
}

const FIELD_RE = /^ {2}([A-Z][A-Z0-9_]+)([!?])?\s*(?::\s*[^=;]+?)?\s*(?:=\s*(.+?))?;\s*$/;

/** Literal default of a field (strings, numbers, simple products, booleans), or undefined. */
function literal(expr) {
  if (expr === undefined) return undefined;
  const e = expr.trim();
  let m = /^'([^']*)'$/.exec(e);
  if (m) return m[1];
  if (/^(true|false)$/.test(e)) return e;
  if (/^[\d_ *+]+$/.test(e)) return String(new Function(`return (${e.replace(/_/g, '')});`)());
  return undefined;
}

function sourceFiles(dir) {
  const out = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...sourceFiles(p));
    else if (/\.ts$/.test(e.name) && !/\.(spec|integration-spec|e2e-spec)\.ts$/.test(e.name)) out.push(p);
  }
  return out;
}

/** Variables read directly from process.env (outside the validated classes) in the service's sources. */
function directReads(service) {
  const names = new Set();
  for (const f of [...sourceFiles(path.join(ROOT, 'apps', service, 'src')), ...sourceFiles(path.join(ROOT, 'libs', 'platform', 'src'))]) {
    for (const m of fs.readFileSync(f, 'utf8').matchAll(/process\.env\.([A-Z][A-Z0-9_]+)|process\.env\[['"]([A-Z][A-Z0-9_]+)['"]\]/g)) names.add(m[1] ?? m[2]);
  }
  return names;
}

/** Every environment variable the service reads: name → { default (string) | undefined, required, optional }. */
function envVars(service) {
  const out = new Map();
  for (const name of directReads(service)) out.set(name, { file: 'process.env', default: undefined, required: false, optional: true });
  for (const rel of envFiles(service)) {
    const src = fs.readFileSync(path.join(ROOT, rel), 'utf8');
    for (const line of src.split('\n')) {
      const m = FIELD_RE.exec(line);
      if (!m) continue;
      out.set(m[1], { file: rel, default: literal(m[3]), required: m[2] === '!', optional: m[2] === '?' });
    }
  }
  return out;
}

module.exports = {
  ROOT,
  SERVICES,
  CONSUMES,
  REFERENCE_OWNER,
  PUBLIC_PRODUCERS,
  RESOURCES,
  SCALE,
  VOLUMES,
  TEST_ONLY,
  loadTopics,
  secretRef,
  k8sOverrides,
  composeOverrides,
  envFiles,
  envVars,
  directReads,
};
