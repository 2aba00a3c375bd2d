'use strict';
// ObjectMeta for the vendored Strimzi validators: the Kubernetes definition from ../kubernetes.json, checked with
// ajv, with errors in the shape the compiled validators expect (instancePath, keyword, params).
const Ajv = require('ajv');
const k8s = require('../kubernetes.json');

const ajv = new Ajv({ allErrors: true, unknownFormats: 'ignore', nullable: true, jsonPointers: true, logger: false });
const check = ajv.compile({ definitions: k8s.definitions, $ref: '#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta' });

function validate(data, { instancePath = '' } = {}) {
  const ok = check(data);
  validate.errors = ok
    ? null
    : check.errors.map((e) => ({ instancePath: instancePath + e.dataPath, keyword: e.keyword, params: e.params, message: e.message }));
  return ok;
}

module.exports = { validate };
