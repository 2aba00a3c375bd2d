'use strict';
/**
 * A small kustomize renderer for exactly the features k8s/ uses (resources, namespace, images, labels without
 * selectors, JSON 6902 patches with kind/group/name-regex targets), so that CI renders the overlays with npm
 * packages only. tools/ops/validate.js compares its output with `kubectl kustomize` when kubectl is installed.
 */
const fs = require('node:fs');
const path = require('node:path');
const yaml = require('js-yaml');

function loadDocs(file) {
  return yaml.loadAll(fs.readFileSync(file, 'utf8')).filter((d) => d && typeof d === 'object');
}

function pointer(p) {
  return p
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function applyOp(obj, op) {
  const keys = pointer(op.path);
  const last = keys.pop();
  let parent = obj;
  for (const k of keys) {
    if (parent === null || typeof parent !== 'object' || !(k in parent)) throw new Error(`patch path ${op.path}: ${k} does not exist`);
    parent = parent[k];
  }
  if (op.op === 'replace') {
    if (!(last in parent)) throw new Error(`patch replace ${op.path}: does not exist`);
    parent[last] = op.value;
  } else if (op.op === 'add') {
    if (Array.isArray(parent)) parent.splice(last === '-' ? parent.length : Number(last), 0, op.value);
    else parent[last] = op.value;
  } else if (op.op === 'remove') {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else throw new Error(`unsupported patch op ${op.op}`);
}

function matches(obj, target) {
  const [group, version] = obj.apiVersion.includes('/') ? obj.apiVersion.split('/') : ['', obj.apiVersion];
  if (target.kind && target.kind !== obj.kind) return false;
  if (target.group !== undefined && target.group !== group) return false;
  if (target.version && target.version !== version) return false;
  if (target.name && !new RegExp(`^${target.name}$`).test(obj.metadata.name)) return false;
  return true;
}

const SUPPORTED = new Set(['apiVersion', 'kind', 'resources', 'namespace', 'images', 'labels', 'patches']);

/** Renders the kustomization in `dir` to a list of objects. */
function render(dir) {
  const k = yaml.load(fs.readFileSync(path.join(dir, 'kustomization.yaml'), 'utf8'));
  for (const key of Object.keys(k)) if (!SUPPORTED.has(key)) throw new Error(`${dir}: kustomization field ${key} is not supported by tools/ops/kustomize.js`);
  let objs = [];
  for (const r of k.resources ?? []) {
    const p = path.join(dir, r);
    objs.push(...(fs.statSync(p).isDirectory() ? render(p) : loadDocs(p)));
  }
  for (const l of k.labels ?? []) {
    if (l.includeSelectors || l.includeTemplates) throw new Error('labels with selectors/templates are not supported');
    for (const o of objs) o.metadata.labels = { ...(o.metadata.labels ?? {}), ...l.pairs };
  }
  if (k.namespace) for (const o of objs) o.metadata.namespace = k.namespace;
  for (const img of k.images ?? []) {
    for (const o of objs) {
      const containers = o.spec?.template?.spec?.containers ?? [];
      for (const c of containers) {
        const [name] = c.image.split(':');
        if (name !== img.name) continue;
        c.image = `${img.newName ?? name}:${img.newTag ?? c.image.split(':')[1] ?? 'latest'}`;
      }
    }
  }
  for (const p of k.patches ?? []) {
    const ops = yaml.load(p.patch);
    let hit = 0;
    for (const o of objs) {
      if (!matches(o, p.target ?? {})) continue;
      hit++;
      for (const op of ops) applyOp(o, JSON.parse(JSON.stringify(op)));
    }
    if (hit === 0) throw new Error(`${dir}: patch target ${JSON.stringify(p.target)} matches nothing`);
  }
  objs = objs.map((o) => JSON.parse(JSON.stringify(o)));
  return objs;
}

module.exports = { render, loadDocs };
