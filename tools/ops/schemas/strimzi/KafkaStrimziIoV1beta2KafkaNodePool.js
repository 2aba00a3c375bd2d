/* eslint-disable */
// Validator compiled by kubernetes-models (@kubernetes-models/strimzi-kafka-operator 1.0.1, MIT) from the Strimzi CRDs.
// Vendored by tools/ops/vendor-schemas.js: converted to CommonJS, the ObjectMeta import redirected to ./object-meta.js.
'use strict';
exports.validate = validate144;
let schema50_enum = ['kafka.strimzi.io/v1beta2'];
function validate145(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if ('string' != typeof data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'string' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  if ('kafka.strimzi.io/v1beta2' !== data) {
    let err1 = { instancePath, schemaPath: '#/enum', keyword: 'enum', params: { allowedValues: schema50_enum } };
    (null === vErrors ? (vErrors = [err1]) : vErrors.push(err1), errors++);
  }
  return ((validate145.errors = vErrors), 0 === errors);
}
let schema51_enum = ['KafkaNodePool'];
function validate147(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if ('string' != typeof data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'string' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  if ('KafkaNodePool' !== data) {
    let err1 = { instancePath, schemaPath: '#/enum', keyword: 'enum', params: { allowedValues: schema51_enum } };
    (null === vErrors ? (vErrors = [err1]) : vErrors.push(err1), errors++);
  }
  return ((validate147.errors = vErrors), 0 === errors);
}
const { validate: validate150 } = require('./object-meta.js');
function validate149(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  return (
    null !== data &&
      (validate150(data, { instancePath, parentData, parentDataProperty, rootData }) ||
        (errors = (vErrors = null === vErrors ? validate150.errors : vErrors.concat(validate150.errors)).length)),
    (validate149.errors = vErrors),
    0 === errors
  );
}
function validate154(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (!('number' == typeof data && !(data % 1) && !isNaN(data) && isFinite(data))) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'integer' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  if ('number' == typeof data && isFinite(data) && (data < 0 || isNaN(data))) {
    let err1 = { instancePath, schemaPath: '#/minimum', keyword: 'minimum', params: { comparison: '>=', limit: 0 } };
    (null === vErrors ? (vErrors = [err1]) : vErrors.push(err1), errors++);
  }
  return ((validate154.errors = vErrors), 0 === errors);
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
function validate1(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if ('boolean' != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'boolean' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  return ((validate1.errors = vErrors), 0 === errors);
}
function validate2(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
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
  return ((validate2.errors = vErrors), 0 === errors);
}
let schema3_enum = ['shared'];
function validate3(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if ('string' != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'string' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  if ('shared' !== data) {
    let err1 = { instancePath, schemaPath: '#/enum', keyword: 'enum', params: { allowedValues: schema3_enum } };
    (null === vErrors ? (vErrors = [err1]) : vErrors.push(err1), errors++);
  }
  return ((validate3.errors = vErrors), 0 === errors);
}
function validate7(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (!('number' == typeof data && !(data % 1) && !isNaN(data) && isFinite(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'integer' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  return ((validate7.errors = vErrors), 0 === errors);
}
function validate5(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (data && 'object' == typeof data && !Array.isArray(data))
    (void 0 !== data.class &&
      (validate0(data.class, { instancePath: instancePath + '/class', parentData: data, parentDataProperty: 'class', rootData }) ||
        (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)),
      void 0 !== data.broker &&
        (validate7(data.broker, { instancePath: instancePath + '/broker', parentData: data, parentDataProperty: 'broker', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate7.errors : vErrors.concat(validate7.errors)).length)));
  else {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  return ((validate5.errors = vErrors), 0 === errors);
}
function validate4(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'array' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++)
      validate5(data[i0], { instancePath: instancePath + '/' + i0, parentData: data, parentDataProperty: i0, rootData }) ||
        (errors = (vErrors = null === vErrors ? validate5.errors : vErrors.concat(validate5.errors)).length);
  }
  return ((validate4.errors = vErrors), 0 === errors);
}
function validate11(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if ('string' != typeof data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'string' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  return ((validate11.errors = vErrors), 0 === errors);
}
function validate10(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (!(data && 'object' == typeof data && !Array.isArray(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  if (data && 'object' == typeof data && !Array.isArray(data))
    for (let key0 in data)
      validate11(data[key0], {
        instancePath: instancePath + '/' + key0.replace(/~/g, '~0').replace(/\//g, '~1'),
        parentData: data,
        parentDataProperty: key0,
        rootData,
      }) || (errors = (vErrors = null === vErrors ? validate11.errors : vErrors.concat(validate11.errors)).length);
  return ((validate10.errors = vErrors), 0 === errors);
}
let pattern0 = RegExp('^([0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$', 'u');
function validate13(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if ('string' != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'string' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  if ('string' == typeof data && !pattern0.test(data)) {
    let err1 = { instancePath, schemaPath: '#/pattern', keyword: 'pattern', params: { pattern: '^([0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$' } };
    (null === vErrors ? (vErrors = [err1]) : vErrors.push(err1), errors++);
  }
  return ((validate13.errors = vErrors), 0 === errors);
}
let schema57_enum = ['ephemeral', 'persistent-claim', 'jbod'];
function validate165(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if ('string' != typeof data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'string' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  if ('ephemeral' !== data && 'persistent-claim' !== data && 'jbod' !== data) {
    let err1 = { instancePath, schemaPath: '#/enum', keyword: 'enum', params: { allowedValues: schema57_enum } };
    (null === vErrors ? (vErrors = [err1]) : vErrors.push(err1), errors++);
  }
  return ((validate165.errors = vErrors), 0 === errors);
}
let schema60_enum = ['ephemeral', 'persistent-claim'];
function validate178(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if ('string' != typeof data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'string' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  if ('ephemeral' !== data && 'persistent-claim' !== data) {
    let err1 = { instancePath, schemaPath: '#/enum', keyword: 'enum', params: { allowedValues: schema60_enum } };
    (null === vErrors ? (vErrors = [err1]) : vErrors.push(err1), errors++);
  }
  return ((validate178.errors = vErrors), 0 === errors);
}
function validate169(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (data && 'object' == typeof data && !Array.isArray(data)) {
    if (void 0 === data.type) {
      let err0 = { instancePath, schemaPath: '#/required', keyword: 'required', params: { missingProperty: 'type' } };
      (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
    }
    (void 0 !== data.class &&
      (validate0(data.class, { instancePath: instancePath + '/class', parentData: data, parentDataProperty: 'class', rootData }) ||
        (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)),
      void 0 !== data.deleteClaim &&
        (validate1(data.deleteClaim, { instancePath: instancePath + '/deleteClaim', parentData: data, parentDataProperty: 'deleteClaim', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate1.errors : vErrors.concat(validate1.errors)).length)),
      void 0 !== data.id &&
        (validate2(data.id, { instancePath: instancePath + '/id', parentData: data, parentDataProperty: 'id', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate2.errors : vErrors.concat(validate2.errors)).length)),
      void 0 !== data.kraftMetadata &&
        (validate3(data.kraftMetadata, { instancePath: instancePath + '/kraftMetadata', parentData: data, parentDataProperty: 'kraftMetadata', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate3.errors : vErrors.concat(validate3.errors)).length)),
      void 0 !== data.overrides &&
        (validate4(data.overrides, { instancePath: instancePath + '/overrides', parentData: data, parentDataProperty: 'overrides', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate4.errors : vErrors.concat(validate4.errors)).length)),
      void 0 !== data.selector &&
        (validate10(data.selector, { instancePath: instancePath + '/selector', parentData: data, parentDataProperty: 'selector', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate10.errors : vErrors.concat(validate10.errors)).length)),
      void 0 !== data.size &&
        (validate0(data.size, { instancePath: instancePath + '/size', parentData: data, parentDataProperty: 'size', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)),
      void 0 !== data.sizeLimit &&
        (validate13(data.sizeLimit, { instancePath: instancePath + '/sizeLimit', parentData: data, parentDataProperty: 'sizeLimit', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate13.errors : vErrors.concat(validate13.errors)).length)),
      void 0 !== data.type &&
        (validate178(data.type, { instancePath: instancePath + '/type', parentData: data, parentDataProperty: 'type', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate178.errors : vErrors.concat(validate178.errors)).length)),
      void 0 !== data.volumeAttributesClass &&
        (validate0(data.volumeAttributesClass, {
          instancePath: instancePath + '/volumeAttributesClass',
          parentData: data,
          parentDataProperty: 'volumeAttributesClass',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)));
  } else {
    let err1 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' } };
    (null === vErrors ? (vErrors = [err1]) : vErrors.push(err1), errors++);
  }
  return ((validate169.errors = vErrors), 0 === errors);
}
function validate168(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'array' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++)
      validate169(data[i0], { instancePath: instancePath + '/' + i0, parentData: data, parentDataProperty: i0, rootData }) ||
        (errors = (vErrors = null === vErrors ? validate169.errors : vErrors.concat(validate169.errors)).length);
  }
  return ((validate168.errors = vErrors), 0 === errors);
}
function validate156(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (data && 'object' == typeof data && !Array.isArray(data)) {
    if (void 0 === data.type) {
      let err0 = { instancePath, schemaPath: '#/required', keyword: 'required', params: { missingProperty: 'type' } };
      (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
    }
    (void 0 !== data.class &&
      (validate0(data.class, { instancePath: instancePath + '/class', parentData: data, parentDataProperty: 'class', rootData }) ||
        (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)),
      void 0 !== data.deleteClaim &&
        (validate1(data.deleteClaim, { instancePath: instancePath + '/deleteClaim', parentData: data, parentDataProperty: 'deleteClaim', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate1.errors : vErrors.concat(validate1.errors)).length)),
      void 0 !== data.id &&
        (validate2(data.id, { instancePath: instancePath + '/id', parentData: data, parentDataProperty: 'id', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate2.errors : vErrors.concat(validate2.errors)).length)),
      void 0 !== data.kraftMetadata &&
        (validate3(data.kraftMetadata, { instancePath: instancePath + '/kraftMetadata', parentData: data, parentDataProperty: 'kraftMetadata', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate3.errors : vErrors.concat(validate3.errors)).length)),
      void 0 !== data.overrides &&
        (validate4(data.overrides, { instancePath: instancePath + '/overrides', parentData: data, parentDataProperty: 'overrides', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate4.errors : vErrors.concat(validate4.errors)).length)),
      void 0 !== data.selector &&
        (validate10(data.selector, { instancePath: instancePath + '/selector', parentData: data, parentDataProperty: 'selector', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate10.errors : vErrors.concat(validate10.errors)).length)),
      void 0 !== data.size &&
        (validate0(data.size, { instancePath: instancePath + '/size', parentData: data, parentDataProperty: 'size', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)),
      void 0 !== data.sizeLimit &&
        (validate13(data.sizeLimit, { instancePath: instancePath + '/sizeLimit', parentData: data, parentDataProperty: 'sizeLimit', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate13.errors : vErrors.concat(validate13.errors)).length)),
      void 0 !== data.type &&
        (validate165(data.type, { instancePath: instancePath + '/type', parentData: data, parentDataProperty: 'type', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate165.errors : vErrors.concat(validate165.errors)).length)),
      void 0 !== data.volumeAttributesClass &&
        (validate0(data.volumeAttributesClass, {
          instancePath: instancePath + '/volumeAttributesClass',
          parentData: data,
          parentDataProperty: 'volumeAttributesClass',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)),
      void 0 !== data.volumes &&
        (validate168(data.volumes, { instancePath: instancePath + '/volumes', parentData: data, parentDataProperty: 'volumes', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate168.errors : vErrors.concat(validate168.errors)).length)));
  } else {
    let err1 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' } };
    (null === vErrors ? (vErrors = [err1]) : vErrors.push(err1), errors++);
  }
  return ((validate156.errors = vErrors), 0 === errors);
}
let schema48_enum = ['controller', 'broker'];
function validate143(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if ('string' != typeof data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'string' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  if ('controller' !== data && 'broker' !== data) {
    let err1 = { instancePath, schemaPath: '#/enum', keyword: 'enum', params: { allowedValues: schema48_enum } };
    (null === vErrors ? (vErrors = [err1]) : vErrors.push(err1), errors++);
  }
  return ((validate143.errors = vErrors), 0 === errors);
}
function validate184(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++)
      validate143(data[i0], { instancePath: instancePath + '/' + i0, parentData: data, parentDataProperty: i0, rootData }) ||
        (errors = (vErrors = null === vErrors ? validate143.errors : vErrors.concat(validate143.errors)).length);
  } else {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'array' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  return ((validate184.errors = vErrors), 0 === errors);
}
function validate189(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (data && 'object' == typeof data && !Array.isArray(data))
    (void 0 !== data.name &&
      (validate0(data.name, { instancePath: instancePath + '/name', parentData: data, parentDataProperty: 'name', rootData }) ||
        (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)),
      void 0 !== data.request &&
        (validate0(data.request, { instancePath: instancePath + '/request', parentData: data, parentDataProperty: 'request', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)));
  else {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  return ((validate189.errors = vErrors), 0 === errors);
}
function validate188(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'array' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++)
      validate189(data[i0], { instancePath: instancePath + '/' + i0, parentData: data, parentDataProperty: i0, rootData }) ||
        (errors = (vErrors = null === vErrors ? validate189.errors : vErrors.concat(validate189.errors)).length);
  }
  return ((validate188.errors = vErrors), 0 === errors);
}
function validate16(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (!('number' == typeof data && !(data % 1) && !isNaN(data) && isFinite(data))) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'integer' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  return ((validate16.errors = vErrors), 0 === errors);
}
let pattern1 = RegExp('^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$', 'u');
function validate15(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0,
    valid0 = !1;
  validate16(data, { instancePath, parentData, parentDataProperty, rootData }) ||
    (errors = (vErrors = null === vErrors ? validate16.errors : vErrors.concat(validate16.errors)).length);
  var _valid0 = 0 === errors;
  if (!(valid0 = valid0 || _valid0)) {
    let _errs2 = errors;
    validate11(data, { instancePath, parentData, parentDataProperty, rootData }) ||
      (errors = (vErrors = null === vErrors ? validate11.errors : vErrors.concat(validate11.errors)).length);
    var _valid0 = _errs2 === errors;
    valid0 = valid0 || _valid0;
  }
  if (valid0) ((errors = 0), null !== vErrors && (vErrors = null));
  else {
    let err0 = { instancePath, schemaPath: '#/anyOf', keyword: 'anyOf', params: {} };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  if ('string' == typeof data && !pattern1.test(data)) {
    let err1 = {
      instancePath,
      schemaPath: '#/pattern',
      keyword: 'pattern',
      params: { pattern: '^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$' },
    };
    (null === vErrors ? (vErrors = [err1]) : vErrors.push(err1), errors++);
  }
  return ((validate15.errors = vErrors), 0 === errors);
}
function validate14(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (!(data && 'object' == typeof data && !Array.isArray(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  if (data && 'object' == typeof data && !Array.isArray(data))
    for (let key0 in data)
      validate15(data[key0], {
        instancePath: instancePath + '/' + key0.replace(/~/g, '~0').replace(/\//g, '~1'),
        parentData: data,
        parentDataProperty: key0,
        rootData,
      }) || (errors = (vErrors = null === vErrors ? validate15.errors : vErrors.concat(validate15.errors)).length);
  return ((validate14.errors = vErrors), 0 === errors);
}
function validate187(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
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
      (void 0 !== data.claims &&
        (validate188(data.claims, { instancePath: instancePath + '/claims', parentData: data, parentDataProperty: 'claims', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate188.errors : vErrors.concat(validate188.errors)).length)),
      void 0 !== data.limits &&
        (validate14(data.limits, { instancePath: instancePath + '/limits', parentData: data, parentDataProperty: 'limits', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate14.errors : vErrors.concat(validate14.errors)).length)),
      void 0 !== data.requests &&
        (validate14(data.requests, { instancePath: instancePath + '/requests', parentData: data, parentDataProperty: 'requests', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate14.errors : vErrors.concat(validate14.errors)).length))),
    (validate187.errors = vErrors),
    0 === errors
  );
}
let pattern2 = RegExp('^[0-9]+[mMgG]?$', 'u');
function validate20(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if ('string' != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'string' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  if ('string' == typeof data && !pattern2.test(data)) {
    let err1 = { instancePath, schemaPath: '#/pattern', keyword: 'pattern', params: { pattern: '^[0-9]+[mMgG]?$' } };
    (null === vErrors ? (vErrors = [err1]) : vErrors.push(err1), errors++);
  }
  return ((validate20.errors = vErrors), 0 === errors);
}
function validate28(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (data && 'object' == typeof data && !Array.isArray(data))
    (void 0 !== data.name &&
      (validate0(data.name, { instancePath: instancePath + '/name', parentData: data, parentDataProperty: 'name', rootData }) ||
        (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)),
      void 0 !== data.value &&
        (validate0(data.value, { instancePath: instancePath + '/value', parentData: data, parentDataProperty: 'value', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)));
  else {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  return ((validate28.errors = vErrors), 0 === errors);
}
function validate27(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'array' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++)
      validate28(data[i0], { instancePath: instancePath + '/' + i0, parentData: data, parentDataProperty: i0, rootData }) ||
        (errors = (vErrors = null === vErrors ? validate28.errors : vErrors.concat(validate28.errors)).length);
  }
  return ((validate27.errors = vErrors), 0 === errors);
}
function validate197(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
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
      (void 0 !== data['-XX'] &&
        (validate10(data['-XX'], { instancePath: instancePath + '/-XX', parentData: data, parentDataProperty: '-XX', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate10.errors : vErrors.concat(validate10.errors)).length)),
      void 0 !== data['-Xmx'] &&
        (validate20(data['-Xmx'], { instancePath: instancePath + '/-Xmx', parentData: data, parentDataProperty: '-Xmx', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate20.errors : vErrors.concat(validate20.errors)).length)),
      void 0 !== data['-Xms'] &&
        (validate20(data['-Xms'], { instancePath: instancePath + '/-Xms', parentData: data, parentDataProperty: '-Xms', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate20.errors : vErrors.concat(validate20.errors)).length)),
      void 0 !== data.gcLoggingEnabled &&
        (validate1(data.gcLoggingEnabled, {
          instancePath: instancePath + '/gcLoggingEnabled',
          parentData: data,
          parentDataProperty: 'gcLoggingEnabled',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate1.errors : vErrors.concat(validate1.errors)).length)),
      void 0 !== data.javaSystemProperties &&
        (validate27(data.javaSystemProperties, {
          instancePath: instancePath + '/javaSystemProperties',
          parentData: data,
          parentDataProperty: 'javaSystemProperties',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate27.errors : vErrors.concat(validate27.errors)).length))),
    (validate197.errors = vErrors),
    0 === errors
  );
}
function validate21(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
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
        (validate10(data.labels, { instancePath: instancePath + '/labels', parentData: data, parentDataProperty: 'labels', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate10.errors : vErrors.concat(validate10.errors)).length)),
      void 0 !== data.annotations &&
        (validate10(data.annotations, { instancePath: instancePath + '/annotations', parentData: data, parentDataProperty: 'annotations', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate10.errors : vErrors.concat(validate10.errors)).length))),
    (validate21.errors = vErrors),
    0 === errors
  );
}
function validate74(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
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
      (validate21(data.metadata, { instancePath: instancePath + '/metadata', parentData: data, parentDataProperty: 'metadata', rootData }) ||
        (errors = (vErrors = null === vErrors ? validate21.errors : vErrors.concat(validate21.errors)).length)),
    (validate74.errors = vErrors),
    0 === errors
  );
}
function validate209(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (data && 'object' == typeof data && !Array.isArray(data))
    void 0 !== data.name &&
      (validate0(data.name, { instancePath: instancePath + '/name', parentData: data, parentDataProperty: 'name', rootData }) ||
        (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length));
  else {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  return ((validate209.errors = vErrors), 0 === errors);
}
function validate208(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'array' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++)
      validate209(data[i0], { instancePath: instancePath + '/' + i0, parentData: data, parentDataProperty: i0, rootData }) ||
        (errors = (vErrors = null === vErrors ? validate209.errors : vErrors.concat(validate209.errors)).length);
  }
  return ((validate208.errors = vErrors), 0 === errors);
}
function validate24(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
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
      (void 0 !== data.localhostProfile &&
        (validate0(data.localhostProfile, {
          instancePath: instancePath + '/localhostProfile',
          parentData: data,
          parentDataProperty: 'localhostProfile',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)),
      void 0 !== data.type &&
        (validate0(data.type, { instancePath: instancePath + '/type', parentData: data, parentDataProperty: 'type', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length))),
    (validate24.errors = vErrors),
    0 === errors
  );
}
function validate80(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
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
      (void 0 !== data.level &&
        (validate0(data.level, { instancePath: instancePath + '/level', parentData: data, parentDataProperty: 'level', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)),
      void 0 !== data.role &&
        (validate0(data.role, { instancePath: instancePath + '/role', parentData: data, parentDataProperty: 'role', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)),
      void 0 !== data.type &&
        (validate0(data.type, { instancePath: instancePath + '/type', parentData: data, parentDataProperty: 'type', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)),
      void 0 !== data.user &&
        (validate0(data.user, { instancePath: instancePath + '/user', parentData: data, parentDataProperty: 'user', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length))),
    (validate80.errors = vErrors),
    0 === errors
  );
}
function validate141(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'array' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++)
      validate16(data[i0], { instancePath: instancePath + '/' + i0, parentData: data, parentDataProperty: i0, rootData }) ||
        (errors = (vErrors = null === vErrors ? validate16.errors : vErrors.concat(validate16.errors)).length);
  }
  return ((validate141.errors = vErrors), 0 === errors);
}
function validate85(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
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
      (void 0 !== data.gmsaCredentialSpec &&
        (validate0(data.gmsaCredentialSpec, {
          instancePath: instancePath + '/gmsaCredentialSpec',
          parentData: data,
          parentDataProperty: 'gmsaCredentialSpec',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)),
      void 0 !== data.gmsaCredentialSpecName &&
        (validate0(data.gmsaCredentialSpecName, {
          instancePath: instancePath + '/gmsaCredentialSpecName',
          parentData: data,
          parentDataProperty: 'gmsaCredentialSpecName',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)),
      void 0 !== data.hostProcess &&
        (validate1(data.hostProcess, { instancePath: instancePath + '/hostProcess', parentData: data, parentDataProperty: 'hostProcess', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate1.errors : vErrors.concat(validate1.errors)).length)),
      void 0 !== data.runAsUserName &&
        (validate0(data.runAsUserName, { instancePath: instancePath + '/runAsUserName', parentData: data, parentDataProperty: 'runAsUserName', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length))),
    (validate85.errors = vErrors),
    0 === errors
  );
}
function validate213(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
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
      (void 0 !== data.appArmorProfile &&
        (validate24(data.appArmorProfile, {
          instancePath: instancePath + '/appArmorProfile',
          parentData: data,
          parentDataProperty: 'appArmorProfile',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate24.errors : vErrors.concat(validate24.errors)).length)),
      void 0 !== data.fsGroup &&
        (validate7(data.fsGroup, { instancePath: instancePath + '/fsGroup', parentData: data, parentDataProperty: 'fsGroup', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate7.errors : vErrors.concat(validate7.errors)).length)),
      void 0 !== data.fsGroupChangePolicy &&
        (validate0(data.fsGroupChangePolicy, {
          instancePath: instancePath + '/fsGroupChangePolicy',
          parentData: data,
          parentDataProperty: 'fsGroupChangePolicy',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)),
      void 0 !== data.runAsGroup &&
        (validate7(data.runAsGroup, { instancePath: instancePath + '/runAsGroup', parentData: data, parentDataProperty: 'runAsGroup', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate7.errors : vErrors.concat(validate7.errors)).length)),
      void 0 !== data.runAsNonRoot &&
        (validate1(data.runAsNonRoot, { instancePath: instancePath + '/runAsNonRoot', parentData: data, parentDataProperty: 'runAsNonRoot', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate1.errors : vErrors.concat(validate1.errors)).length)),
      void 0 !== data.runAsUser &&
        (validate7(data.runAsUser, { instancePath: instancePath + '/runAsUser', parentData: data, parentDataProperty: 'runAsUser', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate7.errors : vErrors.concat(validate7.errors)).length)),
      void 0 !== data.seLinuxChangePolicy &&
        (validate0(data.seLinuxChangePolicy, {
          instancePath: instancePath + '/seLinuxChangePolicy',
          parentData: data,
          parentDataProperty: 'seLinuxChangePolicy',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)),
      void 0 !== data.seLinuxOptions &&
        (validate80(data.seLinuxOptions, {
          instancePath: instancePath + '/seLinuxOptions',
          parentData: data,
          parentDataProperty: 'seLinuxOptions',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate80.errors : vErrors.concat(validate80.errors)).length)),
      void 0 !== data.seccompProfile &&
        (validate24(data.seccompProfile, {
          instancePath: instancePath + '/seccompProfile',
          parentData: data,
          parentDataProperty: 'seccompProfile',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate24.errors : vErrors.concat(validate24.errors)).length)),
      void 0 !== data.supplementalGroups &&
        (validate141(data.supplementalGroups, {
          instancePath: instancePath + '/supplementalGroups',
          parentData: data,
          parentDataProperty: 'supplementalGroups',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate141.errors : vErrors.concat(validate141.errors)).length)),
      void 0 !== data.supplementalGroupsPolicy &&
        (validate0(data.supplementalGroupsPolicy, {
          instancePath: instancePath + '/supplementalGroupsPolicy',
          parentData: data,
          parentDataProperty: 'supplementalGroupsPolicy',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)),
      void 0 !== data.sysctls &&
        (validate27(data.sysctls, { instancePath: instancePath + '/sysctls', parentData: data, parentDataProperty: 'sysctls', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate27.errors : vErrors.concat(validate27.errors)).length)),
      void 0 !== data.windowsOptions &&
        (validate85(data.windowsOptions, {
          instancePath: instancePath + '/windowsOptions',
          parentData: data,
          parentDataProperty: 'windowsOptions',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate85.errors : vErrors.concat(validate85.errors)).length))),
    (validate213.errors = vErrors),
    0 === errors
  );
}
function validate36(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'array' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++)
      validate11(data[i0], { instancePath: instancePath + '/' + i0, parentData: data, parentDataProperty: i0, rootData }) ||
        (errors = (vErrors = null === vErrors ? validate11.errors : vErrors.concat(validate11.errors)).length);
  }
  return ((validate36.errors = vErrors), 0 === errors);
}
function validate33(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (data && 'object' == typeof data && !Array.isArray(data))
    (void 0 !== data.key &&
      (validate0(data.key, { instancePath: instancePath + '/key', parentData: data, parentDataProperty: 'key', rootData }) ||
        (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)),
      void 0 !== data.operator &&
        (validate0(data.operator, { instancePath: instancePath + '/operator', parentData: data, parentDataProperty: 'operator', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)),
      void 0 !== data.values &&
        (validate36(data.values, { instancePath: instancePath + '/values', parentData: data, parentDataProperty: 'values', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate36.errors : vErrors.concat(validate36.errors)).length)));
  else {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  return ((validate33.errors = vErrors), 0 === errors);
}
function validate32(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'array' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++)
      validate33(data[i0], { instancePath: instancePath + '/' + i0, parentData: data, parentDataProperty: i0, rootData }) ||
        (errors = (vErrors = null === vErrors ? validate33.errors : vErrors.concat(validate33.errors)).length);
  }
  return ((validate32.errors = vErrors), 0 === errors);
}
function validate233(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
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
      (void 0 !== data.matchExpressions &&
        (validate32(data.matchExpressions, {
          instancePath: instancePath + '/matchExpressions',
          parentData: data,
          parentDataProperty: 'matchExpressions',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate32.errors : vErrors.concat(validate32.errors)).length)),
      void 0 !== data.matchFields &&
        (validate32(data.matchFields, { instancePath: instancePath + '/matchFields', parentData: data, parentDataProperty: 'matchFields', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate32.errors : vErrors.concat(validate32.errors)).length))),
    (validate233.errors = vErrors),
    0 === errors
  );
}
function validate232(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (data && 'object' == typeof data && !Array.isArray(data))
    (void 0 !== data.preference &&
      (validate233(data.preference, { instancePath: instancePath + '/preference', parentData: data, parentDataProperty: 'preference', rootData }) ||
        (errors = (vErrors = null === vErrors ? validate233.errors : vErrors.concat(validate233.errors)).length)),
      void 0 !== data.weight &&
        (validate7(data.weight, { instancePath: instancePath + '/weight', parentData: data, parentDataProperty: 'weight', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate7.errors : vErrors.concat(validate7.errors)).length)));
  else {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  return ((validate232.errors = vErrors), 0 === errors);
}
function validate231(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'array' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++)
      validate232(data[i0], { instancePath: instancePath + '/' + i0, parentData: data, parentDataProperty: i0, rootData }) ||
        (errors = (vErrors = null === vErrors ? validate232.errors : vErrors.concat(validate232.errors)).length);
  }
  return ((validate231.errors = vErrors), 0 === errors);
}
function validate242(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (data && 'object' == typeof data && !Array.isArray(data))
    (void 0 !== data.matchExpressions &&
      (validate32(data.matchExpressions, {
        instancePath: instancePath + '/matchExpressions',
        parentData: data,
        parentDataProperty: 'matchExpressions',
        rootData,
      }) ||
        (errors = (vErrors = null === vErrors ? validate32.errors : vErrors.concat(validate32.errors)).length)),
      void 0 !== data.matchFields &&
        (validate32(data.matchFields, { instancePath: instancePath + '/matchFields', parentData: data, parentDataProperty: 'matchFields', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate32.errors : vErrors.concat(validate32.errors)).length)));
  else {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  return ((validate242.errors = vErrors), 0 === errors);
}
function validate241(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'array' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++)
      validate242(data[i0], { instancePath: instancePath + '/' + i0, parentData: data, parentDataProperty: i0, rootData }) ||
        (errors = (vErrors = null === vErrors ? validate242.errors : vErrors.concat(validate242.errors)).length);
  }
  return ((validate241.errors = vErrors), 0 === errors);
}
function validate240(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
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
      void 0 !== data.nodeSelectorTerms &&
      (validate241(data.nodeSelectorTerms, {
        instancePath: instancePath + '/nodeSelectorTerms',
        parentData: data,
        parentDataProperty: 'nodeSelectorTerms',
        rootData,
      }) ||
        (errors = (vErrors = null === vErrors ? validate241.errors : vErrors.concat(validate241.errors)).length)),
    (validate240.errors = vErrors),
    0 === errors
  );
}
function validate230(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
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
      (void 0 !== data.preferredDuringSchedulingIgnoredDuringExecution &&
        (validate231(data.preferredDuringSchedulingIgnoredDuringExecution, {
          instancePath: instancePath + '/preferredDuringSchedulingIgnoredDuringExecution',
          parentData: data,
          parentDataProperty: 'preferredDuringSchedulingIgnoredDuringExecution',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate231.errors : vErrors.concat(validate231.errors)).length)),
      void 0 !== data.requiredDuringSchedulingIgnoredDuringExecution &&
        (validate240(data.requiredDuringSchedulingIgnoredDuringExecution, {
          instancePath: instancePath + '/requiredDuringSchedulingIgnoredDuringExecution',
          parentData: data,
          parentDataProperty: 'requiredDuringSchedulingIgnoredDuringExecution',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate240.errors : vErrors.concat(validate240.errors)).length))),
    (validate230.errors = vErrors),
    0 === errors
  );
}
function validate40(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
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
      (void 0 !== data.matchExpressions &&
        (validate32(data.matchExpressions, {
          instancePath: instancePath + '/matchExpressions',
          parentData: data,
          parentDataProperty: 'matchExpressions',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate32.errors : vErrors.concat(validate32.errors)).length)),
      void 0 !== data.matchLabels &&
        (validate10(data.matchLabels, { instancePath: instancePath + '/matchLabels', parentData: data, parentDataProperty: 'matchLabels', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate10.errors : vErrors.concat(validate10.errors)).length))),
    (validate40.errors = vErrors),
    0 === errors
  );
}
function validate46(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
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
      (void 0 !== data.labelSelector &&
        (validate40(data.labelSelector, { instancePath: instancePath + '/labelSelector', parentData: data, parentDataProperty: 'labelSelector', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate40.errors : vErrors.concat(validate40.errors)).length)),
      void 0 !== data.matchLabelKeys &&
        (validate36(data.matchLabelKeys, {
          instancePath: instancePath + '/matchLabelKeys',
          parentData: data,
          parentDataProperty: 'matchLabelKeys',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate36.errors : vErrors.concat(validate36.errors)).length)),
      void 0 !== data.mismatchLabelKeys &&
        (validate36(data.mismatchLabelKeys, {
          instancePath: instancePath + '/mismatchLabelKeys',
          parentData: data,
          parentDataProperty: 'mismatchLabelKeys',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate36.errors : vErrors.concat(validate36.errors)).length)),
      void 0 !== data.namespaceSelector &&
        (validate40(data.namespaceSelector, {
          instancePath: instancePath + '/namespaceSelector',
          parentData: data,
          parentDataProperty: 'namespaceSelector',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate40.errors : vErrors.concat(validate40.errors)).length)),
      void 0 !== data.namespaces &&
        (validate36(data.namespaces, { instancePath: instancePath + '/namespaces', parentData: data, parentDataProperty: 'namespaces', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate36.errors : vErrors.concat(validate36.errors)).length)),
      void 0 !== data.topologyKey &&
        (validate0(data.topologyKey, { instancePath: instancePath + '/topologyKey', parentData: data, parentDataProperty: 'topologyKey', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length))),
    (validate46.errors = vErrors),
    0 === errors
  );
}
function validate45(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (data && 'object' == typeof data && !Array.isArray(data))
    (void 0 !== data.podAffinityTerm &&
      (validate46(data.podAffinityTerm, {
        instancePath: instancePath + '/podAffinityTerm',
        parentData: data,
        parentDataProperty: 'podAffinityTerm',
        rootData,
      }) ||
        (errors = (vErrors = null === vErrors ? validate46.errors : vErrors.concat(validate46.errors)).length)),
      void 0 !== data.weight &&
        (validate7(data.weight, { instancePath: instancePath + '/weight', parentData: data, parentDataProperty: 'weight', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate7.errors : vErrors.concat(validate7.errors)).length)));
  else {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
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
function validate58(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (data && 'object' == typeof data && !Array.isArray(data))
    (void 0 !== data.labelSelector &&
      (validate40(data.labelSelector, { instancePath: instancePath + '/labelSelector', parentData: data, parentDataProperty: 'labelSelector', rootData }) ||
        (errors = (vErrors = null === vErrors ? validate40.errors : vErrors.concat(validate40.errors)).length)),
      void 0 !== data.matchLabelKeys &&
        (validate36(data.matchLabelKeys, {
          instancePath: instancePath + '/matchLabelKeys',
          parentData: data,
          parentDataProperty: 'matchLabelKeys',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate36.errors : vErrors.concat(validate36.errors)).length)),
      void 0 !== data.mismatchLabelKeys &&
        (validate36(data.mismatchLabelKeys, {
          instancePath: instancePath + '/mismatchLabelKeys',
          parentData: data,
          parentDataProperty: 'mismatchLabelKeys',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate36.errors : vErrors.concat(validate36.errors)).length)),
      void 0 !== data.namespaceSelector &&
        (validate40(data.namespaceSelector, {
          instancePath: instancePath + '/namespaceSelector',
          parentData: data,
          parentDataProperty: 'namespaceSelector',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate40.errors : vErrors.concat(validate40.errors)).length)),
      void 0 !== data.namespaces &&
        (validate36(data.namespaces, { instancePath: instancePath + '/namespaces', parentData: data, parentDataProperty: 'namespaces', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate36.errors : vErrors.concat(validate36.errors)).length)),
      void 0 !== data.topologyKey &&
        (validate0(data.topologyKey, { instancePath: instancePath + '/topologyKey', parentData: data, parentDataProperty: 'topologyKey', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)));
  else {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  return ((validate58.errors = vErrors), 0 === errors);
}
function validate57(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'array' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++)
      validate58(data[i0], { instancePath: instancePath + '/' + i0, parentData: data, parentDataProperty: i0, rootData }) ||
        (errors = (vErrors = null === vErrors ? validate58.errors : vErrors.concat(validate58.errors)).length);
  }
  return ((validate57.errors = vErrors), 0 === errors);
}
function validate43(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
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
      (void 0 !== data.preferredDuringSchedulingIgnoredDuringExecution &&
        (validate44(data.preferredDuringSchedulingIgnoredDuringExecution, {
          instancePath: instancePath + '/preferredDuringSchedulingIgnoredDuringExecution',
          parentData: data,
          parentDataProperty: 'preferredDuringSchedulingIgnoredDuringExecution',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate44.errors : vErrors.concat(validate44.errors)).length)),
      void 0 !== data.requiredDuringSchedulingIgnoredDuringExecution &&
        (validate57(data.requiredDuringSchedulingIgnoredDuringExecution, {
          instancePath: instancePath + '/requiredDuringSchedulingIgnoredDuringExecution',
          parentData: data,
          parentDataProperty: 'requiredDuringSchedulingIgnoredDuringExecution',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate57.errors : vErrors.concat(validate57.errors)).length))),
    (validate43.errors = vErrors),
    0 === errors
  );
}
function validate229(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
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
      (void 0 !== data.nodeAffinity &&
        (validate230(data.nodeAffinity, { instancePath: instancePath + '/nodeAffinity', parentData: data, parentDataProperty: 'nodeAffinity', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate230.errors : vErrors.concat(validate230.errors)).length)),
      void 0 !== data.podAffinity &&
        (validate43(data.podAffinity, { instancePath: instancePath + '/podAffinity', parentData: data, parentDataProperty: 'podAffinity', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate43.errors : vErrors.concat(validate43.errors)).length)),
      void 0 !== data.podAntiAffinity &&
        (validate43(data.podAntiAffinity, {
          instancePath: instancePath + '/podAntiAffinity',
          parentData: data,
          parentDataProperty: 'podAntiAffinity',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate43.errors : vErrors.concat(validate43.errors)).length))),
    (validate229.errors = vErrors),
    0 === errors
  );
}
function validate253(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (data && 'object' == typeof data && !Array.isArray(data))
    (void 0 !== data.effect &&
      (validate0(data.effect, { instancePath: instancePath + '/effect', parentData: data, parentDataProperty: 'effect', rootData }) ||
        (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)),
      void 0 !== data.key &&
        (validate0(data.key, { instancePath: instancePath + '/key', parentData: data, parentDataProperty: 'key', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)),
      void 0 !== data.operator &&
        (validate0(data.operator, { instancePath: instancePath + '/operator', parentData: data, parentDataProperty: 'operator', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)),
      void 0 !== data.tolerationSeconds &&
        (validate7(data.tolerationSeconds, {
          instancePath: instancePath + '/tolerationSeconds',
          parentData: data,
          parentDataProperty: 'tolerationSeconds',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate7.errors : vErrors.concat(validate7.errors)).length)),
      void 0 !== data.value &&
        (validate0(data.value, { instancePath: instancePath + '/value', parentData: data, parentDataProperty: 'value', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)));
  else {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  return ((validate253.errors = vErrors), 0 === errors);
}
function validate252(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'array' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++)
      validate253(data[i0], { instancePath: instancePath + '/' + i0, parentData: data, parentDataProperty: i0, rootData }) ||
        (errors = (vErrors = null === vErrors ? validate253.errors : vErrors.concat(validate253.errors)).length);
  }
  return ((validate252.errors = vErrors), 0 === errors);
}
function validate262(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (data && 'object' == typeof data && !Array.isArray(data))
    (void 0 !== data.labelSelector &&
      (validate40(data.labelSelector, { instancePath: instancePath + '/labelSelector', parentData: data, parentDataProperty: 'labelSelector', rootData }) ||
        (errors = (vErrors = null === vErrors ? validate40.errors : vErrors.concat(validate40.errors)).length)),
      void 0 !== data.matchLabelKeys &&
        (validate36(data.matchLabelKeys, {
          instancePath: instancePath + '/matchLabelKeys',
          parentData: data,
          parentDataProperty: 'matchLabelKeys',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate36.errors : vErrors.concat(validate36.errors)).length)),
      void 0 !== data.maxSkew &&
        (validate7(data.maxSkew, { instancePath: instancePath + '/maxSkew', parentData: data, parentDataProperty: 'maxSkew', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate7.errors : vErrors.concat(validate7.errors)).length)),
      void 0 !== data.minDomains &&
        (validate7(data.minDomains, { instancePath: instancePath + '/minDomains', parentData: data, parentDataProperty: 'minDomains', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate7.errors : vErrors.concat(validate7.errors)).length)),
      void 0 !== data.nodeAffinityPolicy &&
        (validate0(data.nodeAffinityPolicy, {
          instancePath: instancePath + '/nodeAffinityPolicy',
          parentData: data,
          parentDataProperty: 'nodeAffinityPolicy',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)),
      void 0 !== data.nodeTaintsPolicy &&
        (validate0(data.nodeTaintsPolicy, {
          instancePath: instancePath + '/nodeTaintsPolicy',
          parentData: data,
          parentDataProperty: 'nodeTaintsPolicy',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)),
      void 0 !== data.topologyKey &&
        (validate0(data.topologyKey, { instancePath: instancePath + '/topologyKey', parentData: data, parentDataProperty: 'topologyKey', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)),
      void 0 !== data.whenUnsatisfiable &&
        (validate0(data.whenUnsatisfiable, {
          instancePath: instancePath + '/whenUnsatisfiable',
          parentData: data,
          parentDataProperty: 'whenUnsatisfiable',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)));
  else {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  return ((validate262.errors = vErrors), 0 === errors);
}
function validate261(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'array' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++)
      validate262(data[i0], { instancePath: instancePath + '/' + i0, parentData: data, parentDataProperty: i0, rootData }) ||
        (errors = (vErrors = null === vErrors ? validate262.errors : vErrors.concat(validate262.errors)).length);
  }
  return ((validate261.errors = vErrors), 0 === errors);
}
function validate276(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (data && 'object' == typeof data && !Array.isArray(data))
    (void 0 !== data.hostnames &&
      (validate36(data.hostnames, { instancePath: instancePath + '/hostnames', parentData: data, parentDataProperty: 'hostnames', rootData }) ||
        (errors = (vErrors = null === vErrors ? validate36.errors : vErrors.concat(validate36.errors)).length)),
      void 0 !== data.ip &&
        (validate0(data.ip, { instancePath: instancePath + '/ip', parentData: data, parentDataProperty: 'ip', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)));
  else {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  return ((validate276.errors = vErrors), 0 === errors);
}
function validate275(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'array' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++)
      validate276(data[i0], { instancePath: instancePath + '/' + i0, parentData: data, parentDataProperty: i0, rootData }) ||
        (errors = (vErrors = null === vErrors ? validate276.errors : vErrors.concat(validate276.errors)).length);
  }
  return ((validate275.errors = vErrors), 0 === errors);
}
let schema85_enum = ['ClusterFirst', 'ClusterFirstWithHostNet', 'Default', 'None'];
function validate281(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if ('string' != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'string' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  if ('ClusterFirst' !== data && 'ClusterFirstWithHostNet' !== data && 'Default' !== data && 'None' !== data) {
    let err1 = { instancePath, schemaPath: '#/enum', keyword: 'enum', params: { allowedValues: schema85_enum } };
    (null === vErrors ? (vErrors = [err1]) : vErrors.push(err1), errors++);
  }
  return ((validate281.errors = vErrors), 0 === errors);
}
function validate283(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
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
      (void 0 !== data.nameservers &&
        (validate36(data.nameservers, { instancePath: instancePath + '/nameservers', parentData: data, parentDataProperty: 'nameservers', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate36.errors : vErrors.concat(validate36.errors)).length)),
      void 0 !== data.options &&
        (validate27(data.options, { instancePath: instancePath + '/options', parentData: data, parentDataProperty: 'options', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate27.errors : vErrors.concat(validate27.errors)).length)),
      void 0 !== data.searches &&
        (validate36(data.searches, { instancePath: instancePath + '/searches', parentData: data, parentDataProperty: 'searches', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate36.errors : vErrors.concat(validate36.errors)).length))),
    (validate283.errors = vErrors),
    0 === errors
  );
}
function validate73(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  return ((validate73.errors = null), !0);
}
function validate292(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  return (
    data &&
      'object' == typeof data &&
      !Array.isArray(data) &&
      (void 0 !== data.secret &&
        (validate73(data.secret, { instancePath: instancePath + '/secret', parentData: data, parentDataProperty: 'secret', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate73.errors : vErrors.concat(validate73.errors)).length)),
      void 0 !== data.configMap &&
        (validate73(data.configMap, { instancePath: instancePath + '/configMap', parentData: data, parentDataProperty: 'configMap', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate73.errors : vErrors.concat(validate73.errors)).length)),
      void 0 !== data.emptyDir &&
        (validate73(data.emptyDir, { instancePath: instancePath + '/emptyDir', parentData: data, parentDataProperty: 'emptyDir', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate73.errors : vErrors.concat(validate73.errors)).length)),
      void 0 !== data.persistentVolumeClaim &&
        (validate73(data.persistentVolumeClaim, {
          instancePath: instancePath + '/persistentVolumeClaim',
          parentData: data,
          parentDataProperty: 'persistentVolumeClaim',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate73.errors : vErrors.concat(validate73.errors)).length)),
      void 0 !== data.csi &&
        (validate73(data.csi, { instancePath: instancePath + '/csi', parentData: data, parentDataProperty: 'csi', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate73.errors : vErrors.concat(validate73.errors)).length)),
      void 0 !== data.image &&
        (validate73(data.image, { instancePath: instancePath + '/image', parentData: data, parentDataProperty: 'image', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate73.errors : vErrors.concat(validate73.errors)).length))),
    (validate292.errors = vErrors),
    0 === errors
  );
}
function validate68(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (data && 'object' == typeof data && !Array.isArray(data))
    (void 0 !== data.key &&
      (validate0(data.key, { instancePath: instancePath + '/key', parentData: data, parentDataProperty: 'key', rootData }) ||
        (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)),
      void 0 !== data.mode &&
        (validate7(data.mode, { instancePath: instancePath + '/mode', parentData: data, parentDataProperty: 'mode', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate7.errors : vErrors.concat(validate7.errors)).length)),
      void 0 !== data.path &&
        (validate0(data.path, { instancePath: instancePath + '/path', parentData: data, parentDataProperty: 'path', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)));
  else {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  return ((validate68.errors = vErrors), 0 === errors);
}
function validate67(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'array' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++)
      validate68(data[i0], { instancePath: instancePath + '/' + i0, parentData: data, parentDataProperty: i0, rootData }) ||
        (errors = (vErrors = null === vErrors ? validate68.errors : vErrors.concat(validate68.errors)).length);
  }
  return ((validate67.errors = vErrors), 0 === errors);
}
function validate301(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
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
      (void 0 !== data.defaultMode &&
        (validate7(data.defaultMode, { instancePath: instancePath + '/defaultMode', parentData: data, parentDataProperty: 'defaultMode', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate7.errors : vErrors.concat(validate7.errors)).length)),
      void 0 !== data.items &&
        (validate67(data.items, { instancePath: instancePath + '/items', parentData: data, parentDataProperty: 'items', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate67.errors : vErrors.concat(validate67.errors)).length)),
      void 0 !== data.optional &&
        (validate1(data.optional, { instancePath: instancePath + '/optional', parentData: data, parentDataProperty: 'optional', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate1.errors : vErrors.concat(validate1.errors)).length)),
      void 0 !== data.secretName &&
        (validate0(data.secretName, { instancePath: instancePath + '/secretName', parentData: data, parentDataProperty: 'secretName', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length))),
    (validate301.errors = vErrors),
    0 === errors
  );
}
function validate307(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
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
      (void 0 !== data.defaultMode &&
        (validate7(data.defaultMode, { instancePath: instancePath + '/defaultMode', parentData: data, parentDataProperty: 'defaultMode', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate7.errors : vErrors.concat(validate7.errors)).length)),
      void 0 !== data.items &&
        (validate67(data.items, { instancePath: instancePath + '/items', parentData: data, parentDataProperty: 'items', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate67.errors : vErrors.concat(validate67.errors)).length)),
      void 0 !== data.name &&
        (validate0(data.name, { instancePath: instancePath + '/name', parentData: data, parentDataProperty: 'name', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)),
      void 0 !== data.optional &&
        (validate1(data.optional, { instancePath: instancePath + '/optional', parentData: data, parentDataProperty: 'optional', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate1.errors : vErrors.concat(validate1.errors)).length))),
    (validate307.errors = vErrors),
    0 === errors
  );
}
let schema93_enum = ['Memory'];
function validate314(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if ('string' != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'string' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  if ('Memory' !== data) {
    let err1 = { instancePath, schemaPath: '#/enum', keyword: 'enum', params: { allowedValues: schema93_enum } };
    (null === vErrors ? (vErrors = [err1]) : vErrors.push(err1), errors++);
  }
  return ((validate314.errors = vErrors), 0 === errors);
}
function validate313(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
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
      (void 0 !== data.medium &&
        (validate314(data.medium, { instancePath: instancePath + '/medium', parentData: data, parentDataProperty: 'medium', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate314.errors : vErrors.concat(validate314.errors)).length)),
      void 0 !== data.sizeLimit &&
        (validate13(data.sizeLimit, { instancePath: instancePath + '/sizeLimit', parentData: data, parentDataProperty: 'sizeLimit', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate13.errors : vErrors.concat(validate13.errors)).length))),
    (validate313.errors = vErrors),
    0 === errors
  );
}
function validate318(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
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
      (void 0 !== data.claimName &&
        (validate0(data.claimName, { instancePath: instancePath + '/claimName', parentData: data, parentDataProperty: 'claimName', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)),
      void 0 !== data.readOnly &&
        (validate1(data.readOnly, { instancePath: instancePath + '/readOnly', parentData: data, parentDataProperty: 'readOnly', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate1.errors : vErrors.concat(validate1.errors)).length))),
    (validate318.errors = vErrors),
    0 === errors
  );
}
function validate325(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
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
      void 0 !== data.name &&
      (validate0(data.name, { instancePath: instancePath + '/name', parentData: data, parentDataProperty: 'name', rootData }) ||
        (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)),
    (validate325.errors = vErrors),
    0 === errors
  );
}
function validate322(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
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
      (void 0 !== data.driver &&
        (validate0(data.driver, { instancePath: instancePath + '/driver', parentData: data, parentDataProperty: 'driver', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)),
      void 0 !== data.fsType &&
        (validate0(data.fsType, { instancePath: instancePath + '/fsType', parentData: data, parentDataProperty: 'fsType', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)),
      void 0 !== data.nodePublishSecretRef &&
        (validate325(data.nodePublishSecretRef, {
          instancePath: instancePath + '/nodePublishSecretRef',
          parentData: data,
          parentDataProperty: 'nodePublishSecretRef',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate325.errors : vErrors.concat(validate325.errors)).length)),
      void 0 !== data.readOnly &&
        (validate1(data.readOnly, { instancePath: instancePath + '/readOnly', parentData: data, parentDataProperty: 'readOnly', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate1.errors : vErrors.concat(validate1.errors)).length)),
      void 0 !== data.volumeAttributes &&
        (validate10(data.volumeAttributes, {
          instancePath: instancePath + '/volumeAttributes',
          parentData: data,
          parentDataProperty: 'volumeAttributes',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate10.errors : vErrors.concat(validate10.errors)).length))),
    (validate322.errors = vErrors),
    0 === errors
  );
}
function validate331(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
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
      (void 0 !== data.pullPolicy &&
        (validate0(data.pullPolicy, { instancePath: instancePath + '/pullPolicy', parentData: data, parentDataProperty: 'pullPolicy', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)),
      void 0 !== data.reference &&
        (validate0(data.reference, { instancePath: instancePath + '/reference', parentData: data, parentDataProperty: 'reference', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length))),
    (validate331.errors = vErrors),
    0 === errors
  );
}
function validate291(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0,
    valid0 = !1,
    passing0 = null;
  if (
    (validate292(data, { instancePath, parentData, parentDataProperty, rootData }) ||
      (errors = (vErrors = null === vErrors ? validate292.errors : vErrors.concat(validate292.errors)).length),
    0 === errors && ((valid0 = !0), (passing0 = 0)),
    valid0)
  )
    ((errors = 0), null !== vErrors && (vErrors = null));
  else {
    let err0 = { instancePath, schemaPath: '#/oneOf', keyword: 'oneOf', params: { passingSchemas: passing0 } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  if (data && 'object' == typeof data && !Array.isArray(data))
    (void 0 !== data.name &&
      (validate0(data.name, { instancePath: instancePath + '/name', parentData: data, parentDataProperty: 'name', rootData }) ||
        (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)),
      void 0 !== data.secret &&
        (validate301(data.secret, { instancePath: instancePath + '/secret', parentData: data, parentDataProperty: 'secret', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate301.errors : vErrors.concat(validate301.errors)).length)),
      void 0 !== data.configMap &&
        (validate307(data.configMap, { instancePath: instancePath + '/configMap', parentData: data, parentDataProperty: 'configMap', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate307.errors : vErrors.concat(validate307.errors)).length)),
      void 0 !== data.emptyDir &&
        (validate313(data.emptyDir, { instancePath: instancePath + '/emptyDir', parentData: data, parentDataProperty: 'emptyDir', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate313.errors : vErrors.concat(validate313.errors)).length)),
      void 0 !== data.persistentVolumeClaim &&
        (validate318(data.persistentVolumeClaim, {
          instancePath: instancePath + '/persistentVolumeClaim',
          parentData: data,
          parentDataProperty: 'persistentVolumeClaim',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate318.errors : vErrors.concat(validate318.errors)).length)),
      void 0 !== data.csi &&
        (validate322(data.csi, { instancePath: instancePath + '/csi', parentData: data, parentDataProperty: 'csi', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate322.errors : vErrors.concat(validate322.errors)).length)),
      void 0 !== data.image &&
        (validate331(data.image, { instancePath: instancePath + '/image', parentData: data, parentDataProperty: 'image', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate331.errors : vErrors.concat(validate331.errors)).length)));
  else {
    let err1 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' } };
    (null === vErrors ? (vErrors = [err1]) : vErrors.push(err1), errors++);
  }
  return ((validate291.errors = vErrors), 0 === errors);
}
function validate290(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'array' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++)
      validate291(data[i0], { instancePath: instancePath + '/' + i0, parentData: data, parentDataProperty: i0, rootData }) ||
        (errors = (vErrors = null === vErrors ? validate291.errors : vErrors.concat(validate291.errors)).length);
  }
  return ((validate290.errors = vErrors), 0 === errors);
}
function validate206(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
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
      (void 0 !== data.metadata &&
        (validate21(data.metadata, { instancePath: instancePath + '/metadata', parentData: data, parentDataProperty: 'metadata', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate21.errors : vErrors.concat(validate21.errors)).length)),
      void 0 !== data.imagePullSecrets &&
        (validate208(data.imagePullSecrets, {
          instancePath: instancePath + '/imagePullSecrets',
          parentData: data,
          parentDataProperty: 'imagePullSecrets',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate208.errors : vErrors.concat(validate208.errors)).length)),
      void 0 !== data.securityContext &&
        (validate213(data.securityContext, {
          instancePath: instancePath + '/securityContext',
          parentData: data,
          parentDataProperty: 'securityContext',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate213.errors : vErrors.concat(validate213.errors)).length)),
      void 0 !== data.terminationGracePeriodSeconds &&
        (validate2(data.terminationGracePeriodSeconds, {
          instancePath: instancePath + '/terminationGracePeriodSeconds',
          parentData: data,
          parentDataProperty: 'terminationGracePeriodSeconds',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate2.errors : vErrors.concat(validate2.errors)).length)),
      void 0 !== data.affinity &&
        (validate229(data.affinity, { instancePath: instancePath + '/affinity', parentData: data, parentDataProperty: 'affinity', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate229.errors : vErrors.concat(validate229.errors)).length)),
      void 0 !== data.tolerations &&
        (validate252(data.tolerations, { instancePath: instancePath + '/tolerations', parentData: data, parentDataProperty: 'tolerations', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate252.errors : vErrors.concat(validate252.errors)).length)),
      void 0 !== data.topologySpreadConstraints &&
        (validate261(data.topologySpreadConstraints, {
          instancePath: instancePath + '/topologySpreadConstraints',
          parentData: data,
          parentDataProperty: 'topologySpreadConstraints',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate261.errors : vErrors.concat(validate261.errors)).length)),
      void 0 !== data.priorityClassName &&
        (validate0(data.priorityClassName, {
          instancePath: instancePath + '/priorityClassName',
          parentData: data,
          parentDataProperty: 'priorityClassName',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)),
      void 0 !== data.schedulerName &&
        (validate0(data.schedulerName, { instancePath: instancePath + '/schedulerName', parentData: data, parentDataProperty: 'schedulerName', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)),
      void 0 !== data.hostAliases &&
        (validate275(data.hostAliases, { instancePath: instancePath + '/hostAliases', parentData: data, parentDataProperty: 'hostAliases', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate275.errors : vErrors.concat(validate275.errors)).length)),
      void 0 !== data.dnsPolicy &&
        (validate281(data.dnsPolicy, { instancePath: instancePath + '/dnsPolicy', parentData: data, parentDataProperty: 'dnsPolicy', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate281.errors : vErrors.concat(validate281.errors)).length)),
      void 0 !== data.dnsConfig &&
        (validate283(data.dnsConfig, { instancePath: instancePath + '/dnsConfig', parentData: data, parentDataProperty: 'dnsConfig', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate283.errors : vErrors.concat(validate283.errors)).length)),
      void 0 !== data.enableServiceLinks &&
        (validate1(data.enableServiceLinks, {
          instancePath: instancePath + '/enableServiceLinks',
          parentData: data,
          parentDataProperty: 'enableServiceLinks',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate1.errors : vErrors.concat(validate1.errors)).length)),
      void 0 !== data.tmpDirSizeLimit &&
        (validate13(data.tmpDirSizeLimit, {
          instancePath: instancePath + '/tmpDirSizeLimit',
          parentData: data,
          parentDataProperty: 'tmpDirSizeLimit',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate13.errors : vErrors.concat(validate13.errors)).length)),
      void 0 !== data.volumes &&
        (validate290(data.volumes, { instancePath: instancePath + '/volumes', parentData: data, parentDataProperty: 'volumes', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate290.errors : vErrors.concat(validate290.errors)).length))),
    (validate206.errors = vErrors),
    0 === errors
  );
}
function validate93(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (data && 'object' == typeof data && !Array.isArray(data)) {
    if (void 0 === data.value) {
      let err0 = { instancePath, schemaPath: '#/required', keyword: 'required', params: { missingProperty: 'value' } };
      (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
    }
    void 0 !== data.value &&
      (validate73(data.value, { instancePath: instancePath + '/value', parentData: data, parentDataProperty: 'value', rootData }) ||
        (errors = (vErrors = null === vErrors ? validate73.errors : vErrors.concat(validate73.errors)).length));
  }
  return ((validate93.errors = vErrors), 0 === errors);
}
function validate96(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (data && 'object' == typeof data && !Array.isArray(data)) {
    if (void 0 === data.valueFrom) {
      let err0 = { instancePath, schemaPath: '#/required', keyword: 'required', params: { missingProperty: 'valueFrom' } };
      (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
    }
    void 0 !== data.valueFrom &&
      (validate73(data.valueFrom, { instancePath: instancePath + '/valueFrom', parentData: data, parentDataProperty: 'valueFrom', rootData }) ||
        (errors = (vErrors = null === vErrors ? validate73.errors : vErrors.concat(validate73.errors)).length));
  }
  return ((validate96.errors = vErrors), 0 === errors);
}
function validate102(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (data && 'object' == typeof data && !Array.isArray(data)) {
    if (void 0 === data.secretKeyRef) {
      let err0 = { instancePath, schemaPath: '#/required', keyword: 'required', params: { missingProperty: 'secretKeyRef' } };
      (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
    }
    void 0 !== data.secretKeyRef &&
      (validate73(data.secretKeyRef, { instancePath: instancePath + '/secretKeyRef', parentData: data, parentDataProperty: 'secretKeyRef', rootData }) ||
        (errors = (vErrors = null === vErrors ? validate73.errors : vErrors.concat(validate73.errors)).length));
  }
  return ((validate102.errors = vErrors), 0 === errors);
}
function validate105(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (data && 'object' == typeof data && !Array.isArray(data)) {
    if (void 0 === data.configMapKeyRef) {
      let err0 = { instancePath, schemaPath: '#/required', keyword: 'required', params: { missingProperty: 'configMapKeyRef' } };
      (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
    }
    void 0 !== data.configMapKeyRef &&
      (validate73(data.configMapKeyRef, {
        instancePath: instancePath + '/configMapKeyRef',
        parentData: data,
        parentDataProperty: 'configMapKeyRef',
        rootData,
      }) ||
        (errors = (vErrors = null === vErrors ? validate73.errors : vErrors.concat(validate73.errors)).length));
  }
  return ((validate105.errors = vErrors), 0 === errors);
}
function validate76(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
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
        (validate1(data.optional, { instancePath: instancePath + '/optional', parentData: data, parentDataProperty: 'optional', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate1.errors : vErrors.concat(validate1.errors)).length))),
    (validate76.errors = vErrors),
    0 === errors
  );
}
function validate101(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (!(data && 'object' == typeof data && !Array.isArray(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  let _errs2 = errors,
    valid0 = !1,
    passing0 = null,
    _errs3 = errors;
  validate102(data, { instancePath, parentData, parentDataProperty, rootData }) ||
    (errors = (vErrors = null === vErrors ? validate102.errors : vErrors.concat(validate102.errors)).length);
  var _valid0 = _errs3 === errors;
  _valid0 && ((valid0 = !0), (passing0 = 0));
  let _errs4 = errors;
  validate105(data, { instancePath, parentData, parentDataProperty, rootData }) ||
    (errors = (vErrors = null === vErrors ? validate105.errors : vErrors.concat(validate105.errors)).length);
  var _valid0 = _errs4 === errors;
  if ((_valid0 && valid0 ? ((valid0 = !1), (passing0 = [passing0, 1])) : _valid0 && ((valid0 = !0), (passing0 = 1)), valid0))
    ((errors = _errs2), null !== vErrors && (_errs2 ? (vErrors.length = _errs2) : (vErrors = null)));
  else {
    let err1 = { instancePath, schemaPath: '#/oneOf', keyword: 'oneOf', params: { passingSchemas: passing0 } };
    (null === vErrors ? (vErrors = [err1]) : vErrors.push(err1), errors++);
  }
  return (
    data &&
      'object' == typeof data &&
      !Array.isArray(data) &&
      (void 0 !== data.secretKeyRef &&
        (validate76(data.secretKeyRef, { instancePath: instancePath + '/secretKeyRef', parentData: data, parentDataProperty: 'secretKeyRef', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate76.errors : vErrors.concat(validate76.errors)).length)),
      void 0 !== data.configMapKeyRef &&
        (validate76(data.configMapKeyRef, {
          instancePath: instancePath + '/configMapKeyRef',
          parentData: data,
          parentDataProperty: 'configMapKeyRef',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate76.errors : vErrors.concat(validate76.errors)).length))),
    (validate101.errors = vErrors),
    0 === errors
  );
}
function validate92(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0,
    valid0 = !1,
    passing0 = null;
  validate93(data, { instancePath, parentData, parentDataProperty, rootData }) ||
    (errors = (vErrors = null === vErrors ? validate93.errors : vErrors.concat(validate93.errors)).length);
  var _valid0 = 0 === errors;
  _valid0 && ((valid0 = !0), (passing0 = 0));
  let _errs3 = errors;
  validate96(data, { instancePath, parentData, parentDataProperty, rootData }) ||
    (errors = (vErrors = null === vErrors ? validate96.errors : vErrors.concat(validate96.errors)).length);
  var _valid0 = _errs3 === errors;
  if ((_valid0 && valid0 ? ((valid0 = !1), (passing0 = [passing0, 1])) : _valid0 && ((valid0 = !0), (passing0 = 1)), valid0))
    ((errors = 0), null !== vErrors && (vErrors = null));
  else {
    let err0 = { instancePath, schemaPath: '#/oneOf', keyword: 'oneOf', params: { passingSchemas: passing0 } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  if (data && 'object' == typeof data && !Array.isArray(data))
    (void 0 !== data.name &&
      (validate0(data.name, { instancePath: instancePath + '/name', parentData: data, parentDataProperty: 'name', rootData }) ||
        (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)),
      void 0 !== data.value &&
        (validate0(data.value, { instancePath: instancePath + '/value', parentData: data, parentDataProperty: 'value', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)),
      void 0 !== data.valueFrom &&
        (validate101(data.valueFrom, { instancePath: instancePath + '/valueFrom', parentData: data, parentDataProperty: 'valueFrom', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate101.errors : vErrors.concat(validate101.errors)).length)));
  else {
    let err1 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' } };
    (null === vErrors ? (vErrors = [err1]) : vErrors.push(err1), errors++);
  }
  return ((validate92.errors = vErrors), 0 === errors);
}
function validate91(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'array' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++)
      validate92(data[i0], { instancePath: instancePath + '/' + i0, parentData: data, parentDataProperty: i0, rootData }) ||
        (errors = (vErrors = null === vErrors ? validate92.errors : vErrors.concat(validate92.errors)).length);
  }
  return ((validate91.errors = vErrors), 0 === errors);
}
function validate116(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
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
      (void 0 !== data.add &&
        (validate36(data.add, { instancePath: instancePath + '/add', parentData: data, parentDataProperty: 'add', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate36.errors : vErrors.concat(validate36.errors)).length)),
      void 0 !== data.drop &&
        (validate36(data.drop, { instancePath: instancePath + '/drop', parentData: data, parentDataProperty: 'drop', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate36.errors : vErrors.concat(validate36.errors)).length))),
    (validate116.errors = vErrors),
    0 === errors
  );
}
function validate113(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
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
      (void 0 !== data.allowPrivilegeEscalation &&
        (validate1(data.allowPrivilegeEscalation, {
          instancePath: instancePath + '/allowPrivilegeEscalation',
          parentData: data,
          parentDataProperty: 'allowPrivilegeEscalation',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate1.errors : vErrors.concat(validate1.errors)).length)),
      void 0 !== data.appArmorProfile &&
        (validate24(data.appArmorProfile, {
          instancePath: instancePath + '/appArmorProfile',
          parentData: data,
          parentDataProperty: 'appArmorProfile',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate24.errors : vErrors.concat(validate24.errors)).length)),
      void 0 !== data.capabilities &&
        (validate116(data.capabilities, { instancePath: instancePath + '/capabilities', parentData: data, parentDataProperty: 'capabilities', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate116.errors : vErrors.concat(validate116.errors)).length)),
      void 0 !== data.privileged &&
        (validate1(data.privileged, { instancePath: instancePath + '/privileged', parentData: data, parentDataProperty: 'privileged', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate1.errors : vErrors.concat(validate1.errors)).length)),
      void 0 !== data.procMount &&
        (validate0(data.procMount, { instancePath: instancePath + '/procMount', parentData: data, parentDataProperty: 'procMount', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)),
      void 0 !== data.readOnlyRootFilesystem &&
        (validate1(data.readOnlyRootFilesystem, {
          instancePath: instancePath + '/readOnlyRootFilesystem',
          parentData: data,
          parentDataProperty: 'readOnlyRootFilesystem',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate1.errors : vErrors.concat(validate1.errors)).length)),
      void 0 !== data.runAsGroup &&
        (validate7(data.runAsGroup, { instancePath: instancePath + '/runAsGroup', parentData: data, parentDataProperty: 'runAsGroup', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate7.errors : vErrors.concat(validate7.errors)).length)),
      void 0 !== data.runAsNonRoot &&
        (validate1(data.runAsNonRoot, { instancePath: instancePath + '/runAsNonRoot', parentData: data, parentDataProperty: 'runAsNonRoot', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate1.errors : vErrors.concat(validate1.errors)).length)),
      void 0 !== data.runAsUser &&
        (validate7(data.runAsUser, { instancePath: instancePath + '/runAsUser', parentData: data, parentDataProperty: 'runAsUser', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate7.errors : vErrors.concat(validate7.errors)).length)),
      void 0 !== data.seLinuxOptions &&
        (validate80(data.seLinuxOptions, {
          instancePath: instancePath + '/seLinuxOptions',
          parentData: data,
          parentDataProperty: 'seLinuxOptions',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate80.errors : vErrors.concat(validate80.errors)).length)),
      void 0 !== data.seccompProfile &&
        (validate24(data.seccompProfile, {
          instancePath: instancePath + '/seccompProfile',
          parentData: data,
          parentDataProperty: 'seccompProfile',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate24.errors : vErrors.concat(validate24.errors)).length)),
      void 0 !== data.windowsOptions &&
        (validate85(data.windowsOptions, {
          instancePath: instancePath + '/windowsOptions',
          parentData: data,
          parentDataProperty: 'windowsOptions',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate85.errors : vErrors.concat(validate85.errors)).length))),
    (validate113.errors = vErrors),
    0 === errors
  );
}
function validate131(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (data && 'object' == typeof data && !Array.isArray(data))
    (void 0 !== data.mountPath &&
      (validate0(data.mountPath, { instancePath: instancePath + '/mountPath', parentData: data, parentDataProperty: 'mountPath', rootData }) ||
        (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)),
      void 0 !== data.mountPropagation &&
        (validate0(data.mountPropagation, {
          instancePath: instancePath + '/mountPropagation',
          parentData: data,
          parentDataProperty: 'mountPropagation',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)),
      void 0 !== data.name &&
        (validate0(data.name, { instancePath: instancePath + '/name', parentData: data, parentDataProperty: 'name', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)),
      void 0 !== data.readOnly &&
        (validate1(data.readOnly, { instancePath: instancePath + '/readOnly', parentData: data, parentDataProperty: 'readOnly', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate1.errors : vErrors.concat(validate1.errors)).length)),
      void 0 !== data.recursiveReadOnly &&
        (validate0(data.recursiveReadOnly, {
          instancePath: instancePath + '/recursiveReadOnly',
          parentData: data,
          parentDataProperty: 'recursiveReadOnly',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)),
      void 0 !== data.subPath &&
        (validate0(data.subPath, { instancePath: instancePath + '/subPath', parentData: data, parentDataProperty: 'subPath', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)),
      void 0 !== data.subPathExpr &&
        (validate0(data.subPathExpr, { instancePath: instancePath + '/subPathExpr', parentData: data, parentDataProperty: 'subPathExpr', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)));
  else {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  return ((validate131.errors = vErrors), 0 === errors);
}
function validate130(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'array' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++)
      validate131(data[i0], { instancePath: instancePath + '/' + i0, parentData: data, parentDataProperty: i0, rootData }) ||
        (errors = (vErrors = null === vErrors ? validate131.errors : vErrors.concat(validate131.errors)).length);
  }
  return ((validate130.errors = vErrors), 0 === errors);
}
function validate90(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
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
      (void 0 !== data.env &&
        (validate91(data.env, { instancePath: instancePath + '/env', parentData: data, parentDataProperty: 'env', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate91.errors : vErrors.concat(validate91.errors)).length)),
      void 0 !== data.securityContext &&
        (validate113(data.securityContext, {
          instancePath: instancePath + '/securityContext',
          parentData: data,
          parentDataProperty: 'securityContext',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate113.errors : vErrors.concat(validate113.errors)).length)),
      void 0 !== data.volumeMounts &&
        (validate130(data.volumeMounts, { instancePath: instancePath + '/volumeMounts', parentData: data, parentDataProperty: 'volumeMounts', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate130.errors : vErrors.concat(validate130.errors)).length))),
    (validate90.errors = vErrors),
    0 === errors
  );
}
function validate204(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
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
      (void 0 !== data.podSet &&
        (validate74(data.podSet, { instancePath: instancePath + '/podSet', parentData: data, parentDataProperty: 'podSet', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate74.errors : vErrors.concat(validate74.errors)).length)),
      void 0 !== data.pod &&
        (validate206(data.pod, { instancePath: instancePath + '/pod', parentData: data, parentDataProperty: 'pod', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate206.errors : vErrors.concat(validate206.errors)).length)),
      void 0 !== data.perPodService &&
        (validate74(data.perPodService, { instancePath: instancePath + '/perPodService', parentData: data, parentDataProperty: 'perPodService', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate74.errors : vErrors.concat(validate74.errors)).length)),
      void 0 !== data.perPodRoute &&
        (validate74(data.perPodRoute, { instancePath: instancePath + '/perPodRoute', parentData: data, parentDataProperty: 'perPodRoute', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate74.errors : vErrors.concat(validate74.errors)).length)),
      void 0 !== data.perPodIngress &&
        (validate74(data.perPodIngress, { instancePath: instancePath + '/perPodIngress', parentData: data, parentDataProperty: 'perPodIngress', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate74.errors : vErrors.concat(validate74.errors)).length)),
      void 0 !== data.persistentVolumeClaim &&
        (validate74(data.persistentVolumeClaim, {
          instancePath: instancePath + '/persistentVolumeClaim',
          parentData: data,
          parentDataProperty: 'persistentVolumeClaim',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate74.errors : vErrors.concat(validate74.errors)).length)),
      void 0 !== data.kafkaContainer &&
        (validate90(data.kafkaContainer, {
          instancePath: instancePath + '/kafkaContainer',
          parentData: data,
          parentDataProperty: 'kafkaContainer',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate90.errors : vErrors.concat(validate90.errors)).length)),
      void 0 !== data.initContainer &&
        (validate90(data.initContainer, { instancePath: instancePath + '/initContainer', parentData: data, parentDataProperty: 'initContainer', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate90.errors : vErrors.concat(validate90.errors)).length))),
    (validate204.errors = vErrors),
    0 === errors
  );
}
function validate153(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (!(data && 'object' == typeof data && !Array.isArray(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  if (data && 'object' == typeof data && !Array.isArray(data)) {
    if (void 0 === data.replicas) {
      let err1 = { instancePath, schemaPath: '#/required', keyword: 'required', params: { missingProperty: 'replicas' } };
      (null === vErrors ? (vErrors = [err1]) : vErrors.push(err1), errors++);
    }
    if (void 0 === data.storage) {
      let err2 = { instancePath, schemaPath: '#/required', keyword: 'required', params: { missingProperty: 'storage' } };
      (null === vErrors ? (vErrors = [err2]) : vErrors.push(err2), errors++);
    }
    if (void 0 === data.roles) {
      let err3 = { instancePath, schemaPath: '#/required', keyword: 'required', params: { missingProperty: 'roles' } };
      (null === vErrors ? (vErrors = [err3]) : vErrors.push(err3), errors++);
    }
    (void 0 !== data.replicas &&
      (validate154(data.replicas, { instancePath: instancePath + '/replicas', parentData: data, parentDataProperty: 'replicas', rootData }) ||
        (errors = (vErrors = null === vErrors ? validate154.errors : vErrors.concat(validate154.errors)).length)),
      void 0 !== data.storage &&
        (validate156(data.storage, { instancePath: instancePath + '/storage', parentData: data, parentDataProperty: 'storage', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate156.errors : vErrors.concat(validate156.errors)).length)),
      void 0 !== data.roles &&
        (validate184(data.roles, { instancePath: instancePath + '/roles', parentData: data, parentDataProperty: 'roles', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate184.errors : vErrors.concat(validate184.errors)).length)),
      void 0 !== data.resources &&
        (validate187(data.resources, { instancePath: instancePath + '/resources', parentData: data, parentDataProperty: 'resources', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate187.errors : vErrors.concat(validate187.errors)).length)),
      void 0 !== data.jvmOptions &&
        (validate197(data.jvmOptions, { instancePath: instancePath + '/jvmOptions', parentData: data, parentDataProperty: 'jvmOptions', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate197.errors : vErrors.concat(validate197.errors)).length)),
      void 0 !== data.template &&
        (validate204(data.template, { instancePath: instancePath + '/template', parentData: data, parentDataProperty: 'template', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate204.errors : vErrors.concat(validate204.errors)).length)));
  }
  return ((validate153.errors = vErrors), 0 === errors);
}
function validate348(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
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
  return ((validate348.errors = vErrors), 0 === errors);
}
function validate347(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'array' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++)
      validate348(data[i0], { instancePath: instancePath + '/' + i0, parentData: data, parentDataProperty: i0, rootData }) ||
        (errors = (vErrors = null === vErrors ? validate348.errors : vErrors.concat(validate348.errors)).length);
  }
  return ((validate347.errors = vErrors), 0 === errors);
}
function validate359(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'array' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++)
      validate143(data[i0], { instancePath: instancePath + '/' + i0, parentData: data, parentDataProperty: i0, rootData }) ||
        (errors = (vErrors = null === vErrors ? validate143.errors : vErrors.concat(validate143.errors)).length);
  }
  return ((validate359.errors = vErrors), 0 === errors);
}
function validate346(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
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
        (validate347(data.conditions, { instancePath: instancePath + '/conditions', parentData: data, parentDataProperty: 'conditions', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate347.errors : vErrors.concat(validate347.errors)).length)),
      void 0 !== data.observedGeneration &&
        (validate7(data.observedGeneration, {
          instancePath: instancePath + '/observedGeneration',
          parentData: data,
          parentDataProperty: 'observedGeneration',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate7.errors : vErrors.concat(validate7.errors)).length)),
      void 0 !== data.nodeIds &&
        (validate141(data.nodeIds, { instancePath: instancePath + '/nodeIds', parentData: data, parentDataProperty: 'nodeIds', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate141.errors : vErrors.concat(validate141.errors)).length)),
      void 0 !== data.clusterId &&
        (validate0(data.clusterId, { instancePath: instancePath + '/clusterId', parentData: data, parentDataProperty: 'clusterId', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)),
      void 0 !== data.roles &&
        (validate359(data.roles, { instancePath: instancePath + '/roles', parentData: data, parentDataProperty: 'roles', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate359.errors : vErrors.concat(validate359.errors)).length)),
      void 0 !== data.replicas &&
        (validate7(data.replicas, { instancePath: instancePath + '/replicas', parentData: data, parentDataProperty: 'replicas', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate7.errors : vErrors.concat(validate7.errors)).length)),
      void 0 !== data.labelSelector &&
        (validate0(data.labelSelector, { instancePath: instancePath + '/labelSelector', parentData: data, parentDataProperty: 'labelSelector', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length))),
    (validate346.errors = vErrors),
    0 === errors
  );
}
function validate144(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
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
      (validate145(data.apiVersion, { instancePath: instancePath + '/apiVersion', parentData: data, parentDataProperty: 'apiVersion', rootData }) ||
        (errors = (vErrors = null === vErrors ? validate145.errors : vErrors.concat(validate145.errors)).length)),
      void 0 !== data.kind &&
        (validate147(data.kind, { instancePath: instancePath + '/kind', parentData: data, parentDataProperty: 'kind', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate147.errors : vErrors.concat(validate147.errors)).length)),
      void 0 !== data.metadata &&
        (validate149(data.metadata, { instancePath: instancePath + '/metadata', parentData: data, parentDataProperty: 'metadata', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate149.errors : vErrors.concat(validate149.errors)).length)),
      void 0 !== data.spec &&
        (validate153(data.spec, { instancePath: instancePath + '/spec', parentData: data, parentDataProperty: 'spec', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate153.errors : vErrors.concat(validate153.errors)).length)),
      void 0 !== data.status &&
        (validate346(data.status, { instancePath: instancePath + '/status', parentData: data, parentDataProperty: 'status', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate346.errors : vErrors.concat(validate346.errors)).length)));
  } else {
    let err2 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' } };
    (null === vErrors ? (vErrors = [err2]) : vErrors.push(err2), errors++);
  }
  return ((validate144.errors = vErrors), 0 === errors);
}
