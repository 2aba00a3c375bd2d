#!/usr/bin/env node
'use strict';
/**
 * Refreshes the schemas tools/ops/validate.js checks the manifests against (tools/ops/schemas/). Run by hand when
 * a Kubernetes, Strimzi or CloudNativePG version changes; the inputs come from registries this machine can reach:
 *
 *   pip download --no-deps kubernetes-validate==1.37.0        (PyPI: Kubernetes JSON schemas, 2020-12 "local-strict")
 *   npm pack @kubernetes-models/strimzi-kafka-operator@1.0.1  (npm: validators compiled from the Strimzi CRDs, MIT)
 *   go mod download github.com/cloudnative-pg/cloudnative-pg@v1.25.1  (Go proxy: the CloudNativePG CRDs, Apache-2.0)
 *
 *   node tools/ops/vendor-schemas.js <kubernetes_validate dir> <strimzi package dir> <cloudnative-pg module dir>
 *   npx prettier --write tools/ops/schemas
 */
const fs = require('node:fs');
const path = require('node:path');
const yaml = require('js-yaml');

const OUT = path.join(__dirname, 'schemas');
const K8S_VERSION = 'v1.31.0';
const K8S_KINDS = [
  ['', 'v1', 'ConfigMap'],
  ['', 'v1', 'Secret'],
  ['', 'v1', 'Service'],
  ['', 'v1', 'ServiceAccount'],
  ['', 'v1', 'PersistentVolumeClaim'],
  ['apps', 'v1', 'Deployment'],
  ['autoscaling', 'v2', 'HorizontalPodAutoscaler'],
  ['policy', 'v1', 'PodDisruptionBudget'],
  ['networking.k8s.io', 'v1', 'NetworkPolicy'],
  ['networking.k8s.io', 'v1', 'Ingress'],
];
const STRIMZI = ['KafkaStrimziIoV1beta2Kafka', 'KafkaStrimziIoV1beta2KafkaNodePool', 'KafkaStrimziIoV1beta2KafkaTopic', 'KafkaStrimziIoV1beta2KafkaUser'];
const CNPG = [
  ['postgresql.cnpg.io_clusters.yaml', 'Cluster'],
  ['postgresql.cnpg.io_scheduledbackups.yaml', 'ScheduledBackup'],
];

/** Drops descriptions (most of the size) and turns 2020-12 `$defs` references into draft-07 `definitions`. */
function clean(node) {
  if (Array.isArray(node)) return node.map(clean);
  if (!node || typeof node !== 'object') return node;
  const out = {};
  for (const [k, v] of Object.entries(node)) {
    if (k === 'description' && typeof v === 'string') continue;
    if (k === '$schema' || k === '$id') continue;
    if (k === '$ref' && typeof v === 'string') out.$ref = `#/definitions/${v.split('/').pop()}`;
    else out[k] = clean(v);
  }
  return out;
}

function refs(node, acc) {
  if (Array.isArray(node)) node.forEach((n) => refs(n, acc));
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === '$ref' && typeof v === 'string') acc.push(v.split('/').pop());
      else refs(v, acc);
    }
  }
  return acc;
}

function kubernetes(kvDir) {
  const all = JSON.parse(fs.readFileSync(path.join(kvDir, 'kubernetes-json-schema', `${K8S_VERSION}-local-strict`, '_definitions.json'), 'utf8')).$defs;
  const kinds = {};
  for (const [name, def] of Object.entries(all)) {
    for (const gvk of def['x-kubernetes-group-version-kind'] ?? []) {
      const key = `${gvk.group ? `${gvk.group}/` : ''}${gvk.version}/${gvk.kind}`;
      if (K8S_KINDS.some(([g, v, k]) => g === gvk.group && v === gvk.version && k === gvk.kind)) kinds[key] = name;
    }
  }
  const definitions = {};
  const queue = Object.values(kinds);
  while (queue.length > 0) {
    const n = queue.pop();
    if (definitions[n]) continue;
    definitions[n] = clean(all[n]);
    queue.push(...refs(all[n], []));
  }
  return { source: `kubernetes-validate 1.37.0 (PyPI), ${K8S_VERSION}-local-strict`, kinds, definitions };
}

function cnpg(moduleDir) {
  const kinds = {};
  for (const [file, kind] of CNPG) {
    const crd = yaml.load(fs.readFileSync(path.join(moduleDir, 'config', 'crd', 'bases', file), 'utf8'));
    for (const v of crd.spec.versions) kinds[`${crd.spec.group}/${v.name}/${kind}`] = clean(v.schema.openAPIV3Schema);
  }
  return { source: 'github.com/cloudnative-pg/cloudnative-pg v1.25.1 config/crd/bases (Go module proxy)', kinds };
}

function strimzi(pkgDir) {
  fs.mkdirSync(path.join(OUT, 'strimzi'), { recursive: true });
  for (const name of STRIMZI) {
    let src = fs.readFileSync(path.join(pkgDir, '_schemas', `${name}.js`), 'utf8');
    // ESM → CommonJS (the validators have exactly one import, of ObjectMeta, and one export), so that they load
    // with require() everywhere, jest included.
    src = src.replace(
      /import\{validate as (\w+)\}from"@kubernetes-models\/apimachinery\/_schemas\/IoK8sApimachineryPkgApisMetaV1ObjectMeta";?/g,
      'const{validate:$1}=require("./object-meta.js");',
    );
    src = src.replace(/export const validate=/, 'exports.validate=');
    if (/\bimport\s*\{|\bexport\s/.test(src)) throw new Error(`${name}: unexpected import or export`);
    const header =
      '/* eslint-disable */\n// Validator compiled by kubernetes-models (@kubernetes-models/strimzi-kafka-operator 1.0.1, MIT) from the Strimzi CRDs.\n// Vendored by tools/ops/vendor-schemas.js: converted to CommonJS, the ObjectMeta import redirected to ./object-meta.js.\n';
    fs.writeFileSync(path.join(OUT, 'strimzi', `${name}.js`), `${header}'use strict';\n${src}\n`);
  }
}

function main() {
  const [kvDir, strimziDir, cnpgDir] = process.argv.slice(2);
  if (!kvDir || !strimziDir || !cnpgDir)
    throw new Error('usage: vendor-schemas.js <kubernetes_validate dir> <strimzi package dir> <cloudnative-pg module dir>');
  fs.mkdirSync(OUT, { recursive: true });
  fs.writeFileSync(path.join(OUT, 'kubernetes.json'), JSON.stringify(kubernetes(kvDir)));
  fs.writeFileSync(path.join(OUT, 'cloudnative-pg.json'), JSON.stringify(cnpg(cnpgDir)));
  strimzi(strimziDir);
}

main();
