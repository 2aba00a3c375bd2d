/* eslint-disable */
// Validator compiled by kubernetes-models (@kubernetes-models/strimzi-kafka-operator 1.0.1, MIT) from the Strimzi CRDs.
// Vendored by tools/ops/vendor-schemas.js: converted to CommonJS, the ObjectMeta import redirected to ./object-meta.js.
'use strict';
exports.validate = validate2;
let schema3_enum = ['kafka.strimzi.io/v1beta2'];
function validate3(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if ('string' != typeof data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'string' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  if ('kafka.strimzi.io/v1beta2' !== data) {
    let err1 = { instancePath, schemaPath: '#/enum', keyword: 'enum', params: { allowedValues: schema3_enum } };
    (null === vErrors ? (vErrors = [err1]) : vErrors.push(err1), errors++);
  }
  return ((validate3.errors = vErrors), 0 === errors);
}
let schema4_enum = ['KafkaTopic'];
function validate5(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if ('string' != typeof data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'string' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  if ('KafkaTopic' !== data) {
    let err1 = { instancePath, schemaPath: '#/enum', keyword: 'enum', params: { allowedValues: schema4_enum } };
    (null === vErrors ? (vErrors = [err1]) : vErrors.push(err1), errors++);
  }
  return ((validate5.errors = vErrors), 0 === errors);
}
const { validate: validate8 } = require('./object-meta.js');
function validate7(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  return (
    null !== data &&
      (validate8(data, { instancePath, parentData, parentDataProperty, rootData }) ||
        (errors = (vErrors = null === vErrors ? validate8.errors : vErrors.concat(validate8.errors)).length)),
    (validate7.errors = vErrors),
    0 === errors
  );
}
function validate0(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if ('string' != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'string' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  return ((validate0.errors = vErrors), 0 === errors);
}
function validate13(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (!('number' == typeof data && !(data % 1) && !isNaN(data) && isFinite(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'integer' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  if ('number' == typeof data && isFinite(data) && (data < 1 || isNaN(data))) {
    let err1 = { instancePath, schemaPath: '#/minimum', keyword: 'minimum', params: { comparison: '>=', limit: 1 } };
    (null === vErrors ? (vErrors = [err1]) : vErrors.push(err1), errors++);
  }
  return ((validate13.errors = vErrors), 0 === errors);
}
function validate15(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (!('number' == typeof data && !(data % 1) && !isNaN(data) && isFinite(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'integer' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  if ('number' == typeof data && isFinite(data)) {
    if (data > 32767 || isNaN(data)) {
      let err1 = { instancePath, schemaPath: '#/maximum', keyword: 'maximum', params: { comparison: '<=', limit: 32767 } };
      (null === vErrors ? (vErrors = [err1]) : vErrors.push(err1), errors++);
    }
    if (data < 1 || isNaN(data)) {
      let err2 = { instancePath, schemaPath: '#/minimum', keyword: 'minimum', params: { comparison: '>=', limit: 1 } };
      (null === vErrors ? (vErrors = [err2]) : vErrors.push(err2), errors++);
    }
  }
  return ((validate15.errors = vErrors), 0 === errors);
}
function validate17(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (!(data && 'object' == typeof data && !Array.isArray(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  return (data && 'object' == typeof data && !Array.isArray(data), (validate17.errors = vErrors), 0 === errors);
}
function validate11(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (!(data && 'object' == typeof data && !Array.isArray(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  return (
    data &&
      'object' == typeof data &&
      !Array.isArray(data) &&
      (void 0 !== data.topicName &&
        (validate0(data.topicName, { instancePath: instancePath + '/topicName', parentData: data, parentDataProperty: 'topicName', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)),
      void 0 !== data.partitions &&
        (validate13(data.partitions, { instancePath: instancePath + '/partitions', parentData: data, parentDataProperty: 'partitions', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate13.errors : vErrors.concat(validate13.errors)).length)),
      void 0 !== data.replicas &&
        (validate15(data.replicas, { instancePath: instancePath + '/replicas', parentData: data, parentDataProperty: 'replicas', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate15.errors : vErrors.concat(validate15.errors)).length)),
      void 0 !== data.config &&
        (validate17(data.config, { instancePath: instancePath + '/config', parentData: data, parentDataProperty: 'config', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate17.errors : vErrors.concat(validate17.errors)).length))),
    (validate11.errors = vErrors),
    0 === errors
  );
}
function validate22(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (data && 'object' == typeof data && !Array.isArray(data))
    (void 0 !== data.type &&
      (validate0(data.type, { instancePath: instancePath + '/type', parentData: data, parentDataProperty: 'type', rootData }) ||
        (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)),
      void 0 !== data.status &&
        (validate0(data.status, { instancePath: instancePath + '/status', parentData: data, parentDataProperty: 'status', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)),
      void 0 !== data.lastTransitionTime &&
        (validate0(data.lastTransitionTime, {
          instancePath: instancePath + '/lastTransitionTime',
          parentData: data,
          parentDataProperty: 'lastTransitionTime',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)),
      void 0 !== data.reason &&
        (validate0(data.reason, { instancePath: instancePath + '/reason', parentData: data, parentDataProperty: 'reason', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)),
      void 0 !== data.message &&
        (validate0(data.message, { instancePath: instancePath + '/message', parentData: data, parentDataProperty: 'message', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)));
  else {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  return ((validate22.errors = vErrors), 0 === errors);
}
function validate21(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'array' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++)
      validate22(data[i0], { instancePath: instancePath + '/' + i0, parentData: data, parentDataProperty: i0, rootData }) ||
        (errors = (vErrors = null === vErrors ? validate22.errors : vErrors.concat(validate22.errors)).length);
  }
  return ((validate21.errors = vErrors), 0 === errors);
}
function validate1(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (!('number' == typeof data && !(data % 1) && !isNaN(data) && isFinite(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'integer' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  return ((validate1.errors = vErrors), 0 === errors);
}
let schema15_enum = ['pending', 'ongoing'];
function validate35(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if ('string' != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'string' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  if ('pending' !== data && 'ongoing' !== data) {
    let err1 = { instancePath, schemaPath: '#/enum', keyword: 'enum', params: { allowedValues: schema15_enum } };
    (null === vErrors ? (vErrors = [err1]) : vErrors.push(err1), errors++);
  }
  return ((validate35.errors = vErrors), 0 === errors);
}
function validate33(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (!(data && 'object' == typeof data && !Array.isArray(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  return (
    data &&
      'object' == typeof data &&
      !Array.isArray(data) &&
      (void 0 !== data.targetReplicas &&
        (validate1(data.targetReplicas, { instancePath: instancePath + '/targetReplicas', parentData: data, parentDataProperty: 'targetReplicas', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate1.errors : vErrors.concat(validate1.errors)).length)),
      void 0 !== data.state &&
        (validate35(data.state, { instancePath: instancePath + '/state', parentData: data, parentDataProperty: 'state', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate35.errors : vErrors.concat(validate35.errors)).length)),
      void 0 !== data.message &&
        (validate0(data.message, { instancePath: instancePath + '/message', parentData: data, parentDataProperty: 'message', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)),
      void 0 !== data.sessionId &&
        (validate0(data.sessionId, { instancePath: instancePath + '/sessionId', parentData: data, parentDataProperty: 'sessionId', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length))),
    (validate33.errors = vErrors),
    0 === errors
  );
}
function validate20(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (!(data && 'object' == typeof data && !Array.isArray(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  return (
    data &&
      'object' == typeof data &&
      !Array.isArray(data) &&
      (void 0 !== data.conditions &&
        (validate21(data.conditions, { instancePath: instancePath + '/conditions', parentData: data, parentDataProperty: 'conditions', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate21.errors : vErrors.concat(validate21.errors)).length)),
      void 0 !== data.observedGeneration &&
        (validate1(data.observedGeneration, {
          instancePath: instancePath + '/observedGeneration',
          parentData: data,
          parentDataProperty: 'observedGeneration',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate1.errors : vErrors.concat(validate1.errors)).length)),
      void 0 !== data.topicName &&
        (validate0(data.topicName, { instancePath: instancePath + '/topicName', parentData: data, parentDataProperty: 'topicName', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)),
      void 0 !== data.topicId &&
        (validate0(data.topicId, { instancePath: instancePath + '/topicId', parentData: data, parentDataProperty: 'topicId', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)),
      void 0 !== data.replicasChange &&
        (validate33(data.replicasChange, {
          instancePath: instancePath + '/replicasChange',
          parentData: data,
          parentDataProperty: 'replicasChange',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate33.errors : vErrors.concat(validate33.errors)).length))),
    (validate20.errors = vErrors),
    0 === errors
  );
}
function validate2(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (data && 'object' == typeof data && !Array.isArray(data)) {
    if (void 0 === data.apiVersion) {
      let err0 = { instancePath, schemaPath: '#/required', keyword: 'required', params: { missingProperty: 'apiVersion' } };
      (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
    }
    if (void 0 === data.kind) {
      let err1 = { instancePath, schemaPath: '#/required', keyword: 'required', params: { missingProperty: 'kind' } };
      (null === vErrors ? (vErrors = [err1]) : vErrors.push(err1), errors++);
    }
    (void 0 !== data.apiVersion &&
      (validate3(data.apiVersion, { instancePath: instancePath + '/apiVersion', parentData: data, parentDataProperty: 'apiVersion', rootData }) ||
        (errors = (vErrors = null === vErrors ? validate3.errors : vErrors.concat(validate3.errors)).length)),
      void 0 !== data.kind &&
        (validate5(data.kind, { instancePath: instancePath + '/kind', parentData: data, parentDataProperty: 'kind', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate5.errors : vErrors.concat(validate5.errors)).length)),
      void 0 !== data.metadata &&
        (validate7(data.metadata, { instancePath: instancePath + '/metadata', parentData: data, parentDataProperty: 'metadata', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate7.errors : vErrors.concat(validate7.errors)).length)),
      void 0 !== data.spec &&
        (validate11(data.spec, { instancePath: instancePath + '/spec', parentData: data, parentDataProperty: 'spec', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate11.errors : vErrors.concat(validate11.errors)).length)),
      void 0 !== data.status &&
        (validate20(data.status, { instancePath: instancePath + '/status', parentData: data, parentDataProperty: 'status', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate20.errors : vErrors.concat(validate20.errors)).length)));
  } else {
    let err2 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' } };
    (null === vErrors ? (vErrors = [err2]) : vErrors.push(err2), errors++);
  }
  return ((validate2.errors = vErrors), 0 === errors);
}
