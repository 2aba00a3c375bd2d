/* eslint-disable */
// Validator compiled by kubernetes-models (@kubernetes-models/strimzi-kafka-operator 1.0.1, MIT) from the Strimzi CRDs.
// Vendored by tools/ops/vendor-schemas.js: converted to CommonJS, the ObjectMeta import redirected to ./object-meta.js.
'use strict';
exports.validate = validate5;
let schema5_enum = ['kafka.strimzi.io/v1beta2'];
function validate6(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if ('string' != typeof data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'string' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  if ('kafka.strimzi.io/v1beta2' !== data) {
    let err1 = { instancePath, schemaPath: '#/enum', keyword: 'enum', params: { allowedValues: schema5_enum } };
    (null === vErrors ? (vErrors = [err1]) : vErrors.push(err1), errors++);
  }
  return ((validate6.errors = vErrors), 0 === errors);
}
let schema6_enum = ['KafkaUser'];
function validate8(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if ('string' != typeof data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'string' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  if ('KafkaUser' !== data) {
    let err1 = { instancePath, schemaPath: '#/enum', keyword: 'enum', params: { allowedValues: schema6_enum } };
    (null === vErrors ? (vErrors = [err1]) : vErrors.push(err1), errors++);
  }
  return ((validate8.errors = vErrors), 0 === errors);
}
const { validate: validate11 } = require('./object-meta.js');
function validate10(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  return (
    null !== data &&
      (validate11(data, { instancePath, parentData, parentDataProperty, rootData }) ||
        (errors = (vErrors = null === vErrors ? validate11.errors : vErrors.concat(validate11.errors)).length)),
    (validate10.errors = vErrors),
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
function validate21(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if ('boolean' != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'boolean' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  return ((validate21.errors = vErrors), 0 === errors);
}
function validate18(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
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
      (void 0 !== data.key &&
        (validate0(data.key, { instancePath: instancePath + '/key', parentData: data, parentDataProperty: 'key', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)),
      void 0 !== data.name &&
        (validate0(data.name, { instancePath: instancePath + '/name', parentData: data, parentDataProperty: 'name', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)),
      void 0 !== data.optional &&
        (validate21(data.optional, { instancePath: instancePath + '/optional', parentData: data, parentDataProperty: 'optional', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate21.errors : vErrors.concat(validate21.errors)).length))),
    (validate18.errors = vErrors),
    0 === errors
  );
}
function validate17(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (data && 'object' == typeof data && !Array.isArray(data))
    void 0 !== data.secretKeyRef &&
      (validate18(data.secretKeyRef, { instancePath: instancePath + '/secretKeyRef', parentData: data, parentDataProperty: 'secretKeyRef', rootData }) ||
        (errors = (vErrors = null === vErrors ? validate18.errors : vErrors.concat(validate18.errors)).length));
  else {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  return ((validate17.errors = vErrors), 0 === errors);
}
function validate16(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (!(data && 'object' == typeof data && !Array.isArray(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  if (data && 'object' == typeof data && !Array.isArray(data)) {
    if (void 0 === data.valueFrom) {
      let err1 = { instancePath, schemaPath: '#/required', keyword: 'required', params: { missingProperty: 'valueFrom' } };
      (null === vErrors ? (vErrors = [err1]) : vErrors.push(err1), errors++);
    }
    void 0 !== data.valueFrom &&
      (validate17(data.valueFrom, { instancePath: instancePath + '/valueFrom', parentData: data, parentDataProperty: 'valueFrom', rootData }) ||
        (errors = (vErrors = null === vErrors ? validate17.errors : vErrors.concat(validate17.errors)).length));
  }
  return ((validate16.errors = vErrors), 0 === errors);
}
let schema15_enum = ['tls', 'tls-external', 'scram-sha-512'];
function validate26(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if ('string' != typeof data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'string' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  if ('tls' !== data && 'tls-external' !== data && 'scram-sha-512' !== data) {
    let err1 = { instancePath, schemaPath: '#/enum', keyword: 'enum', params: { allowedValues: schema15_enum } };
    (null === vErrors ? (vErrors = [err1]) : vErrors.push(err1), errors++);
  }
  return ((validate26.errors = vErrors), 0 === errors);
}
function validate15(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (!(data && 'object' == typeof data && !Array.isArray(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  if (data && 'object' == typeof data && !Array.isArray(data)) {
    if (void 0 === data.type) {
      let err1 = { instancePath, schemaPath: '#/required', keyword: 'required', params: { missingProperty: 'type' } };
      (null === vErrors ? (vErrors = [err1]) : vErrors.push(err1), errors++);
    }
    (void 0 !== data.password &&
      (validate16(data.password, { instancePath: instancePath + '/password', parentData: data, parentDataProperty: 'password', rootData }) ||
        (errors = (vErrors = null === vErrors ? validate16.errors : vErrors.concat(validate16.errors)).length)),
      void 0 !== data.type &&
        (validate26(data.type, { instancePath: instancePath + '/type', parentData: data, parentDataProperty: 'type', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate26.errors : vErrors.concat(validate26.errors)).length)));
  }
  return ((validate15.errors = vErrors), 0 === errors);
}
let schema19_enum = ['allow', 'deny'];
function validate32(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if ('string' != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'string' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  if ('allow' !== data && 'deny' !== data) {
    let err1 = { instancePath, schemaPath: '#/enum', keyword: 'enum', params: { allowedValues: schema19_enum } };
    (null === vErrors ? (vErrors = [err1]) : vErrors.push(err1), errors++);
  }
  return ((validate32.errors = vErrors), 0 === errors);
}
let schema21_enum = ['literal', 'prefix'];
function validate36(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if ('string' != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'string' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  if ('literal' !== data && 'prefix' !== data) {
    let err1 = { instancePath, schemaPath: '#/enum', keyword: 'enum', params: { allowedValues: schema21_enum } };
    (null === vErrors ? (vErrors = [err1]) : vErrors.push(err1), errors++);
  }
  return ((validate36.errors = vErrors), 0 === errors);
}
let schema22_enum = ['topic', 'group', 'cluster', 'transactionalId'];
function validate38(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if ('string' != typeof data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'string' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  if ('topic' !== data && 'group' !== data && 'cluster' !== data && 'transactionalId' !== data) {
    let err1 = { instancePath, schemaPath: '#/enum', keyword: 'enum', params: { allowedValues: schema22_enum } };
    (null === vErrors ? (vErrors = [err1]) : vErrors.push(err1), errors++);
  }
  return ((validate38.errors = vErrors), 0 === errors);
}
function validate34(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (data && 'object' == typeof data && !Array.isArray(data)) {
    if (void 0 === data.type) {
      let err0 = { instancePath, schemaPath: '#/required', keyword: 'required', params: { missingProperty: 'type' } };
      (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
    }
    (void 0 !== data.name &&
      (validate0(data.name, { instancePath: instancePath + '/name', parentData: data, parentDataProperty: 'name', rootData }) ||
        (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)),
      void 0 !== data.patternType &&
        (validate36(data.patternType, { instancePath: instancePath + '/patternType', parentData: data, parentDataProperty: 'patternType', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate36.errors : vErrors.concat(validate36.errors)).length)),
      void 0 !== data.type &&
        (validate38(data.type, { instancePath: instancePath + '/type', parentData: data, parentDataProperty: 'type', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate38.errors : vErrors.concat(validate38.errors)).length)));
  } else {
    let err1 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' } };
    (null === vErrors ? (vErrors = [err1]) : vErrors.push(err1), errors++);
  }
  return ((validate34.errors = vErrors), 0 === errors);
}
let schema23_enum = ['Read', 'Write', 'Create', 'Delete', 'Alter', 'Describe', 'ClusterAction', 'AlterConfigs', 'DescribeConfigs', 'IdempotentWrite', 'All'];
function validate42(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if ('string' != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'string' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  if (
    'Read' !== data &&
    'Write' !== data &&
    'Create' !== data &&
    'Delete' !== data &&
    'Alter' !== data &&
    'Describe' !== data &&
    'ClusterAction' !== data &&
    'AlterConfigs' !== data &&
    'DescribeConfigs' !== data &&
    'IdempotentWrite' !== data &&
    'All' !== data
  ) {
    let err1 = { instancePath, schemaPath: '#/enum', keyword: 'enum', params: { allowedValues: schema23_enum } };
    (null === vErrors ? (vErrors = [err1]) : vErrors.push(err1), errors++);
  }
  return ((validate42.errors = vErrors), 0 === errors);
}
let schema25_enum = ['Read', 'Write', 'Create', 'Delete', 'Alter', 'Describe', 'ClusterAction', 'AlterConfigs', 'DescribeConfigs', 'IdempotentWrite', 'All'];
function validate45(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if ('string' != typeof data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'string' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  if (
    'Read' !== data &&
    'Write' !== data &&
    'Create' !== data &&
    'Delete' !== data &&
    'Alter' !== data &&
    'Describe' !== data &&
    'ClusterAction' !== data &&
    'AlterConfigs' !== data &&
    'DescribeConfigs' !== data &&
    'IdempotentWrite' !== data &&
    'All' !== data
  ) {
    let err1 = { instancePath, schemaPath: '#/enum', keyword: 'enum', params: { allowedValues: schema25_enum } };
    (null === vErrors ? (vErrors = [err1]) : vErrors.push(err1), errors++);
  }
  return ((validate45.errors = vErrors), 0 === errors);
}
function validate44(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'array' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++)
      validate45(data[i0], { instancePath: instancePath + '/' + i0, parentData: data, parentDataProperty: i0, rootData }) ||
        (errors = (vErrors = null === vErrors ? validate45.errors : vErrors.concat(validate45.errors)).length);
  }
  return ((validate44.errors = vErrors), 0 === errors);
}
function validate31(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (data && 'object' == typeof data && !Array.isArray(data)) {
    if (void 0 === data.resource) {
      let err0 = { instancePath, schemaPath: '#/required', keyword: 'required', params: { missingProperty: 'resource' } };
      (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
    }
    (void 0 !== data.type &&
      (validate32(data.type, { instancePath: instancePath + '/type', parentData: data, parentDataProperty: 'type', rootData }) ||
        (errors = (vErrors = null === vErrors ? validate32.errors : vErrors.concat(validate32.errors)).length)),
      void 0 !== data.resource &&
        (validate34(data.resource, { instancePath: instancePath + '/resource', parentData: data, parentDataProperty: 'resource', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate34.errors : vErrors.concat(validate34.errors)).length)),
      void 0 !== data.host &&
        (validate0(data.host, { instancePath: instancePath + '/host', parentData: data, parentDataProperty: 'host', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)),
      void 0 !== data.operation &&
        (validate42(data.operation, { instancePath: instancePath + '/operation', parentData: data, parentDataProperty: 'operation', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate42.errors : vErrors.concat(validate42.errors)).length)),
      void 0 !== data.operations &&
        (validate44(data.operations, { instancePath: instancePath + '/operations', parentData: data, parentDataProperty: 'operations', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate44.errors : vErrors.concat(validate44.errors)).length)));
  } else {
    let err1 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' } };
    (null === vErrors ? (vErrors = [err1]) : vErrors.push(err1), errors++);
  }
  return ((validate31.errors = vErrors), 0 === errors);
}
function validate30(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++)
      validate31(data[i0], { instancePath: instancePath + '/' + i0, parentData: data, parentDataProperty: i0, rootData }) ||
        (errors = (vErrors = null === vErrors ? validate31.errors : vErrors.concat(validate31.errors)).length);
  } else {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'array' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  return ((validate30.errors = vErrors), 0 === errors);
}
let schema26_enum = ['simple'];
function validate50(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if ('string' != typeof data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'string' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  if ('simple' !== data) {
    let err1 = { instancePath, schemaPath: '#/enum', keyword: 'enum', params: { allowedValues: schema26_enum } };
    (null === vErrors ? (vErrors = [err1]) : vErrors.push(err1), errors++);
  }
  return ((validate50.errors = vErrors), 0 === errors);
}
function validate29(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (!(data && 'object' == typeof data && !Array.isArray(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  if (data && 'object' == typeof data && !Array.isArray(data)) {
    if (void 0 === data.acls) {
      let err1 = { instancePath, schemaPath: '#/required', keyword: 'required', params: { missingProperty: 'acls' } };
      (null === vErrors ? (vErrors = [err1]) : vErrors.push(err1), errors++);
    }
    if (void 0 === data.type) {
      let err2 = { instancePath, schemaPath: '#/required', keyword: 'required', params: { missingProperty: 'type' } };
      (null === vErrors ? (vErrors = [err2]) : vErrors.push(err2), errors++);
    }
    (void 0 !== data.acls &&
      (validate30(data.acls, { instancePath: instancePath + '/acls', parentData: data, parentDataProperty: 'acls', rootData }) ||
        (errors = (vErrors = null === vErrors ? validate30.errors : vErrors.concat(validate30.errors)).length)),
      void 0 !== data.type &&
        (validate50(data.type, { instancePath: instancePath + '/type', parentData: data, parentDataProperty: 'type', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate50.errors : vErrors.concat(validate50.errors)).length)));
  }
  return ((validate29.errors = vErrors), 0 === errors);
}
function validate1(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (!('number' == typeof data && !(data % 1) && !isNaN(data) && isFinite(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'integer' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  if ('number' == typeof data && isFinite(data) && (data < 0 || isNaN(data))) {
    let err1 = { instancePath, schemaPath: '#/minimum', keyword: 'minimum', params: { comparison: '>=', limit: 0 } };
    (null === vErrors ? (vErrors = [err1]) : vErrors.push(err1), errors++);
  }
  return ((validate1.errors = vErrors), 0 === errors);
}
function validate57(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (!('number' == typeof data && isFinite(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'number' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  if ('number' == typeof data && isFinite(data) && (data < 0 || isNaN(data))) {
    let err1 = { instancePath, schemaPath: '#/minimum', keyword: 'minimum', params: { comparison: '>=', limit: 0 } };
    (null === vErrors ? (vErrors = [err1]) : vErrors.push(err1), errors++);
  }
  return ((validate57.errors = vErrors), 0 === errors);
}
function validate53(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
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
      (void 0 !== data.producerByteRate &&
        (validate1(data.producerByteRate, {
          instancePath: instancePath + '/producerByteRate',
          parentData: data,
          parentDataProperty: 'producerByteRate',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate1.errors : vErrors.concat(validate1.errors)).length)),
      void 0 !== data.consumerByteRate &&
        (validate1(data.consumerByteRate, {
          instancePath: instancePath + '/consumerByteRate',
          parentData: data,
          parentDataProperty: 'consumerByteRate',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate1.errors : vErrors.concat(validate1.errors)).length)),
      void 0 !== data.requestPercentage &&
        (validate1(data.requestPercentage, {
          instancePath: instancePath + '/requestPercentage',
          parentData: data,
          parentDataProperty: 'requestPercentage',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate1.errors : vErrors.concat(validate1.errors)).length)),
      void 0 !== data.controllerMutationRate &&
        (validate57(data.controllerMutationRate, {
          instancePath: instancePath + '/controllerMutationRate',
          parentData: data,
          parentDataProperty: 'controllerMutationRate',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate57.errors : vErrors.concat(validate57.errors)).length))),
    (validate53.errors = vErrors),
    0 === errors
  );
}
function validate3(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if ('string' != typeof data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'string' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  return ((validate3.errors = vErrors), 0 === errors);
}
function validate2(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (!(data && 'object' == typeof data && !Array.isArray(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  if (data && 'object' == typeof data && !Array.isArray(data))
    for (let key0 in data)
      validate3(data[key0], {
        instancePath: instancePath + '/' + key0.replace(/~/g, '~0').replace(/\//g, '~1'),
        parentData: data,
        parentDataProperty: key0,
        rootData,
      }) || (errors = (vErrors = null === vErrors ? validate3.errors : vErrors.concat(validate3.errors)).length);
  return ((validate2.errors = vErrors), 0 === errors);
}
function validate62(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
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
      (void 0 !== data.labels &&
        (validate2(data.labels, { instancePath: instancePath + '/labels', parentData: data, parentDataProperty: 'labels', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate2.errors : vErrors.concat(validate2.errors)).length)),
      void 0 !== data.annotations &&
        (validate2(data.annotations, { instancePath: instancePath + '/annotations', parentData: data, parentDataProperty: 'annotations', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate2.errors : vErrors.concat(validate2.errors)).length))),
    (validate62.errors = vErrors),
    0 === errors
  );
}
function validate61(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
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
      void 0 !== data.metadata &&
      (validate62(data.metadata, { instancePath: instancePath + '/metadata', parentData: data, parentDataProperty: 'metadata', rootData }) ||
        (errors = (vErrors = null === vErrors ? validate62.errors : vErrors.concat(validate62.errors)).length)),
    (validate61.errors = vErrors),
    0 === errors
  );
}
function validate60(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
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
      void 0 !== data.secret &&
      (validate61(data.secret, { instancePath: instancePath + '/secret', parentData: data, parentDataProperty: 'secret', rootData }) ||
        (errors = (vErrors = null === vErrors ? validate61.errors : vErrors.concat(validate61.errors)).length)),
    (validate60.errors = vErrors),
    0 === errors
  );
}
function validate14(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
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
      (void 0 !== data.authentication &&
        (validate15(data.authentication, {
          instancePath: instancePath + '/authentication',
          parentData: data,
          parentDataProperty: 'authentication',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate15.errors : vErrors.concat(validate15.errors)).length)),
      void 0 !== data.authorization &&
        (validate29(data.authorization, { instancePath: instancePath + '/authorization', parentData: data, parentDataProperty: 'authorization', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate29.errors : vErrors.concat(validate29.errors)).length)),
      void 0 !== data.quotas &&
        (validate53(data.quotas, { instancePath: instancePath + '/quotas', parentData: data, parentDataProperty: 'quotas', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate53.errors : vErrors.concat(validate53.errors)).length)),
      void 0 !== data.template &&
        (validate60(data.template, { instancePath: instancePath + '/template', parentData: data, parentDataProperty: 'template', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate60.errors : vErrors.concat(validate60.errors)).length))),
    (validate14.errors = vErrors),
    0 === errors
  );
}
function validate71(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
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
  return ((validate71.errors = vErrors), 0 === errors);
}
function validate70(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'array' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++)
      validate71(data[i0], { instancePath: instancePath + '/' + i0, parentData: data, parentDataProperty: i0, rootData }) ||
        (errors = (vErrors = null === vErrors ? validate71.errors : vErrors.concat(validate71.errors)).length);
  }
  return ((validate70.errors = vErrors), 0 === errors);
}
function validate79(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (!('number' == typeof data && !(data % 1) && !isNaN(data) && isFinite(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'integer' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  return ((validate79.errors = vErrors), 0 === errors);
}
function validate69(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
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
        (validate70(data.conditions, { instancePath: instancePath + '/conditions', parentData: data, parentDataProperty: 'conditions', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate70.errors : vErrors.concat(validate70.errors)).length)),
      void 0 !== data.observedGeneration &&
        (validate79(data.observedGeneration, {
          instancePath: instancePath + '/observedGeneration',
          parentData: data,
          parentDataProperty: 'observedGeneration',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate79.errors : vErrors.concat(validate79.errors)).length)),
      void 0 !== data.username &&
        (validate0(data.username, { instancePath: instancePath + '/username', parentData: data, parentDataProperty: 'username', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)),
      void 0 !== data.secret &&
        (validate0(data.secret, { instancePath: instancePath + '/secret', parentData: data, parentDataProperty: 'secret', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length))),
    (validate69.errors = vErrors),
    0 === errors
  );
}
function validate5(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
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
      (validate6(data.apiVersion, { instancePath: instancePath + '/apiVersion', parentData: data, parentDataProperty: 'apiVersion', rootData }) ||
        (errors = (vErrors = null === vErrors ? validate6.errors : vErrors.concat(validate6.errors)).length)),
      void 0 !== data.kind &&
        (validate8(data.kind, { instancePath: instancePath + '/kind', parentData: data, parentDataProperty: 'kind', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate8.errors : vErrors.concat(validate8.errors)).length)),
      void 0 !== data.metadata &&
        (validate10(data.metadata, { instancePath: instancePath + '/metadata', parentData: data, parentDataProperty: 'metadata', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate10.errors : vErrors.concat(validate10.errors)).length)),
      void 0 !== data.spec &&
        (validate14(data.spec, { instancePath: instancePath + '/spec', parentData: data, parentDataProperty: 'spec', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate14.errors : vErrors.concat(validate14.errors)).length)),
      void 0 !== data.status &&
        (validate69(data.status, { instancePath: instancePath + '/status', parentData: data, parentDataProperty: 'status', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate69.errors : vErrors.concat(validate69.errors)).length)));
  } else {
    let err2 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' } };
    (null === vErrors ? (vErrors = [err2]) : vErrors.push(err2), errors++);
  }
  return ((validate5.errors = vErrors), 0 === errors);
}
