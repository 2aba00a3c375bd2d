/* eslint-disable */
// Validator compiled by kubernetes-models (@kubernetes-models/strimzi-kafka-operator 1.0.1, MIT) from the Strimzi CRDs.
// Vendored by tools/ops/vendor-schemas.js: converted to CommonJS, the ObjectMeta import redirected to ./object-meta.js.
'use strict';
exports.validate = validate377;
let schema118_enum = ['kafka.strimzi.io/v1beta2'];
function validate378(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if ('string' != typeof data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'string' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  if ('kafka.strimzi.io/v1beta2' !== data) {
    let err1 = { instancePath, schemaPath: '#/enum', keyword: 'enum', params: { allowedValues: schema118_enum } };
    (null === vErrors ? (vErrors = [err1]) : vErrors.push(err1), errors++);
  }
  return ((validate378.errors = vErrors), 0 === errors);
}
let schema119_enum = ['Kafka'];
function validate380(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if ('string' != typeof data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'string' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  if ('Kafka' !== data) {
    let err1 = { instancePath, schemaPath: '#/enum', keyword: 'enum', params: { allowedValues: schema119_enum } };
    (null === vErrors ? (vErrors = [err1]) : vErrors.push(err1), errors++);
  }
  return ((validate380.errors = vErrors), 0 === errors);
}
const { validate: validate383 } = require('./object-meta.js');
function validate382(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  return (
    null !== data &&
      (validate383(data, { instancePath, parentData, parentDataProperty, rootData }) ||
        (errors = (vErrors = null === vErrors ? validate383.errors : vErrors.concat(validate383.errors)).length)),
    (validate382.errors = vErrors),
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
function validate4(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
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
  return ((validate4.errors = vErrors), 0 === errors);
}
let pattern5 = RegExp('^[a-z0-9]{1,11}$', 'u');
function validate394(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if ('string' == typeof data) {
    if (!pattern5.test(data)) {
      let err0 = { instancePath, schemaPath: '#/pattern', keyword: 'pattern', params: { pattern: '^[a-z0-9]{1,11}$' } };
      (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
    }
  } else {
    let err1 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'string' } };
    (null === vErrors ? (vErrors = [err1]) : vErrors.push(err1), errors++);
  }
  return ((validate394.errors = vErrors), 0 === errors);
}
function validate396(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (!('number' == typeof data && !(data % 1) && !isNaN(data) && isFinite(data))) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'integer' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  if ('number' == typeof data && isFinite(data) && (data < 9092 || isNaN(data))) {
    let err1 = { instancePath, schemaPath: '#/minimum', keyword: 'minimum', params: { comparison: '>=', limit: 9092 } };
    (null === vErrors ? (vErrors = [err1]) : vErrors.push(err1), errors++);
  }
  return ((validate396.errors = vErrors), 0 === errors);
}
let schema128_enum = ['internal', 'route', 'loadbalancer', 'nodeport', 'ingress', 'cluster-ip'];
function validate398(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if ('string' != typeof data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'string' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  if ('internal' !== data && 'route' !== data && 'loadbalancer' !== data && 'nodeport' !== data && 'ingress' !== data && 'cluster-ip' !== data) {
    let err1 = { instancePath, schemaPath: '#/enum', keyword: 'enum', params: { allowedValues: schema128_enum } };
    (null === vErrors ? (vErrors = [err1]) : vErrors.push(err1), errors++);
  }
  return ((validate398.errors = vErrors), 0 === errors);
}
function validate400(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if ('boolean' != typeof data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'boolean' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  return ((validate400.errors = vErrors), 0 === errors);
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
  if ('string' != typeof data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'string' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  return ((validate2.errors = vErrors), 0 === errors);
}
function validate411(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (!(data && 'object' == typeof data && !Array.isArray(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  if (data && 'object' == typeof data && !Array.isArray(data)) {
    if (void 0 === data.key) {
      let err1 = { instancePath, schemaPath: '#/required', keyword: 'required', params: { missingProperty: 'key' } };
      (null === vErrors ? (vErrors = [err1]) : vErrors.push(err1), errors++);
    }
    if (void 0 === data.secretName) {
      let err2 = { instancePath, schemaPath: '#/required', keyword: 'required', params: { missingProperty: 'secretName' } };
      (null === vErrors ? (vErrors = [err2]) : vErrors.push(err2), errors++);
    }
    (void 0 !== data.key &&
      (validate2(data.key, { instancePath: instancePath + '/key', parentData: data, parentDataProperty: 'key', rootData }) ||
        (errors = (vErrors = null === vErrors ? validate2.errors : vErrors.concat(validate2.errors)).length)),
      void 0 !== data.secretName &&
        (validate2(data.secretName, { instancePath: instancePath + '/secretName', parentData: data, parentDataProperty: 'secretName', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate2.errors : vErrors.concat(validate2.errors)).length)));
  }
  return ((validate411.errors = vErrors), 0 === errors);
}
function validate3(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (!('number' == typeof data && !(data % 1) && !isNaN(data) && isFinite(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'integer' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  return ((validate3.errors = vErrors), 0 === errors);
}
function validate20(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
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
  return ((validate20.errors = vErrors), 0 === errors);
}
function validate19(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (!(data && 'object' == typeof data && !Array.isArray(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  return (data && 'object' == typeof data && !Array.isArray(data), (validate19.errors = vErrors), 0 === errors);
}
function validate441(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (data && 'object' == typeof data && !Array.isArray(data)) {
    if (void 0 === data.key) {
      let err0 = { instancePath, schemaPath: '#/required', keyword: 'required', params: { missingProperty: 'key' } };
      (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
    }
    if (void 0 === data.secretName) {
      let err1 = { instancePath, schemaPath: '#/required', keyword: 'required', params: { missingProperty: 'secretName' } };
      (null === vErrors ? (vErrors = [err1]) : vErrors.push(err1), errors++);
    }
    (void 0 !== data.key &&
      (validate2(data.key, { instancePath: instancePath + '/key', parentData: data, parentDataProperty: 'key', rootData }) ||
        (errors = (vErrors = null === vErrors ? validate2.errors : vErrors.concat(validate2.errors)).length)),
      void 0 !== data.secretName &&
        (validate2(data.secretName, { instancePath: instancePath + '/secretName', parentData: data, parentDataProperty: 'secretName', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate2.errors : vErrors.concat(validate2.errors)).length)));
  } else {
    let err2 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' } };
    (null === vErrors ? (vErrors = [err2]) : vErrors.push(err2), errors++);
  }
  return ((validate441.errors = vErrors), 0 === errors);
}
function validate440(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'array' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++)
      validate441(data[i0], { instancePath: instancePath + '/' + i0, parentData: data, parentDataProperty: i0, rootData }) ||
        (errors = (vErrors = null === vErrors ? validate441.errors : vErrors.concat(validate441.errors)).length);
  }
  return ((validate440.errors = vErrors), 0 === errors);
}
function validate5(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  return ((validate5.errors = null), !0);
}
function validate30(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (data && 'object' == typeof data && !Array.isArray(data)) {
    if (void 0 === data.certificate) {
      let err0 = { instancePath, schemaPath: '#/required', keyword: 'required', params: { missingProperty: 'certificate' } };
      (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
    }
    void 0 !== data.certificate &&
      (validate5(data.certificate, { instancePath: instancePath + '/certificate', parentData: data, parentDataProperty: 'certificate', rootData }) ||
        (errors = (vErrors = null === vErrors ? validate5.errors : vErrors.concat(validate5.errors)).length));
  }
  return ((validate30.errors = vErrors), 0 === errors);
}
function validate33(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (data && 'object' == typeof data && !Array.isArray(data)) {
    if (void 0 === data.pattern) {
      let err0 = { instancePath, schemaPath: '#/required', keyword: 'required', params: { missingProperty: 'pattern' } };
      (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
    }
    void 0 !== data.pattern &&
      (validate5(data.pattern, { instancePath: instancePath + '/pattern', parentData: data, parentDataProperty: 'pattern', rootData }) ||
        (errors = (vErrors = null === vErrors ? validate5.errors : vErrors.concat(validate5.errors)).length));
  }
  return ((validate33.errors = vErrors), 0 === errors);
}
function validate29(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0,
    valid0 = !1,
    passing0 = null;
  validate30(data, { instancePath, parentData, parentDataProperty, rootData }) ||
    (errors = (vErrors = null === vErrors ? validate30.errors : vErrors.concat(validate30.errors)).length);
  var _valid0 = 0 === errors;
  _valid0 && ((valid0 = !0), (passing0 = 0));
  let _errs3 = errors;
  validate33(data, { instancePath, parentData, parentDataProperty, rootData }) ||
    (errors = (vErrors = null === vErrors ? validate33.errors : vErrors.concat(validate33.errors)).length);
  var _valid0 = _errs3 === errors;
  if ((_valid0 && valid0 ? ((valid0 = !1), (passing0 = [passing0, 1])) : _valid0 && ((valid0 = !0), (passing0 = 1)), valid0))
    ((errors = 0), null !== vErrors && (vErrors = null));
  else {
    let err0 = { instancePath, schemaPath: '#/oneOf', keyword: 'oneOf', params: { passingSchemas: passing0 } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  if (data && 'object' == typeof data && !Array.isArray(data)) {
    if (void 0 === data.secretName) {
      let err1 = { instancePath, schemaPath: '#/required', keyword: 'required', params: { missingProperty: 'secretName' } };
      (null === vErrors ? (vErrors = [err1]) : vErrors.push(err1), errors++);
    }
    (void 0 !== data.secretName &&
      (validate2(data.secretName, { instancePath: instancePath + '/secretName', parentData: data, parentDataProperty: 'secretName', rootData }) ||
        (errors = (vErrors = null === vErrors ? validate2.errors : vErrors.concat(validate2.errors)).length)),
      void 0 !== data.certificate &&
        (validate0(data.certificate, { instancePath: instancePath + '/certificate', parentData: data, parentDataProperty: 'certificate', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)),
      void 0 !== data.pattern &&
        (validate0(data.pattern, { instancePath: instancePath + '/pattern', parentData: data, parentDataProperty: 'pattern', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)));
  } else {
    let err2 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' } };
    (null === vErrors ? (vErrors = [err2]) : vErrors.push(err2), errors++);
  }
  return ((validate29.errors = vErrors), 0 === errors);
}
function validate28(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'array' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++)
      validate29(data[i0], { instancePath: instancePath + '/' + i0, parentData: data, parentDataProperty: i0, rootData }) ||
        (errors = (vErrors = null === vErrors ? validate29.errors : vErrors.concat(validate29.errors)).length);
  }
  return ((validate28.errors = vErrors), 0 === errors);
}
let schema134_enum = ['tls', 'scram-sha-512', 'oauth', 'custom'];
function validate449(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if ('string' != typeof data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'string' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  if ('tls' !== data && 'scram-sha-512' !== data && 'oauth' !== data && 'custom' !== data) {
    let err1 = { instancePath, schemaPath: '#/enum', keyword: 'enum', params: { allowedValues: schema134_enum } };
    (null === vErrors ? (vErrors = [err1]) : vErrors.push(err1), errors++);
  }
  return ((validate449.errors = vErrors), 0 === errors);
}
function validate402(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
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
    (void 0 !== data.accessTokenIsJwt &&
      (validate1(data.accessTokenIsJwt, {
        instancePath: instancePath + '/accessTokenIsJwt',
        parentData: data,
        parentDataProperty: 'accessTokenIsJwt',
        rootData,
      }) ||
        (errors = (vErrors = null === vErrors ? validate1.errors : vErrors.concat(validate1.errors)).length)),
      void 0 !== data.checkAccessTokenType &&
        (validate1(data.checkAccessTokenType, {
          instancePath: instancePath + '/checkAccessTokenType',
          parentData: data,
          parentDataProperty: 'checkAccessTokenType',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate1.errors : vErrors.concat(validate1.errors)).length)),
      void 0 !== data.checkAudience &&
        (validate1(data.checkAudience, { instancePath: instancePath + '/checkAudience', parentData: data, parentDataProperty: 'checkAudience', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate1.errors : vErrors.concat(validate1.errors)).length)),
      void 0 !== data.checkIssuer &&
        (validate1(data.checkIssuer, { instancePath: instancePath + '/checkIssuer', parentData: data, parentDataProperty: 'checkIssuer', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate1.errors : vErrors.concat(validate1.errors)).length)),
      void 0 !== data.clientAudience &&
        (validate0(data.clientAudience, { instancePath: instancePath + '/clientAudience', parentData: data, parentDataProperty: 'clientAudience', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)),
      void 0 !== data.clientGrantType &&
        (validate0(data.clientGrantType, {
          instancePath: instancePath + '/clientGrantType',
          parentData: data,
          parentDataProperty: 'clientGrantType',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)),
      void 0 !== data.clientId &&
        (validate0(data.clientId, { instancePath: instancePath + '/clientId', parentData: data, parentDataProperty: 'clientId', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)),
      void 0 !== data.clientScope &&
        (validate0(data.clientScope, { instancePath: instancePath + '/clientScope', parentData: data, parentDataProperty: 'clientScope', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)),
      void 0 !== data.clientSecret &&
        (validate411(data.clientSecret, { instancePath: instancePath + '/clientSecret', parentData: data, parentDataProperty: 'clientSecret', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate411.errors : vErrors.concat(validate411.errors)).length)),
      void 0 !== data.connectTimeoutSeconds &&
        (validate3(data.connectTimeoutSeconds, {
          instancePath: instancePath + '/connectTimeoutSeconds',
          parentData: data,
          parentDataProperty: 'connectTimeoutSeconds',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate3.errors : vErrors.concat(validate3.errors)).length)),
      void 0 !== data.customClaimCheck &&
        (validate0(data.customClaimCheck, {
          instancePath: instancePath + '/customClaimCheck',
          parentData: data,
          parentDataProperty: 'customClaimCheck',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)),
      void 0 !== data.disableTlsHostnameVerification &&
        (validate1(data.disableTlsHostnameVerification, {
          instancePath: instancePath + '/disableTlsHostnameVerification',
          parentData: data,
          parentDataProperty: 'disableTlsHostnameVerification',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate1.errors : vErrors.concat(validate1.errors)).length)),
      void 0 !== data.enableECDSA &&
        (validate1(data.enableECDSA, { instancePath: instancePath + '/enableECDSA', parentData: data, parentDataProperty: 'enableECDSA', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate1.errors : vErrors.concat(validate1.errors)).length)),
      void 0 !== data.enableMetrics &&
        (validate1(data.enableMetrics, { instancePath: instancePath + '/enableMetrics', parentData: data, parentDataProperty: 'enableMetrics', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate1.errors : vErrors.concat(validate1.errors)).length)),
      void 0 !== data.enableOauthBearer &&
        (validate1(data.enableOauthBearer, {
          instancePath: instancePath + '/enableOauthBearer',
          parentData: data,
          parentDataProperty: 'enableOauthBearer',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate1.errors : vErrors.concat(validate1.errors)).length)),
      void 0 !== data.enablePlain &&
        (validate1(data.enablePlain, { instancePath: instancePath + '/enablePlain', parentData: data, parentDataProperty: 'enablePlain', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate1.errors : vErrors.concat(validate1.errors)).length)),
      void 0 !== data.failFast &&
        (validate1(data.failFast, { instancePath: instancePath + '/failFast', parentData: data, parentDataProperty: 'failFast', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate1.errors : vErrors.concat(validate1.errors)).length)),
      void 0 !== data.fallbackUserNameClaim &&
        (validate0(data.fallbackUserNameClaim, {
          instancePath: instancePath + '/fallbackUserNameClaim',
          parentData: data,
          parentDataProperty: 'fallbackUserNameClaim',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)),
      void 0 !== data.fallbackUserNamePrefix &&
        (validate0(data.fallbackUserNamePrefix, {
          instancePath: instancePath + '/fallbackUserNamePrefix',
          parentData: data,
          parentDataProperty: 'fallbackUserNamePrefix',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)),
      void 0 !== data.groupsClaim &&
        (validate0(data.groupsClaim, { instancePath: instancePath + '/groupsClaim', parentData: data, parentDataProperty: 'groupsClaim', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)),
      void 0 !== data.groupsClaimDelimiter &&
        (validate0(data.groupsClaimDelimiter, {
          instancePath: instancePath + '/groupsClaimDelimiter',
          parentData: data,
          parentDataProperty: 'groupsClaimDelimiter',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)),
      void 0 !== data.httpRetries &&
        (validate3(data.httpRetries, { instancePath: instancePath + '/httpRetries', parentData: data, parentDataProperty: 'httpRetries', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate3.errors : vErrors.concat(validate3.errors)).length)),
      void 0 !== data.httpRetryPauseMs &&
        (validate3(data.httpRetryPauseMs, {
          instancePath: instancePath + '/httpRetryPauseMs',
          parentData: data,
          parentDataProperty: 'httpRetryPauseMs',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate3.errors : vErrors.concat(validate3.errors)).length)),
      void 0 !== data.includeAcceptHeader &&
        (validate1(data.includeAcceptHeader, {
          instancePath: instancePath + '/includeAcceptHeader',
          parentData: data,
          parentDataProperty: 'includeAcceptHeader',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate1.errors : vErrors.concat(validate1.errors)).length)),
      void 0 !== data.introspectionEndpointUri &&
        (validate0(data.introspectionEndpointUri, {
          instancePath: instancePath + '/introspectionEndpointUri',
          parentData: data,
          parentDataProperty: 'introspectionEndpointUri',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)),
      void 0 !== data.jwksEndpointUri &&
        (validate0(data.jwksEndpointUri, {
          instancePath: instancePath + '/jwksEndpointUri',
          parentData: data,
          parentDataProperty: 'jwksEndpointUri',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)),
      void 0 !== data.jwksExpirySeconds &&
        (validate4(data.jwksExpirySeconds, {
          instancePath: instancePath + '/jwksExpirySeconds',
          parentData: data,
          parentDataProperty: 'jwksExpirySeconds',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate4.errors : vErrors.concat(validate4.errors)).length)),
      void 0 !== data.jwksIgnoreKeyUse &&
        (validate1(data.jwksIgnoreKeyUse, {
          instancePath: instancePath + '/jwksIgnoreKeyUse',
          parentData: data,
          parentDataProperty: 'jwksIgnoreKeyUse',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate1.errors : vErrors.concat(validate1.errors)).length)),
      void 0 !== data.jwksMinRefreshPauseSeconds &&
        (validate20(data.jwksMinRefreshPauseSeconds, {
          instancePath: instancePath + '/jwksMinRefreshPauseSeconds',
          parentData: data,
          parentDataProperty: 'jwksMinRefreshPauseSeconds',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate20.errors : vErrors.concat(validate20.errors)).length)),
      void 0 !== data.jwksRefreshSeconds &&
        (validate4(data.jwksRefreshSeconds, {
          instancePath: instancePath + '/jwksRefreshSeconds',
          parentData: data,
          parentDataProperty: 'jwksRefreshSeconds',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate4.errors : vErrors.concat(validate4.errors)).length)),
      void 0 !== data.listenerConfig &&
        (validate19(data.listenerConfig, {
          instancePath: instancePath + '/listenerConfig',
          parentData: data,
          parentDataProperty: 'listenerConfig',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate19.errors : vErrors.concat(validate19.errors)).length)),
      void 0 !== data.maxSecondsWithoutReauthentication &&
        (validate3(data.maxSecondsWithoutReauthentication, {
          instancePath: instancePath + '/maxSecondsWithoutReauthentication',
          parentData: data,
          parentDataProperty: 'maxSecondsWithoutReauthentication',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate3.errors : vErrors.concat(validate3.errors)).length)),
      void 0 !== data.readTimeoutSeconds &&
        (validate3(data.readTimeoutSeconds, {
          instancePath: instancePath + '/readTimeoutSeconds',
          parentData: data,
          parentDataProperty: 'readTimeoutSeconds',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate3.errors : vErrors.concat(validate3.errors)).length)),
      void 0 !== data.sasl &&
        (validate1(data.sasl, { instancePath: instancePath + '/sasl', parentData: data, parentDataProperty: 'sasl', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate1.errors : vErrors.concat(validate1.errors)).length)),
      void 0 !== data.secrets &&
        (validate440(data.secrets, { instancePath: instancePath + '/secrets', parentData: data, parentDataProperty: 'secrets', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate440.errors : vErrors.concat(validate440.errors)).length)),
      void 0 !== data.serverBearerTokenLocation &&
        (validate0(data.serverBearerTokenLocation, {
          instancePath: instancePath + '/serverBearerTokenLocation',
          parentData: data,
          parentDataProperty: 'serverBearerTokenLocation',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)),
      void 0 !== data.tlsTrustedCertificates &&
        (validate28(data.tlsTrustedCertificates, {
          instancePath: instancePath + '/tlsTrustedCertificates',
          parentData: data,
          parentDataProperty: 'tlsTrustedCertificates',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate28.errors : vErrors.concat(validate28.errors)).length)),
      void 0 !== data.tokenEndpointUri &&
        (validate0(data.tokenEndpointUri, {
          instancePath: instancePath + '/tokenEndpointUri',
          parentData: data,
          parentDataProperty: 'tokenEndpointUri',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)),
      void 0 !== data.type &&
        (validate449(data.type, { instancePath: instancePath + '/type', parentData: data, parentDataProperty: 'type', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate449.errors : vErrors.concat(validate449.errors)).length)),
      void 0 !== data.userInfoEndpointUri &&
        (validate0(data.userInfoEndpointUri, {
          instancePath: instancePath + '/userInfoEndpointUri',
          parentData: data,
          parentDataProperty: 'userInfoEndpointUri',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)),
      void 0 !== data.userNameClaim &&
        (validate0(data.userNameClaim, { instancePath: instancePath + '/userNameClaim', parentData: data, parentDataProperty: 'userNameClaim', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)),
      void 0 !== data.userNamePrefix &&
        (validate0(data.userNamePrefix, { instancePath: instancePath + '/userNamePrefix', parentData: data, parentDataProperty: 'userNamePrefix', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)),
      void 0 !== data.validIssuerUri &&
        (validate0(data.validIssuerUri, { instancePath: instancePath + '/validIssuerUri', parentData: data, parentDataProperty: 'validIssuerUri', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)),
      void 0 !== data.validTokenType &&
        (validate0(data.validTokenType, { instancePath: instancePath + '/validTokenType', parentData: data, parentDataProperty: 'validTokenType', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)));
  }
  return ((validate402.errors = vErrors), 0 === errors);
}
function validate458(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (!(data && 'object' == typeof data && !Array.isArray(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  if (data && 'object' == typeof data && !Array.isArray(data)) {
    if (void 0 === data.secretName) {
      let err1 = { instancePath, schemaPath: '#/required', keyword: 'required', params: { missingProperty: 'secretName' } };
      (null === vErrors ? (vErrors = [err1]) : vErrors.push(err1), errors++);
    }
    if (void 0 === data.certificate) {
      let err2 = { instancePath, schemaPath: '#/required', keyword: 'required', params: { missingProperty: 'certificate' } };
      (null === vErrors ? (vErrors = [err2]) : vErrors.push(err2), errors++);
    }
    if (void 0 === data.key) {
      let err3 = { instancePath, schemaPath: '#/required', keyword: 'required', params: { missingProperty: 'key' } };
      (null === vErrors ? (vErrors = [err3]) : vErrors.push(err3), errors++);
    }
    (void 0 !== data.secretName &&
      (validate2(data.secretName, { instancePath: instancePath + '/secretName', parentData: data, parentDataProperty: 'secretName', rootData }) ||
        (errors = (vErrors = null === vErrors ? validate2.errors : vErrors.concat(validate2.errors)).length)),
      void 0 !== data.certificate &&
        (validate2(data.certificate, { instancePath: instancePath + '/certificate', parentData: data, parentDataProperty: 'certificate', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate2.errors : vErrors.concat(validate2.errors)).length)),
      void 0 !== data.key &&
        (validate2(data.key, { instancePath: instancePath + '/key', parentData: data, parentDataProperty: 'key', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate2.errors : vErrors.concat(validate2.errors)).length)));
  }
  return ((validate458.errors = vErrors), 0 === errors);
}
let schema137_enum = ['Local', 'Cluster'];
function validate464(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if ('string' != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'string' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  if ('Local' !== data && 'Cluster' !== data) {
    let err1 = { instancePath, schemaPath: '#/enum', keyword: 'enum', params: { allowedValues: schema137_enum } };
    (null === vErrors ? (vErrors = [err1]) : vErrors.push(err1), errors++);
  }
  return ((validate464.errors = vErrors), 0 === errors);
}
function validate6(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'array' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++)
      validate2(data[i0], { instancePath: instancePath + '/' + i0, parentData: data, parentDataProperty: i0, rootData }) ||
        (errors = (vErrors = null === vErrors ? validate2.errors : vErrors.concat(validate2.errors)).length);
  }
  return ((validate6.errors = vErrors), 0 === errors);
}
function validate8(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (!(data && 'object' == typeof data && !Array.isArray(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  if (data && 'object' == typeof data && !Array.isArray(data))
    for (let key0 in data)
      validate2(data[key0], {
        instancePath: instancePath + '/' + key0.replace(/~/g, '~0').replace(/\//g, '~1'),
        parentData: data,
        parentDataProperty: key0,
        rootData,
      }) || (errors = (vErrors = null === vErrors ? validate2.errors : vErrors.concat(validate2.errors)).length);
  return ((validate8.errors = vErrors), 0 === errors);
}
function validate467(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
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
      (void 0 !== data.alternativeNames &&
        (validate6(data.alternativeNames, {
          instancePath: instancePath + '/alternativeNames',
          parentData: data,
          parentDataProperty: 'alternativeNames',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate6.errors : vErrors.concat(validate6.errors)).length)),
      void 0 !== data.host &&
        (validate0(data.host, { instancePath: instancePath + '/host', parentData: data, parentDataProperty: 'host', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)),
      void 0 !== data.nodePort &&
        (validate3(data.nodePort, { instancePath: instancePath + '/nodePort', parentData: data, parentDataProperty: 'nodePort', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate3.errors : vErrors.concat(validate3.errors)).length)),
      void 0 !== data.loadBalancerIP &&
        (validate0(data.loadBalancerIP, { instancePath: instancePath + '/loadBalancerIP', parentData: data, parentDataProperty: 'loadBalancerIP', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)),
      void 0 !== data.annotations &&
        (validate8(data.annotations, { instancePath: instancePath + '/annotations', parentData: data, parentDataProperty: 'annotations', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate8.errors : vErrors.concat(validate8.errors)).length)),
      void 0 !== data.labels &&
        (validate8(data.labels, { instancePath: instancePath + '/labels', parentData: data, parentDataProperty: 'labels', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate8.errors : vErrors.concat(validate8.errors)).length)),
      void 0 !== data.externalIPs &&
        (validate6(data.externalIPs, { instancePath: instancePath + '/externalIPs', parentData: data, parentDataProperty: 'externalIPs', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate6.errors : vErrors.concat(validate6.errors)).length))),
    (validate467.errors = vErrors),
    0 === errors
  );
}
function validate47(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (!('number' == typeof data && !(data % 1) && !isNaN(data) && isFinite(data))) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'integer' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  return ((validate47.errors = vErrors), 0 === errors);
}
function validate477(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (data && 'object' == typeof data && !Array.isArray(data)) {
    if (void 0 === data.broker) {
      let err0 = { instancePath, schemaPath: '#/required', keyword: 'required', params: { missingProperty: 'broker' } };
      (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
    }
    (void 0 !== data.broker &&
      (validate47(data.broker, { instancePath: instancePath + '/broker', parentData: data, parentDataProperty: 'broker', rootData }) ||
        (errors = (vErrors = null === vErrors ? validate47.errors : vErrors.concat(validate47.errors)).length)),
      void 0 !== data.advertisedHost &&
        (validate0(data.advertisedHost, { instancePath: instancePath + '/advertisedHost', parentData: data, parentDataProperty: 'advertisedHost', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)),
      void 0 !== data.advertisedPort &&
        (validate3(data.advertisedPort, { instancePath: instancePath + '/advertisedPort', parentData: data, parentDataProperty: 'advertisedPort', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate3.errors : vErrors.concat(validate3.errors)).length)),
      void 0 !== data.host &&
        (validate0(data.host, { instancePath: instancePath + '/host', parentData: data, parentDataProperty: 'host', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)),
      void 0 !== data.nodePort &&
        (validate3(data.nodePort, { instancePath: instancePath + '/nodePort', parentData: data, parentDataProperty: 'nodePort', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate3.errors : vErrors.concat(validate3.errors)).length)),
      void 0 !== data.loadBalancerIP &&
        (validate0(data.loadBalancerIP, { instancePath: instancePath + '/loadBalancerIP', parentData: data, parentDataProperty: 'loadBalancerIP', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)),
      void 0 !== data.annotations &&
        (validate8(data.annotations, { instancePath: instancePath + '/annotations', parentData: data, parentDataProperty: 'annotations', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate8.errors : vErrors.concat(validate8.errors)).length)),
      void 0 !== data.labels &&
        (validate8(data.labels, { instancePath: instancePath + '/labels', parentData: data, parentDataProperty: 'labels', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate8.errors : vErrors.concat(validate8.errors)).length)),
      void 0 !== data.externalIPs &&
        (validate6(data.externalIPs, { instancePath: instancePath + '/externalIPs', parentData: data, parentDataProperty: 'externalIPs', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate6.errors : vErrors.concat(validate6.errors)).length)));
  } else {
    let err1 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' } };
    (null === vErrors ? (vErrors = [err1]) : vErrors.push(err1), errors++);
  }
  return ((validate477.errors = vErrors), 0 === errors);
}
function validate476(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'array' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++)
      validate477(data[i0], { instancePath: instancePath + '/' + i0, parentData: data, parentDataProperty: i0, rootData }) ||
        (errors = (vErrors = null === vErrors ? validate477.errors : vErrors.concat(validate477.errors)).length);
  }
  return ((validate476.errors = vErrors), 0 === errors);
}
let schema40_enum = ['SingleStack', 'PreferDualStack', 'RequireDualStack'];
function validate100(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if ('string' != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'string' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  if ('SingleStack' !== data && 'PreferDualStack' !== data && 'RequireDualStack' !== data) {
    let err1 = { instancePath, schemaPath: '#/enum', keyword: 'enum', params: { allowedValues: schema40_enum } };
    (null === vErrors ? (vErrors = [err1]) : vErrors.push(err1), errors++);
  }
  return ((validate100.errors = vErrors), 0 === errors);
}
let schema42_enum = ['IPv4', 'IPv6'];
function validate102(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if ('string' != typeof data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'string' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  if ('IPv4' !== data && 'IPv6' !== data) {
    let err1 = { instancePath, schemaPath: '#/enum', keyword: 'enum', params: { allowedValues: schema42_enum } };
    (null === vErrors ? (vErrors = [err1]) : vErrors.push(err1), errors++);
  }
  return ((validate102.errors = vErrors), 0 === errors);
}
function validate101(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'array' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++)
      validate102(data[i0], { instancePath: instancePath + '/' + i0, parentData: data, parentDataProperty: i0, rootData }) ||
        (errors = (vErrors = null === vErrors ? validate102.errors : vErrors.concat(validate102.errors)).length);
  }
  return ((validate101.errors = vErrors), 0 === errors);
}
let schema141_enum = ['ExternalIP', 'ExternalDNS', 'InternalIP', 'InternalDNS', 'Hostname'];
function validate496(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if ('string' != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'string' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  if ('ExternalIP' !== data && 'ExternalDNS' !== data && 'InternalIP' !== data && 'InternalDNS' !== data && 'Hostname' !== data) {
    let err1 = { instancePath, schemaPath: '#/enum', keyword: 'enum', params: { allowedValues: schema141_enum } };
    (null === vErrors ? (vErrors = [err1]) : vErrors.push(err1), errors++);
  }
  return ((validate496.errors = vErrors), 0 === errors);
}
function validate457(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
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
      (void 0 !== data.brokerCertChainAndKey &&
        (validate458(data.brokerCertChainAndKey, {
          instancePath: instancePath + '/brokerCertChainAndKey',
          parentData: data,
          parentDataProperty: 'brokerCertChainAndKey',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate458.errors : vErrors.concat(validate458.errors)).length)),
      void 0 !== data.class &&
        (validate0(data.class, { instancePath: instancePath + '/class', parentData: data, parentDataProperty: 'class', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)),
      void 0 !== data.externalTrafficPolicy &&
        (validate464(data.externalTrafficPolicy, {
          instancePath: instancePath + '/externalTrafficPolicy',
          parentData: data,
          parentDataProperty: 'externalTrafficPolicy',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate464.errors : vErrors.concat(validate464.errors)).length)),
      void 0 !== data.loadBalancerSourceRanges &&
        (validate6(data.loadBalancerSourceRanges, {
          instancePath: instancePath + '/loadBalancerSourceRanges',
          parentData: data,
          parentDataProperty: 'loadBalancerSourceRanges',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate6.errors : vErrors.concat(validate6.errors)).length)),
      void 0 !== data.bootstrap &&
        (validate467(data.bootstrap, { instancePath: instancePath + '/bootstrap', parentData: data, parentDataProperty: 'bootstrap', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate467.errors : vErrors.concat(validate467.errors)).length)),
      void 0 !== data.brokers &&
        (validate476(data.brokers, { instancePath: instancePath + '/brokers', parentData: data, parentDataProperty: 'brokers', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate476.errors : vErrors.concat(validate476.errors)).length)),
      void 0 !== data.ipFamilyPolicy &&
        (validate100(data.ipFamilyPolicy, {
          instancePath: instancePath + '/ipFamilyPolicy',
          parentData: data,
          parentDataProperty: 'ipFamilyPolicy',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate100.errors : vErrors.concat(validate100.errors)).length)),
      void 0 !== data.ipFamilies &&
        (validate101(data.ipFamilies, { instancePath: instancePath + '/ipFamilies', parentData: data, parentDataProperty: 'ipFamilies', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate101.errors : vErrors.concat(validate101.errors)).length)),
      void 0 !== data.createBootstrapService &&
        (validate1(data.createBootstrapService, {
          instancePath: instancePath + '/createBootstrapService',
          parentData: data,
          parentDataProperty: 'createBootstrapService',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate1.errors : vErrors.concat(validate1.errors)).length)),
      void 0 !== data.finalizers &&
        (validate6(data.finalizers, { instancePath: instancePath + '/finalizers', parentData: data, parentDataProperty: 'finalizers', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate6.errors : vErrors.concat(validate6.errors)).length)),
      void 0 !== data.useServiceDnsDomain &&
        (validate1(data.useServiceDnsDomain, {
          instancePath: instancePath + '/useServiceDnsDomain',
          parentData: data,
          parentDataProperty: 'useServiceDnsDomain',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate1.errors : vErrors.concat(validate1.errors)).length)),
      void 0 !== data.maxConnections &&
        (validate3(data.maxConnections, { instancePath: instancePath + '/maxConnections', parentData: data, parentDataProperty: 'maxConnections', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate3.errors : vErrors.concat(validate3.errors)).length)),
      void 0 !== data.maxConnectionCreationRate &&
        (validate3(data.maxConnectionCreationRate, {
          instancePath: instancePath + '/maxConnectionCreationRate',
          parentData: data,
          parentDataProperty: 'maxConnectionCreationRate',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate3.errors : vErrors.concat(validate3.errors)).length)),
      void 0 !== data.preferredNodePortAddressType &&
        (validate496(data.preferredNodePortAddressType, {
          instancePath: instancePath + '/preferredNodePortAddressType',
          parentData: data,
          parentDataProperty: 'preferredNodePortAddressType',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate496.errors : vErrors.concat(validate496.errors)).length)),
      void 0 !== data.publishNotReadyAddresses &&
        (validate1(data.publishNotReadyAddresses, {
          instancePath: instancePath + '/publishNotReadyAddresses',
          parentData: data,
          parentDataProperty: 'publishNotReadyAddresses',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate1.errors : vErrors.concat(validate1.errors)).length)),
      void 0 !== data.hostTemplate &&
        (validate0(data.hostTemplate, { instancePath: instancePath + '/hostTemplate', parentData: data, parentDataProperty: 'hostTemplate', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)),
      void 0 !== data.advertisedHostTemplate &&
        (validate0(data.advertisedHostTemplate, {
          instancePath: instancePath + '/advertisedHostTemplate',
          parentData: data,
          parentDataProperty: 'advertisedHostTemplate',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)),
      void 0 !== data.allocateLoadBalancerNodePorts &&
        (validate1(data.allocateLoadBalancerNodePorts, {
          instancePath: instancePath + '/allocateLoadBalancerNodePorts',
          parentData: data,
          parentDataProperty: 'allocateLoadBalancerNodePorts',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate1.errors : vErrors.concat(validate1.errors)).length))),
    (validate457.errors = vErrors),
    0 === errors
  );
}
function validate505(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
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
      (void 0 !== data.cidr &&
        (validate0(data.cidr, { instancePath: instancePath + '/cidr', parentData: data, parentDataProperty: 'cidr', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)),
      void 0 !== data.except &&
        (validate6(data.except, { instancePath: instancePath + '/except', parentData: data, parentDataProperty: 'except', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate6.errors : vErrors.concat(validate6.errors)).length))),
    (validate505.errors = vErrors),
    0 === errors
  );
}
function validate12(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
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
        (validate6(data.values, { instancePath: instancePath + '/values', parentData: data, parentDataProperty: 'values', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate6.errors : vErrors.concat(validate6.errors)).length)));
  else {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  return ((validate12.errors = vErrors), 0 === errors);
}
function validate11(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'array' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++)
      validate12(data[i0], { instancePath: instancePath + '/' + i0, parentData: data, parentDataProperty: i0, rootData }) ||
        (errors = (vErrors = null === vErrors ? validate12.errors : vErrors.concat(validate12.errors)).length);
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
  return (
    data &&
      'object' == typeof data &&
      !Array.isArray(data) &&
      (void 0 !== data.matchExpressions &&
        (validate11(data.matchExpressions, {
          instancePath: instancePath + '/matchExpressions',
          parentData: data,
          parentDataProperty: 'matchExpressions',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate11.errors : vErrors.concat(validate11.errors)).length)),
      void 0 !== data.matchLabels &&
        (validate8(data.matchLabels, { instancePath: instancePath + '/matchLabels', parentData: data, parentDataProperty: 'matchLabels', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate8.errors : vErrors.concat(validate8.errors)).length))),
    (validate10.errors = vErrors),
    0 === errors
  );
}
function validate504(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (data && 'object' == typeof data && !Array.isArray(data))
    (void 0 !== data.ipBlock &&
      (validate505(data.ipBlock, { instancePath: instancePath + '/ipBlock', parentData: data, parentDataProperty: 'ipBlock', rootData }) ||
        (errors = (vErrors = null === vErrors ? validate505.errors : vErrors.concat(validate505.errors)).length)),
      void 0 !== data.namespaceSelector &&
        (validate10(data.namespaceSelector, {
          instancePath: instancePath + '/namespaceSelector',
          parentData: data,
          parentDataProperty: 'namespaceSelector',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate10.errors : vErrors.concat(validate10.errors)).length)),
      void 0 !== data.podSelector &&
        (validate10(data.podSelector, { instancePath: instancePath + '/podSelector', parentData: data, parentDataProperty: 'podSelector', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate10.errors : vErrors.concat(validate10.errors)).length)));
  else {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  return ((validate504.errors = vErrors), 0 === errors);
}
function validate503(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'array' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++)
      validate504(data[i0], { instancePath: instancePath + '/' + i0, parentData: data, parentDataProperty: i0, rootData }) ||
        (errors = (vErrors = null === vErrors ? validate504.errors : vErrors.concat(validate504.errors)).length);
  }
  return ((validate503.errors = vErrors), 0 === errors);
}
function validate393(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (data && 'object' == typeof data && !Array.isArray(data)) {
    if (void 0 === data.name) {
      let err0 = { instancePath, schemaPath: '#/required', keyword: 'required', params: { missingProperty: 'name' } };
      (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
    }
    if (void 0 === data.port) {
      let err1 = { instancePath, schemaPath: '#/required', keyword: 'required', params: { missingProperty: 'port' } };
      (null === vErrors ? (vErrors = [err1]) : vErrors.push(err1), errors++);
    }
    if (void 0 === data.type) {
      let err2 = { instancePath, schemaPath: '#/required', keyword: 'required', params: { missingProperty: 'type' } };
      (null === vErrors ? (vErrors = [err2]) : vErrors.push(err2), errors++);
    }
    if (void 0 === data.tls) {
      let err3 = { instancePath, schemaPath: '#/required', keyword: 'required', params: { missingProperty: 'tls' } };
      (null === vErrors ? (vErrors = [err3]) : vErrors.push(err3), errors++);
    }
    (void 0 !== data.name &&
      (validate394(data.name, { instancePath: instancePath + '/name', parentData: data, parentDataProperty: 'name', rootData }) ||
        (errors = (vErrors = null === vErrors ? validate394.errors : vErrors.concat(validate394.errors)).length)),
      void 0 !== data.port &&
        (validate396(data.port, { instancePath: instancePath + '/port', parentData: data, parentDataProperty: 'port', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate396.errors : vErrors.concat(validate396.errors)).length)),
      void 0 !== data.type &&
        (validate398(data.type, { instancePath: instancePath + '/type', parentData: data, parentDataProperty: 'type', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate398.errors : vErrors.concat(validate398.errors)).length)),
      void 0 !== data.tls &&
        (validate400(data.tls, { instancePath: instancePath + '/tls', parentData: data, parentDataProperty: 'tls', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate400.errors : vErrors.concat(validate400.errors)).length)),
      void 0 !== data.authentication &&
        (validate402(data.authentication, {
          instancePath: instancePath + '/authentication',
          parentData: data,
          parentDataProperty: 'authentication',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate402.errors : vErrors.concat(validate402.errors)).length)),
      void 0 !== data.configuration &&
        (validate457(data.configuration, { instancePath: instancePath + '/configuration', parentData: data, parentDataProperty: 'configuration', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate457.errors : vErrors.concat(validate457.errors)).length)),
      void 0 !== data.networkPolicyPeers &&
        (validate503(data.networkPolicyPeers, {
          instancePath: instancePath + '/networkPolicyPeers',
          parentData: data,
          parentDataProperty: 'networkPolicyPeers',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate503.errors : vErrors.concat(validate503.errors)).length)));
  } else {
    let err4 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' } };
    (null === vErrors ? (vErrors = [err4]) : vErrors.push(err4), errors++);
  }
  return ((validate393.errors = vErrors), 0 === errors);
}
function validate392(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (Array.isArray(data)) {
    if (data.length < 1) {
      let err0 = { instancePath, schemaPath: '#/minItems', keyword: 'minItems', params: { limit: 1 } };
      (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
    }
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++)
      validate393(data[i0], { instancePath: instancePath + '/' + i0, parentData: data, parentDataProperty: i0, rootData }) ||
        (errors = (vErrors = null === vErrors ? validate393.errors : vErrors.concat(validate393.errors)).length);
  } else {
    let err1 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'array' } };
    (null === vErrors ? (vErrors = [err1]) : vErrors.push(err1), errors++);
  }
  return ((validate392.errors = vErrors), 0 === errors);
}
let schema13_enum = ['shared'];
function validate21(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if ('string' != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'string' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  if ('shared' !== data) {
    let err1 = { instancePath, schemaPath: '#/enum', keyword: 'enum', params: { allowedValues: schema13_enum } };
    (null === vErrors ? (vErrors = [err1]) : vErrors.push(err1), errors++);
  }
  return ((validate21.errors = vErrors), 0 === errors);
}
function validate23(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (data && 'object' == typeof data && !Array.isArray(data))
    (void 0 !== data.class &&
      (validate0(data.class, { instancePath: instancePath + '/class', parentData: data, parentDataProperty: 'class', rootData }) ||
        (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)),
      void 0 !== data.broker &&
        (validate3(data.broker, { instancePath: instancePath + '/broker', parentData: data, parentDataProperty: 'broker', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate3.errors : vErrors.concat(validate3.errors)).length)));
  else {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  return ((validate23.errors = vErrors), 0 === errors);
}
function validate22(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'array' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++)
      validate23(data[i0], { instancePath: instancePath + '/' + i0, parentData: data, parentDataProperty: i0, rootData }) ||
        (errors = (vErrors = null === vErrors ? validate23.errors : vErrors.concat(validate23.errors)).length);
  }
  return ((validate22.errors = vErrors), 0 === errors);
}
let pattern0 = RegExp('^([0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$', 'u');
function validate27(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
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
  return ((validate27.errors = vErrors), 0 === errors);
}
let schema146_enum = ['ephemeral', 'persistent-claim', 'jbod'];
function validate525(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if ('string' != typeof data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'string' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  if ('ephemeral' !== data && 'persistent-claim' !== data && 'jbod' !== data) {
    let err1 = { instancePath, schemaPath: '#/enum', keyword: 'enum', params: { allowedValues: schema146_enum } };
    (null === vErrors ? (vErrors = [err1]) : vErrors.push(err1), errors++);
  }
  return ((validate525.errors = vErrors), 0 === errors);
}
let schema60_enum = ['ephemeral', 'persistent-claim'];
function validate180(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
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
  return ((validate180.errors = vErrors), 0 === errors);
}
function validate171(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
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
        (validate20(data.id, { instancePath: instancePath + '/id', parentData: data, parentDataProperty: 'id', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate20.errors : vErrors.concat(validate20.errors)).length)),
      void 0 !== data.kraftMetadata &&
        (validate21(data.kraftMetadata, { instancePath: instancePath + '/kraftMetadata', parentData: data, parentDataProperty: 'kraftMetadata', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate21.errors : vErrors.concat(validate21.errors)).length)),
      void 0 !== data.overrides &&
        (validate22(data.overrides, { instancePath: instancePath + '/overrides', parentData: data, parentDataProperty: 'overrides', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate22.errors : vErrors.concat(validate22.errors)).length)),
      void 0 !== data.selector &&
        (validate8(data.selector, { instancePath: instancePath + '/selector', parentData: data, parentDataProperty: 'selector', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate8.errors : vErrors.concat(validate8.errors)).length)),
      void 0 !== data.size &&
        (validate0(data.size, { instancePath: instancePath + '/size', parentData: data, parentDataProperty: 'size', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)),
      void 0 !== data.sizeLimit &&
        (validate27(data.sizeLimit, { instancePath: instancePath + '/sizeLimit', parentData: data, parentDataProperty: 'sizeLimit', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate27.errors : vErrors.concat(validate27.errors)).length)),
      void 0 !== data.type &&
        (validate180(data.type, { instancePath: instancePath + '/type', parentData: data, parentDataProperty: 'type', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate180.errors : vErrors.concat(validate180.errors)).length)),
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
  return ((validate171.errors = vErrors), 0 === errors);
}
function validate528(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'array' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++)
      validate171(data[i0], { instancePath: instancePath + '/' + i0, parentData: data, parentDataProperty: i0, rootData }) ||
        (errors = (vErrors = null === vErrors ? validate171.errors : vErrors.concat(validate171.errors)).length);
  }
  return ((validate528.errors = vErrors), 0 === errors);
}
function validate516(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
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
    (void 0 !== data.class &&
      (validate0(data.class, { instancePath: instancePath + '/class', parentData: data, parentDataProperty: 'class', rootData }) ||
        (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)),
      void 0 !== data.deleteClaim &&
        (validate1(data.deleteClaim, { instancePath: instancePath + '/deleteClaim', parentData: data, parentDataProperty: 'deleteClaim', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate1.errors : vErrors.concat(validate1.errors)).length)),
      void 0 !== data.id &&
        (validate20(data.id, { instancePath: instancePath + '/id', parentData: data, parentDataProperty: 'id', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate20.errors : vErrors.concat(validate20.errors)).length)),
      void 0 !== data.kraftMetadata &&
        (validate21(data.kraftMetadata, { instancePath: instancePath + '/kraftMetadata', parentData: data, parentDataProperty: 'kraftMetadata', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate21.errors : vErrors.concat(validate21.errors)).length)),
      void 0 !== data.overrides &&
        (validate22(data.overrides, { instancePath: instancePath + '/overrides', parentData: data, parentDataProperty: 'overrides', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate22.errors : vErrors.concat(validate22.errors)).length)),
      void 0 !== data.selector &&
        (validate8(data.selector, { instancePath: instancePath + '/selector', parentData: data, parentDataProperty: 'selector', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate8.errors : vErrors.concat(validate8.errors)).length)),
      void 0 !== data.size &&
        (validate0(data.size, { instancePath: instancePath + '/size', parentData: data, parentDataProperty: 'size', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)),
      void 0 !== data.sizeLimit &&
        (validate27(data.sizeLimit, { instancePath: instancePath + '/sizeLimit', parentData: data, parentDataProperty: 'sizeLimit', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate27.errors : vErrors.concat(validate27.errors)).length)),
      void 0 !== data.type &&
        (validate525(data.type, { instancePath: instancePath + '/type', parentData: data, parentDataProperty: 'type', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate525.errors : vErrors.concat(validate525.errors)).length)),
      void 0 !== data.volumeAttributesClass &&
        (validate0(data.volumeAttributesClass, {
          instancePath: instancePath + '/volumeAttributesClass',
          parentData: data,
          parentDataProperty: 'volumeAttributesClass',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)),
      void 0 !== data.volumes &&
        (validate528(data.volumes, { instancePath: instancePath + '/volumes', parentData: data, parentDataProperty: 'volumes', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate528.errors : vErrors.concat(validate528.errors)).length)));
  }
  return ((validate516.errors = vErrors), 0 === errors);
}
let schema149_enum = ['simple', 'opa', 'keycloak', 'custom'];
function validate555(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if ('string' != typeof data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'string' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  if ('simple' !== data && 'opa' !== data && 'keycloak' !== data && 'custom' !== data) {
    let err1 = { instancePath, schemaPath: '#/enum', keyword: 'enum', params: { allowedValues: schema149_enum } };
    (null === vErrors ? (vErrors = [err1]) : vErrors.push(err1), errors++);
  }
  return ((validate555.errors = vErrors), 0 === errors);
}
function validate557(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if ('string' != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'string' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  return ((validate557.errors = vErrors), 0 === errors);
}
function validate532(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
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
    (void 0 !== data.allowOnError &&
      (validate1(data.allowOnError, { instancePath: instancePath + '/allowOnError', parentData: data, parentDataProperty: 'allowOnError', rootData }) ||
        (errors = (vErrors = null === vErrors ? validate1.errors : vErrors.concat(validate1.errors)).length)),
      void 0 !== data.authorizerClass &&
        (validate0(data.authorizerClass, {
          instancePath: instancePath + '/authorizerClass',
          parentData: data,
          parentDataProperty: 'authorizerClass',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)),
      void 0 !== data.clientId &&
        (validate0(data.clientId, { instancePath: instancePath + '/clientId', parentData: data, parentDataProperty: 'clientId', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)),
      void 0 !== data.connectTimeoutSeconds &&
        (validate4(data.connectTimeoutSeconds, {
          instancePath: instancePath + '/connectTimeoutSeconds',
          parentData: data,
          parentDataProperty: 'connectTimeoutSeconds',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate4.errors : vErrors.concat(validate4.errors)).length)),
      void 0 !== data.delegateToKafkaAcls &&
        (validate1(data.delegateToKafkaAcls, {
          instancePath: instancePath + '/delegateToKafkaAcls',
          parentData: data,
          parentDataProperty: 'delegateToKafkaAcls',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate1.errors : vErrors.concat(validate1.errors)).length)),
      void 0 !== data.disableTlsHostnameVerification &&
        (validate1(data.disableTlsHostnameVerification, {
          instancePath: instancePath + '/disableTlsHostnameVerification',
          parentData: data,
          parentDataProperty: 'disableTlsHostnameVerification',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate1.errors : vErrors.concat(validate1.errors)).length)),
      void 0 !== data.enableMetrics &&
        (validate1(data.enableMetrics, { instancePath: instancePath + '/enableMetrics', parentData: data, parentDataProperty: 'enableMetrics', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate1.errors : vErrors.concat(validate1.errors)).length)),
      void 0 !== data.expireAfterMs &&
        (validate3(data.expireAfterMs, { instancePath: instancePath + '/expireAfterMs', parentData: data, parentDataProperty: 'expireAfterMs', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate3.errors : vErrors.concat(validate3.errors)).length)),
      void 0 !== data.grantsAlwaysLatest &&
        (validate1(data.grantsAlwaysLatest, {
          instancePath: instancePath + '/grantsAlwaysLatest',
          parentData: data,
          parentDataProperty: 'grantsAlwaysLatest',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate1.errors : vErrors.concat(validate1.errors)).length)),
      void 0 !== data.grantsGcPeriodSeconds &&
        (validate4(data.grantsGcPeriodSeconds, {
          instancePath: instancePath + '/grantsGcPeriodSeconds',
          parentData: data,
          parentDataProperty: 'grantsGcPeriodSeconds',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate4.errors : vErrors.concat(validate4.errors)).length)),
      void 0 !== data.grantsMaxIdleTimeSeconds &&
        (validate4(data.grantsMaxIdleTimeSeconds, {
          instancePath: instancePath + '/grantsMaxIdleTimeSeconds',
          parentData: data,
          parentDataProperty: 'grantsMaxIdleTimeSeconds',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate4.errors : vErrors.concat(validate4.errors)).length)),
      void 0 !== data.grantsRefreshPeriodSeconds &&
        (validate20(data.grantsRefreshPeriodSeconds, {
          instancePath: instancePath + '/grantsRefreshPeriodSeconds',
          parentData: data,
          parentDataProperty: 'grantsRefreshPeriodSeconds',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate20.errors : vErrors.concat(validate20.errors)).length)),
      void 0 !== data.grantsRefreshPoolSize &&
        (validate4(data.grantsRefreshPoolSize, {
          instancePath: instancePath + '/grantsRefreshPoolSize',
          parentData: data,
          parentDataProperty: 'grantsRefreshPoolSize',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate4.errors : vErrors.concat(validate4.errors)).length)),
      void 0 !== data.httpRetries &&
        (validate20(data.httpRetries, { instancePath: instancePath + '/httpRetries', parentData: data, parentDataProperty: 'httpRetries', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate20.errors : vErrors.concat(validate20.errors)).length)),
      void 0 !== data.includeAcceptHeader &&
        (validate1(data.includeAcceptHeader, {
          instancePath: instancePath + '/includeAcceptHeader',
          parentData: data,
          parentDataProperty: 'includeAcceptHeader',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate1.errors : vErrors.concat(validate1.errors)).length)),
      void 0 !== data.initialCacheCapacity &&
        (validate3(data.initialCacheCapacity, {
          instancePath: instancePath + '/initialCacheCapacity',
          parentData: data,
          parentDataProperty: 'initialCacheCapacity',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate3.errors : vErrors.concat(validate3.errors)).length)),
      void 0 !== data.maximumCacheSize &&
        (validate3(data.maximumCacheSize, {
          instancePath: instancePath + '/maximumCacheSize',
          parentData: data,
          parentDataProperty: 'maximumCacheSize',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate3.errors : vErrors.concat(validate3.errors)).length)),
      void 0 !== data.readTimeoutSeconds &&
        (validate4(data.readTimeoutSeconds, {
          instancePath: instancePath + '/readTimeoutSeconds',
          parentData: data,
          parentDataProperty: 'readTimeoutSeconds',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate4.errors : vErrors.concat(validate4.errors)).length)),
      void 0 !== data.superUsers &&
        (validate6(data.superUsers, { instancePath: instancePath + '/superUsers', parentData: data, parentDataProperty: 'superUsers', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate6.errors : vErrors.concat(validate6.errors)).length)),
      void 0 !== data.supportsAdminApi &&
        (validate1(data.supportsAdminApi, {
          instancePath: instancePath + '/supportsAdminApi',
          parentData: data,
          parentDataProperty: 'supportsAdminApi',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate1.errors : vErrors.concat(validate1.errors)).length)),
      void 0 !== data.tlsTrustedCertificates &&
        (validate28(data.tlsTrustedCertificates, {
          instancePath: instancePath + '/tlsTrustedCertificates',
          parentData: data,
          parentDataProperty: 'tlsTrustedCertificates',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate28.errors : vErrors.concat(validate28.errors)).length)),
      void 0 !== data.tokenEndpointUri &&
        (validate0(data.tokenEndpointUri, {
          instancePath: instancePath + '/tokenEndpointUri',
          parentData: data,
          parentDataProperty: 'tokenEndpointUri',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)),
      void 0 !== data.type &&
        (validate555(data.type, { instancePath: instancePath + '/type', parentData: data, parentDataProperty: 'type', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate555.errors : vErrors.concat(validate555.errors)).length)),
      void 0 !== data.url &&
        (validate557(data.url, { instancePath: instancePath + '/url', parentData: data, parentDataProperty: 'url', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate557.errors : vErrors.concat(validate557.errors)).length)));
  }
  return ((validate532.errors = vErrors), 0 === errors);
}
function validate561(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if ('string' != typeof data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'string' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  return ((validate561.errors = vErrors), 0 === errors);
}
function validate560(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (!(data && 'object' == typeof data && !Array.isArray(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  if (data && 'object' == typeof data && !Array.isArray(data)) {
    if (void 0 === data.topologyKey) {
      let err1 = { instancePath, schemaPath: '#/required', keyword: 'required', params: { missingProperty: 'topologyKey' } };
      (null === vErrors ? (vErrors = [err1]) : vErrors.push(err1), errors++);
    }
    void 0 !== data.topologyKey &&
      (validate561(data.topologyKey, { instancePath: instancePath + '/topologyKey', parentData: data, parentDataProperty: 'topologyKey', rootData }) ||
        (errors = (vErrors = null === vErrors ? validate561.errors : vErrors.concat(validate561.errors)).length));
  }
  return ((validate560.errors = vErrors), 0 === errors);
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
      (void 0 !== data.initialDelaySeconds &&
        (validate20(data.initialDelaySeconds, {
          instancePath: instancePath + '/initialDelaySeconds',
          parentData: data,
          parentDataProperty: 'initialDelaySeconds',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate20.errors : vErrors.concat(validate20.errors)).length)),
      void 0 !== data.timeoutSeconds &&
        (validate4(data.timeoutSeconds, { instancePath: instancePath + '/timeoutSeconds', parentData: data, parentDataProperty: 'timeoutSeconds', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate4.errors : vErrors.concat(validate4.errors)).length)),
      void 0 !== data.periodSeconds &&
        (validate4(data.periodSeconds, { instancePath: instancePath + '/periodSeconds', parentData: data, parentDataProperty: 'periodSeconds', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate4.errors : vErrors.concat(validate4.errors)).length)),
      void 0 !== data.successThreshold &&
        (validate4(data.successThreshold, {
          instancePath: instancePath + '/successThreshold',
          parentData: data,
          parentDataProperty: 'successThreshold',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate4.errors : vErrors.concat(validate4.errors)).length)),
      void 0 !== data.failureThreshold &&
        (validate4(data.failureThreshold, {
          instancePath: instancePath + '/failureThreshold',
          parentData: data,
          parentDataProperty: 'failureThreshold',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate4.errors : vErrors.concat(validate4.errors)).length))),
    (validate40.errors = vErrors),
    0 === errors
  );
}
let pattern1 = RegExp('^[0-9]+[mMgG]?$', 'u');
function validate46(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if ('string' != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'string' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  if ('string' == typeof data && !pattern1.test(data)) {
    let err1 = { instancePath, schemaPath: '#/pattern', keyword: 'pattern', params: { pattern: '^[0-9]+[mMgG]?$' } };
    (null === vErrors ? (vErrors = [err1]) : vErrors.push(err1), errors++);
  }
  return ((validate46.errors = vErrors), 0 === errors);
}
function validate66(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
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
  return ((validate66.errors = vErrors), 0 === errors);
}
function validate65(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'array' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++)
      validate66(data[i0], { instancePath: instancePath + '/' + i0, parentData: data, parentDataProperty: i0, rootData }) ||
        (errors = (vErrors = null === vErrors ? validate66.errors : vErrors.concat(validate66.errors)).length);
  }
  return ((validate65.errors = vErrors), 0 === errors);
}
function validate183(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
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
        (validate8(data['-XX'], { instancePath: instancePath + '/-XX', parentData: data, parentDataProperty: '-XX', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate8.errors : vErrors.concat(validate8.errors)).length)),
      void 0 !== data['-Xmx'] &&
        (validate46(data['-Xmx'], { instancePath: instancePath + '/-Xmx', parentData: data, parentDataProperty: '-Xmx', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate46.errors : vErrors.concat(validate46.errors)).length)),
      void 0 !== data['-Xms'] &&
        (validate46(data['-Xms'], { instancePath: instancePath + '/-Xms', parentData: data, parentDataProperty: '-Xms', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate46.errors : vErrors.concat(validate46.errors)).length)),
      void 0 !== data.gcLoggingEnabled &&
        (validate1(data.gcLoggingEnabled, {
          instancePath: instancePath + '/gcLoggingEnabled',
          parentData: data,
          parentDataProperty: 'gcLoggingEnabled',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate1.errors : vErrors.concat(validate1.errors)).length)),
      void 0 !== data.javaSystemProperties &&
        (validate65(data.javaSystemProperties, {
          instancePath: instancePath + '/javaSystemProperties',
          parentData: data,
          parentDataProperty: 'javaSystemProperties',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate65.errors : vErrors.concat(validate65.errors)).length))),
    (validate183.errors = vErrors),
    0 === errors
  );
}
let schema64_enum = ['password'];
function validate191(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if ('string' != typeof data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'string' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  if ('password' !== data) {
    let err1 = { instancePath, schemaPath: '#/enum', keyword: 'enum', params: { allowedValues: schema64_enum } };
    (null === vErrors ? (vErrors = [err1]) : vErrors.push(err1), errors++);
  }
  return ((validate191.errors = vErrors), 0 === errors);
}
function validate190(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
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
    void 0 !== data.type &&
      (validate191(data.type, { instancePath: instancePath + '/type', parentData: data, parentDataProperty: 'type', rootData }) ||
        (errors = (vErrors = null === vErrors ? validate191.errors : vErrors.concat(validate191.errors)).length));
  }
  return ((validate190.errors = vErrors), 0 === errors);
}
function validate189(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
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
      void 0 !== data.authentication &&
      (validate190(data.authentication, { instancePath: instancePath + '/authentication', parentData: data, parentDataProperty: 'authentication', rootData }) ||
        (errors = (vErrors = null === vErrors ? validate190.errors : vErrors.concat(validate190.errors)).length)),
    (validate189.errors = vErrors),
    0 === errors
  );
}
function validate196(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
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
  return ((validate196.errors = vErrors), 0 === errors);
}
function validate195(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'array' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++)
      validate196(data[i0], { instancePath: instancePath + '/' + i0, parentData: data, parentDataProperty: i0, rootData }) ||
        (errors = (vErrors = null === vErrors ? validate196.errors : vErrors.concat(validate196.errors)).length);
  }
  return ((validate195.errors = vErrors), 0 === errors);
}
let pattern2 = RegExp('^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$', 'u');
function validate49(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0,
    valid0 = !1;
  validate47(data, { instancePath, parentData, parentDataProperty, rootData }) ||
    (errors = (vErrors = null === vErrors ? validate47.errors : vErrors.concat(validate47.errors)).length);
  var _valid0 = 0 === errors;
  if (!(valid0 = valid0 || _valid0)) {
    let _errs2 = errors;
    validate2(data, { instancePath, parentData, parentDataProperty, rootData }) ||
      (errors = (vErrors = null === vErrors ? validate2.errors : vErrors.concat(validate2.errors)).length);
    var _valid0 = _errs2 === errors;
    valid0 = valid0 || _valid0;
  }
  if (valid0) ((errors = 0), null !== vErrors && (vErrors = null));
  else {
    let err0 = { instancePath, schemaPath: '#/anyOf', keyword: 'anyOf', params: {} };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  if ('string' == typeof data && !pattern2.test(data)) {
    let err1 = {
      instancePath,
      schemaPath: '#/pattern',
      keyword: 'pattern',
      params: { pattern: '^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$' },
    };
    (null === vErrors ? (vErrors = [err1]) : vErrors.push(err1), errors++);
  }
  return ((validate49.errors = vErrors), 0 === errors);
}
function validate48(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (!(data && 'object' == typeof data && !Array.isArray(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  if (data && 'object' == typeof data && !Array.isArray(data))
    for (let key0 in data)
      validate49(data[key0], {
        instancePath: instancePath + '/' + key0.replace(/~/g, '~0').replace(/\//g, '~1'),
        parentData: data,
        parentDataProperty: key0,
        rootData,
      }) || (errors = (vErrors = null === vErrors ? validate49.errors : vErrors.concat(validate49.errors)).length);
  return ((validate48.errors = vErrors), 0 === errors);
}
function validate194(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
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
        (validate195(data.claims, { instancePath: instancePath + '/claims', parentData: data, parentDataProperty: 'claims', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate195.errors : vErrors.concat(validate195.errors)).length)),
      void 0 !== data.limits &&
        (validate48(data.limits, { instancePath: instancePath + '/limits', parentData: data, parentDataProperty: 'limits', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate48.errors : vErrors.concat(validate48.errors)).length)),
      void 0 !== data.requests &&
        (validate48(data.requests, { instancePath: instancePath + '/requests', parentData: data, parentDataProperty: 'requests', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate48.errors : vErrors.concat(validate48.errors)).length))),
    (validate194.errors = vErrors),
    0 === errors
  );
}
let schema69_enum = ['jmxPrometheusExporter', 'strimziMetricsReporter'];
function validate204(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if ('string' != typeof data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'string' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  if ('jmxPrometheusExporter' !== data && 'strimziMetricsReporter' !== data) {
    let err1 = { instancePath, schemaPath: '#/enum', keyword: 'enum', params: { allowedValues: schema69_enum } };
    (null === vErrors ? (vErrors = [err1]) : vErrors.push(err1), errors++);
  }
  return ((validate204.errors = vErrors), 0 === errors);
}
function validate54(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
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
    (validate54.errors = vErrors),
    0 === errors
  );
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
      void 0 !== data.configMapKeyRef &&
      (validate54(data.configMapKeyRef, {
        instancePath: instancePath + '/configMapKeyRef',
        parentData: data,
        parentDataProperty: 'configMapKeyRef',
        rootData,
      }) ||
        (errors = (vErrors = null === vErrors ? validate54.errors : vErrors.concat(validate54.errors)).length)),
    (validate53.errors = vErrors),
    0 === errors
  );
}
function validate207(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
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
      void 0 !== data.allowList &&
      (validate6(data.allowList, { instancePath: instancePath + '/allowList', parentData: data, parentDataProperty: 'allowList', rootData }) ||
        (errors = (vErrors = null === vErrors ? validate6.errors : vErrors.concat(validate6.errors)).length)),
    (validate207.errors = vErrors),
    0 === errors
  );
}
function validate203(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
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
    (void 0 !== data.type &&
      (validate204(data.type, { instancePath: instancePath + '/type', parentData: data, parentDataProperty: 'type', rootData }) ||
        (errors = (vErrors = null === vErrors ? validate204.errors : vErrors.concat(validate204.errors)).length)),
      void 0 !== data.valueFrom &&
        (validate53(data.valueFrom, { instancePath: instancePath + '/valueFrom', parentData: data, parentDataProperty: 'valueFrom', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate53.errors : vErrors.concat(validate53.errors)).length)),
      void 0 !== data.values &&
        (validate207(data.values, { instancePath: instancePath + '/values', parentData: data, parentDataProperty: 'values', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate207.errors : vErrors.concat(validate207.errors)).length)));
  }
  return ((validate203.errors = vErrors), 0 === errors);
}
let schema72_enum = ['inline', 'external'];
function validate212(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if ('string' != typeof data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'string' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  if ('inline' !== data && 'external' !== data) {
    let err1 = { instancePath, schemaPath: '#/enum', keyword: 'enum', params: { allowedValues: schema72_enum } };
    (null === vErrors ? (vErrors = [err1]) : vErrors.push(err1), errors++);
  }
  return ((validate212.errors = vErrors), 0 === errors);
}
function validate210(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
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
    (void 0 !== data.loggers &&
      (validate8(data.loggers, { instancePath: instancePath + '/loggers', parentData: data, parentDataProperty: 'loggers', rootData }) ||
        (errors = (vErrors = null === vErrors ? validate8.errors : vErrors.concat(validate8.errors)).length)),
      void 0 !== data.type &&
        (validate212(data.type, { instancePath: instancePath + '/type', parentData: data, parentDataProperty: 'type', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate212.errors : vErrors.concat(validate212.errors)).length)),
      void 0 !== data.valueFrom &&
        (validate53(data.valueFrom, { instancePath: instancePath + '/valueFrom', parentData: data, parentDataProperty: 'valueFrom', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate53.errors : vErrors.concat(validate53.errors)).length)));
  }
  return ((validate210.errors = vErrors), 0 === errors);
}
function validate59(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
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
        (validate8(data.labels, { instancePath: instancePath + '/labels', parentData: data, parentDataProperty: 'labels', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate8.errors : vErrors.concat(validate8.errors)).length)),
      void 0 !== data.annotations &&
        (validate8(data.annotations, { instancePath: instancePath + '/annotations', parentData: data, parentDataProperty: 'annotations', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate8.errors : vErrors.concat(validate8.errors)).length))),
    (validate59.errors = vErrors),
    0 === errors
  );
}
let schema74_enum = ['OrderedReady', 'Parallel'];
function validate217(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if ('string' != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'string' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  if ('OrderedReady' !== data && 'Parallel' !== data) {
    let err1 = { instancePath, schemaPath: '#/enum', keyword: 'enum', params: { allowedValues: schema74_enum } };
    (null === vErrors ? (vErrors = [err1]) : vErrors.push(err1), errors++);
  }
  return ((validate217.errors = vErrors), 0 === errors);
}
function validate215(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
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
        (validate59(data.metadata, { instancePath: instancePath + '/metadata', parentData: data, parentDataProperty: 'metadata', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate59.errors : vErrors.concat(validate59.errors)).length)),
      void 0 !== data.podManagementPolicy &&
        (validate217(data.podManagementPolicy, {
          instancePath: instancePath + '/podManagementPolicy',
          parentData: data,
          parentDataProperty: 'podManagementPolicy',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate217.errors : vErrors.concat(validate217.errors)).length))),
    (validate215.errors = vErrors),
    0 === errors
  );
}
function validate222(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
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
  return ((validate222.errors = vErrors), 0 === errors);
}
function validate221(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'array' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++)
      validate222(data[i0], { instancePath: instancePath + '/' + i0, parentData: data, parentDataProperty: i0, rootData }) ||
        (errors = (vErrors = null === vErrors ? validate222.errors : vErrors.concat(validate222.errors)).length);
  }
  return ((validate221.errors = vErrors), 0 === errors);
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
    (validate62.errors = vErrors),
    0 === errors
  );
}
function validate110(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
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
    (validate110.errors = vErrors),
    0 === errors
  );
}
function validate236(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'array' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++)
      validate47(data[i0], { instancePath: instancePath + '/' + i0, parentData: data, parentDataProperty: i0, rootData }) ||
        (errors = (vErrors = null === vErrors ? validate47.errors : vErrors.concat(validate47.errors)).length);
  }
  return ((validate236.errors = vErrors), 0 === errors);
}
function validate115(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
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
    (validate115.errors = vErrors),
    0 === errors
  );
}
function validate226(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
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
        (validate62(data.appArmorProfile, {
          instancePath: instancePath + '/appArmorProfile',
          parentData: data,
          parentDataProperty: 'appArmorProfile',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate62.errors : vErrors.concat(validate62.errors)).length)),
      void 0 !== data.fsGroup &&
        (validate3(data.fsGroup, { instancePath: instancePath + '/fsGroup', parentData: data, parentDataProperty: 'fsGroup', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate3.errors : vErrors.concat(validate3.errors)).length)),
      void 0 !== data.fsGroupChangePolicy &&
        (validate0(data.fsGroupChangePolicy, {
          instancePath: instancePath + '/fsGroupChangePolicy',
          parentData: data,
          parentDataProperty: 'fsGroupChangePolicy',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)),
      void 0 !== data.runAsGroup &&
        (validate3(data.runAsGroup, { instancePath: instancePath + '/runAsGroup', parentData: data, parentDataProperty: 'runAsGroup', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate3.errors : vErrors.concat(validate3.errors)).length)),
      void 0 !== data.runAsNonRoot &&
        (validate1(data.runAsNonRoot, { instancePath: instancePath + '/runAsNonRoot', parentData: data, parentDataProperty: 'runAsNonRoot', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate1.errors : vErrors.concat(validate1.errors)).length)),
      void 0 !== data.runAsUser &&
        (validate3(data.runAsUser, { instancePath: instancePath + '/runAsUser', parentData: data, parentDataProperty: 'runAsUser', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate3.errors : vErrors.concat(validate3.errors)).length)),
      void 0 !== data.seLinuxChangePolicy &&
        (validate0(data.seLinuxChangePolicy, {
          instancePath: instancePath + '/seLinuxChangePolicy',
          parentData: data,
          parentDataProperty: 'seLinuxChangePolicy',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)),
      void 0 !== data.seLinuxOptions &&
        (validate110(data.seLinuxOptions, {
          instancePath: instancePath + '/seLinuxOptions',
          parentData: data,
          parentDataProperty: 'seLinuxOptions',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate110.errors : vErrors.concat(validate110.errors)).length)),
      void 0 !== data.seccompProfile &&
        (validate62(data.seccompProfile, {
          instancePath: instancePath + '/seccompProfile',
          parentData: data,
          parentDataProperty: 'seccompProfile',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate62.errors : vErrors.concat(validate62.errors)).length)),
      void 0 !== data.supplementalGroups &&
        (validate236(data.supplementalGroups, {
          instancePath: instancePath + '/supplementalGroups',
          parentData: data,
          parentDataProperty: 'supplementalGroups',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate236.errors : vErrors.concat(validate236.errors)).length)),
      void 0 !== data.supplementalGroupsPolicy &&
        (validate0(data.supplementalGroupsPolicy, {
          instancePath: instancePath + '/supplementalGroupsPolicy',
          parentData: data,
          parentDataProperty: 'supplementalGroupsPolicy',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)),
      void 0 !== data.sysctls &&
        (validate65(data.sysctls, { instancePath: instancePath + '/sysctls', parentData: data, parentDataProperty: 'sysctls', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate65.errors : vErrors.concat(validate65.errors)).length)),
      void 0 !== data.windowsOptions &&
        (validate115(data.windowsOptions, {
          instancePath: instancePath + '/windowsOptions',
          parentData: data,
          parentDataProperty: 'windowsOptions',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate115.errors : vErrors.concat(validate115.errors)).length))),
    (validate226.errors = vErrors),
    0 === errors
  );
}
function validate248(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
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
        (validate11(data.matchExpressions, {
          instancePath: instancePath + '/matchExpressions',
          parentData: data,
          parentDataProperty: 'matchExpressions',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate11.errors : vErrors.concat(validate11.errors)).length)),
      void 0 !== data.matchFields &&
        (validate11(data.matchFields, { instancePath: instancePath + '/matchFields', parentData: data, parentDataProperty: 'matchFields', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate11.errors : vErrors.concat(validate11.errors)).length))),
    (validate248.errors = vErrors),
    0 === errors
  );
}
function validate247(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (data && 'object' == typeof data && !Array.isArray(data))
    (void 0 !== data.preference &&
      (validate248(data.preference, { instancePath: instancePath + '/preference', parentData: data, parentDataProperty: 'preference', rootData }) ||
        (errors = (vErrors = null === vErrors ? validate248.errors : vErrors.concat(validate248.errors)).length)),
      void 0 !== data.weight &&
        (validate3(data.weight, { instancePath: instancePath + '/weight', parentData: data, parentDataProperty: 'weight', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate3.errors : vErrors.concat(validate3.errors)).length)));
  else {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  return ((validate247.errors = vErrors), 0 === errors);
}
function validate246(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'array' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++)
      validate247(data[i0], { instancePath: instancePath + '/' + i0, parentData: data, parentDataProperty: i0, rootData }) ||
        (errors = (vErrors = null === vErrors ? validate247.errors : vErrors.concat(validate247.errors)).length);
  }
  return ((validate246.errors = vErrors), 0 === errors);
}
function validate257(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (data && 'object' == typeof data && !Array.isArray(data))
    (void 0 !== data.matchExpressions &&
      (validate11(data.matchExpressions, {
        instancePath: instancePath + '/matchExpressions',
        parentData: data,
        parentDataProperty: 'matchExpressions',
        rootData,
      }) ||
        (errors = (vErrors = null === vErrors ? validate11.errors : vErrors.concat(validate11.errors)).length)),
      void 0 !== data.matchFields &&
        (validate11(data.matchFields, { instancePath: instancePath + '/matchFields', parentData: data, parentDataProperty: 'matchFields', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate11.errors : vErrors.concat(validate11.errors)).length)));
  else {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  return ((validate257.errors = vErrors), 0 === errors);
}
function validate256(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'array' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++)
      validate257(data[i0], { instancePath: instancePath + '/' + i0, parentData: data, parentDataProperty: i0, rootData }) ||
        (errors = (vErrors = null === vErrors ? validate257.errors : vErrors.concat(validate257.errors)).length);
  }
  return ((validate256.errors = vErrors), 0 === errors);
}
function validate255(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
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
      (validate256(data.nodeSelectorTerms, {
        instancePath: instancePath + '/nodeSelectorTerms',
        parentData: data,
        parentDataProperty: 'nodeSelectorTerms',
        rootData,
      }) ||
        (errors = (vErrors = null === vErrors ? validate256.errors : vErrors.concat(validate256.errors)).length)),
    (validate255.errors = vErrors),
    0 === errors
  );
}
function validate245(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
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
        (validate246(data.preferredDuringSchedulingIgnoredDuringExecution, {
          instancePath: instancePath + '/preferredDuringSchedulingIgnoredDuringExecution',
          parentData: data,
          parentDataProperty: 'preferredDuringSchedulingIgnoredDuringExecution',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate246.errors : vErrors.concat(validate246.errors)).length)),
      void 0 !== data.requiredDuringSchedulingIgnoredDuringExecution &&
        (validate255(data.requiredDuringSchedulingIgnoredDuringExecution, {
          instancePath: instancePath + '/requiredDuringSchedulingIgnoredDuringExecution',
          parentData: data,
          parentDataProperty: 'requiredDuringSchedulingIgnoredDuringExecution',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate255.errors : vErrors.concat(validate255.errors)).length))),
    (validate245.errors = vErrors),
    0 === errors
  );
}
function validate73(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
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
        (validate10(data.labelSelector, { instancePath: instancePath + '/labelSelector', parentData: data, parentDataProperty: 'labelSelector', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate10.errors : vErrors.concat(validate10.errors)).length)),
      void 0 !== data.matchLabelKeys &&
        (validate6(data.matchLabelKeys, { instancePath: instancePath + '/matchLabelKeys', parentData: data, parentDataProperty: 'matchLabelKeys', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate6.errors : vErrors.concat(validate6.errors)).length)),
      void 0 !== data.mismatchLabelKeys &&
        (validate6(data.mismatchLabelKeys, {
          instancePath: instancePath + '/mismatchLabelKeys',
          parentData: data,
          parentDataProperty: 'mismatchLabelKeys',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate6.errors : vErrors.concat(validate6.errors)).length)),
      void 0 !== data.namespaceSelector &&
        (validate10(data.namespaceSelector, {
          instancePath: instancePath + '/namespaceSelector',
          parentData: data,
          parentDataProperty: 'namespaceSelector',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate10.errors : vErrors.concat(validate10.errors)).length)),
      void 0 !== data.namespaces &&
        (validate6(data.namespaces, { instancePath: instancePath + '/namespaces', parentData: data, parentDataProperty: 'namespaces', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate6.errors : vErrors.concat(validate6.errors)).length)),
      void 0 !== data.topologyKey &&
        (validate0(data.topologyKey, { instancePath: instancePath + '/topologyKey', parentData: data, parentDataProperty: 'topologyKey', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length))),
    (validate73.errors = vErrors),
    0 === errors
  );
}
function validate72(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (data && 'object' == typeof data && !Array.isArray(data))
    (void 0 !== data.podAffinityTerm &&
      (validate73(data.podAffinityTerm, {
        instancePath: instancePath + '/podAffinityTerm',
        parentData: data,
        parentDataProperty: 'podAffinityTerm',
        rootData,
      }) ||
        (errors = (vErrors = null === vErrors ? validate73.errors : vErrors.concat(validate73.errors)).length)),
      void 0 !== data.weight &&
        (validate3(data.weight, { instancePath: instancePath + '/weight', parentData: data, parentDataProperty: 'weight', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate3.errors : vErrors.concat(validate3.errors)).length)));
  else {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  return ((validate72.errors = vErrors), 0 === errors);
}
function validate71(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'array' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++)
      validate72(data[i0], { instancePath: instancePath + '/' + i0, parentData: data, parentDataProperty: i0, rootData }) ||
        (errors = (vErrors = null === vErrors ? validate72.errors : vErrors.concat(validate72.errors)).length);
  }
  return ((validate71.errors = vErrors), 0 === errors);
}
function validate85(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (data && 'object' == typeof data && !Array.isArray(data))
    (void 0 !== data.labelSelector &&
      (validate10(data.labelSelector, { instancePath: instancePath + '/labelSelector', parentData: data, parentDataProperty: 'labelSelector', rootData }) ||
        (errors = (vErrors = null === vErrors ? validate10.errors : vErrors.concat(validate10.errors)).length)),
      void 0 !== data.matchLabelKeys &&
        (validate6(data.matchLabelKeys, { instancePath: instancePath + '/matchLabelKeys', parentData: data, parentDataProperty: 'matchLabelKeys', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate6.errors : vErrors.concat(validate6.errors)).length)),
      void 0 !== data.mismatchLabelKeys &&
        (validate6(data.mismatchLabelKeys, {
          instancePath: instancePath + '/mismatchLabelKeys',
          parentData: data,
          parentDataProperty: 'mismatchLabelKeys',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate6.errors : vErrors.concat(validate6.errors)).length)),
      void 0 !== data.namespaceSelector &&
        (validate10(data.namespaceSelector, {
          instancePath: instancePath + '/namespaceSelector',
          parentData: data,
          parentDataProperty: 'namespaceSelector',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate10.errors : vErrors.concat(validate10.errors)).length)),
      void 0 !== data.namespaces &&
        (validate6(data.namespaces, { instancePath: instancePath + '/namespaces', parentData: data, parentDataProperty: 'namespaces', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate6.errors : vErrors.concat(validate6.errors)).length)),
      void 0 !== data.topologyKey &&
        (validate0(data.topologyKey, { instancePath: instancePath + '/topologyKey', parentData: data, parentDataProperty: 'topologyKey', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)));
  else {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  return ((validate85.errors = vErrors), 0 === errors);
}
function validate84(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'array' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++)
      validate85(data[i0], { instancePath: instancePath + '/' + i0, parentData: data, parentDataProperty: i0, rootData }) ||
        (errors = (vErrors = null === vErrors ? validate85.errors : vErrors.concat(validate85.errors)).length);
  }
  return ((validate84.errors = vErrors), 0 === errors);
}
function validate70(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
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
        (validate71(data.preferredDuringSchedulingIgnoredDuringExecution, {
          instancePath: instancePath + '/preferredDuringSchedulingIgnoredDuringExecution',
          parentData: data,
          parentDataProperty: 'preferredDuringSchedulingIgnoredDuringExecution',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate71.errors : vErrors.concat(validate71.errors)).length)),
      void 0 !== data.requiredDuringSchedulingIgnoredDuringExecution &&
        (validate84(data.requiredDuringSchedulingIgnoredDuringExecution, {
          instancePath: instancePath + '/requiredDuringSchedulingIgnoredDuringExecution',
          parentData: data,
          parentDataProperty: 'requiredDuringSchedulingIgnoredDuringExecution',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate84.errors : vErrors.concat(validate84.errors)).length))),
    (validate70.errors = vErrors),
    0 === errors
  );
}
function validate244(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
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
        (validate245(data.nodeAffinity, { instancePath: instancePath + '/nodeAffinity', parentData: data, parentDataProperty: 'nodeAffinity', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate245.errors : vErrors.concat(validate245.errors)).length)),
      void 0 !== data.podAffinity &&
        (validate70(data.podAffinity, { instancePath: instancePath + '/podAffinity', parentData: data, parentDataProperty: 'podAffinity', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate70.errors : vErrors.concat(validate70.errors)).length)),
      void 0 !== data.podAntiAffinity &&
        (validate70(data.podAntiAffinity, {
          instancePath: instancePath + '/podAntiAffinity',
          parentData: data,
          parentDataProperty: 'podAntiAffinity',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate70.errors : vErrors.concat(validate70.errors)).length))),
    (validate244.errors = vErrors),
    0 === errors
  );
}
function validate268(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
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
        (validate3(data.tolerationSeconds, {
          instancePath: instancePath + '/tolerationSeconds',
          parentData: data,
          parentDataProperty: 'tolerationSeconds',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate3.errors : vErrors.concat(validate3.errors)).length)),
      void 0 !== data.value &&
        (validate0(data.value, { instancePath: instancePath + '/value', parentData: data, parentDataProperty: 'value', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)));
  else {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  return ((validate268.errors = vErrors), 0 === errors);
}
function validate267(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'array' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++)
      validate268(data[i0], { instancePath: instancePath + '/' + i0, parentData: data, parentDataProperty: i0, rootData }) ||
        (errors = (vErrors = null === vErrors ? validate268.errors : vErrors.concat(validate268.errors)).length);
  }
  return ((validate267.errors = vErrors), 0 === errors);
}
function validate277(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (data && 'object' == typeof data && !Array.isArray(data))
    (void 0 !== data.labelSelector &&
      (validate10(data.labelSelector, { instancePath: instancePath + '/labelSelector', parentData: data, parentDataProperty: 'labelSelector', rootData }) ||
        (errors = (vErrors = null === vErrors ? validate10.errors : vErrors.concat(validate10.errors)).length)),
      void 0 !== data.matchLabelKeys &&
        (validate6(data.matchLabelKeys, { instancePath: instancePath + '/matchLabelKeys', parentData: data, parentDataProperty: 'matchLabelKeys', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate6.errors : vErrors.concat(validate6.errors)).length)),
      void 0 !== data.maxSkew &&
        (validate3(data.maxSkew, { instancePath: instancePath + '/maxSkew', parentData: data, parentDataProperty: 'maxSkew', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate3.errors : vErrors.concat(validate3.errors)).length)),
      void 0 !== data.minDomains &&
        (validate3(data.minDomains, { instancePath: instancePath + '/minDomains', parentData: data, parentDataProperty: 'minDomains', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate3.errors : vErrors.concat(validate3.errors)).length)),
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
  return ((validate277.errors = vErrors), 0 === errors);
}
function validate276(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'array' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++)
      validate277(data[i0], { instancePath: instancePath + '/' + i0, parentData: data, parentDataProperty: i0, rootData }) ||
        (errors = (vErrors = null === vErrors ? validate277.errors : vErrors.concat(validate277.errors)).length);
  }
  return ((validate276.errors = vErrors), 0 === errors);
}
function validate291(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (data && 'object' == typeof data && !Array.isArray(data))
    (void 0 !== data.hostnames &&
      (validate6(data.hostnames, { instancePath: instancePath + '/hostnames', parentData: data, parentDataProperty: 'hostnames', rootData }) ||
        (errors = (vErrors = null === vErrors ? validate6.errors : vErrors.concat(validate6.errors)).length)),
      void 0 !== data.ip &&
        (validate0(data.ip, { instancePath: instancePath + '/ip', parentData: data, parentDataProperty: 'ip', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)));
  else {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
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
let schema94_enum = ['ClusterFirst', 'ClusterFirstWithHostNet', 'Default', 'None'];
function validate296(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if ('string' != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'string' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  if ('ClusterFirst' !== data && 'ClusterFirstWithHostNet' !== data && 'Default' !== data && 'None' !== data) {
    let err1 = { instancePath, schemaPath: '#/enum', keyword: 'enum', params: { allowedValues: schema94_enum } };
    (null === vErrors ? (vErrors = [err1]) : vErrors.push(err1), errors++);
  }
  return ((validate296.errors = vErrors), 0 === errors);
}
function validate298(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
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
        (validate6(data.nameservers, { instancePath: instancePath + '/nameservers', parentData: data, parentDataProperty: 'nameservers', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate6.errors : vErrors.concat(validate6.errors)).length)),
      void 0 !== data.options &&
        (validate65(data.options, { instancePath: instancePath + '/options', parentData: data, parentDataProperty: 'options', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate65.errors : vErrors.concat(validate65.errors)).length)),
      void 0 !== data.searches &&
        (validate6(data.searches, { instancePath: instancePath + '/searches', parentData: data, parentDataProperty: 'searches', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate6.errors : vErrors.concat(validate6.errors)).length))),
    (validate298.errors = vErrors),
    0 === errors
  );
}
function validate307(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  return (
    data &&
      'object' == typeof data &&
      !Array.isArray(data) &&
      (void 0 !== data.secret &&
        (validate5(data.secret, { instancePath: instancePath + '/secret', parentData: data, parentDataProperty: 'secret', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate5.errors : vErrors.concat(validate5.errors)).length)),
      void 0 !== data.configMap &&
        (validate5(data.configMap, { instancePath: instancePath + '/configMap', parentData: data, parentDataProperty: 'configMap', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate5.errors : vErrors.concat(validate5.errors)).length)),
      void 0 !== data.emptyDir &&
        (validate5(data.emptyDir, { instancePath: instancePath + '/emptyDir', parentData: data, parentDataProperty: 'emptyDir', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate5.errors : vErrors.concat(validate5.errors)).length)),
      void 0 !== data.persistentVolumeClaim &&
        (validate5(data.persistentVolumeClaim, {
          instancePath: instancePath + '/persistentVolumeClaim',
          parentData: data,
          parentDataProperty: 'persistentVolumeClaim',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate5.errors : vErrors.concat(validate5.errors)).length)),
      void 0 !== data.csi &&
        (validate5(data.csi, { instancePath: instancePath + '/csi', parentData: data, parentDataProperty: 'csi', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate5.errors : vErrors.concat(validate5.errors)).length)),
      void 0 !== data.image &&
        (validate5(data.image, { instancePath: instancePath + '/image', parentData: data, parentDataProperty: 'image', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate5.errors : vErrors.concat(validate5.errors)).length))),
    (validate307.errors = vErrors),
    0 === errors
  );
}
function validate95(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (data && 'object' == typeof data && !Array.isArray(data))
    (void 0 !== data.key &&
      (validate0(data.key, { instancePath: instancePath + '/key', parentData: data, parentDataProperty: 'key', rootData }) ||
        (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)),
      void 0 !== data.mode &&
        (validate3(data.mode, { instancePath: instancePath + '/mode', parentData: data, parentDataProperty: 'mode', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate3.errors : vErrors.concat(validate3.errors)).length)),
      void 0 !== data.path &&
        (validate0(data.path, { instancePath: instancePath + '/path', parentData: data, parentDataProperty: 'path', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)));
  else {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  return ((validate95.errors = vErrors), 0 === errors);
}
function validate94(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'array' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++)
      validate95(data[i0], { instancePath: instancePath + '/' + i0, parentData: data, parentDataProperty: i0, rootData }) ||
        (errors = (vErrors = null === vErrors ? validate95.errors : vErrors.concat(validate95.errors)).length);
  }
  return ((validate94.errors = vErrors), 0 === errors);
}
function validate316(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
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
        (validate3(data.defaultMode, { instancePath: instancePath + '/defaultMode', parentData: data, parentDataProperty: 'defaultMode', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate3.errors : vErrors.concat(validate3.errors)).length)),
      void 0 !== data.items &&
        (validate94(data.items, { instancePath: instancePath + '/items', parentData: data, parentDataProperty: 'items', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate94.errors : vErrors.concat(validate94.errors)).length)),
      void 0 !== data.optional &&
        (validate1(data.optional, { instancePath: instancePath + '/optional', parentData: data, parentDataProperty: 'optional', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate1.errors : vErrors.concat(validate1.errors)).length)),
      void 0 !== data.secretName &&
        (validate0(data.secretName, { instancePath: instancePath + '/secretName', parentData: data, parentDataProperty: 'secretName', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length))),
    (validate316.errors = vErrors),
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
      (void 0 !== data.defaultMode &&
        (validate3(data.defaultMode, { instancePath: instancePath + '/defaultMode', parentData: data, parentDataProperty: 'defaultMode', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate3.errors : vErrors.concat(validate3.errors)).length)),
      void 0 !== data.items &&
        (validate94(data.items, { instancePath: instancePath + '/items', parentData: data, parentDataProperty: 'items', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate94.errors : vErrors.concat(validate94.errors)).length)),
      void 0 !== data.name &&
        (validate0(data.name, { instancePath: instancePath + '/name', parentData: data, parentDataProperty: 'name', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)),
      void 0 !== data.optional &&
        (validate1(data.optional, { instancePath: instancePath + '/optional', parentData: data, parentDataProperty: 'optional', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate1.errors : vErrors.concat(validate1.errors)).length))),
    (validate322.errors = vErrors),
    0 === errors
  );
}
let schema102_enum = ['Memory'];
function validate329(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if ('string' != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'string' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  if ('Memory' !== data) {
    let err1 = { instancePath, schemaPath: '#/enum', keyword: 'enum', params: { allowedValues: schema102_enum } };
    (null === vErrors ? (vErrors = [err1]) : vErrors.push(err1), errors++);
  }
  return ((validate329.errors = vErrors), 0 === errors);
}
function validate328(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
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
        (validate329(data.medium, { instancePath: instancePath + '/medium', parentData: data, parentDataProperty: 'medium', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate329.errors : vErrors.concat(validate329.errors)).length)),
      void 0 !== data.sizeLimit &&
        (validate27(data.sizeLimit, { instancePath: instancePath + '/sizeLimit', parentData: data, parentDataProperty: 'sizeLimit', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate27.errors : vErrors.concat(validate27.errors)).length))),
    (validate328.errors = vErrors),
    0 === errors
  );
}
function validate333(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
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
    (validate333.errors = vErrors),
    0 === errors
  );
}
function validate340(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
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
    (validate340.errors = vErrors),
    0 === errors
  );
}
function validate337(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
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
        (validate340(data.nodePublishSecretRef, {
          instancePath: instancePath + '/nodePublishSecretRef',
          parentData: data,
          parentDataProperty: 'nodePublishSecretRef',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate340.errors : vErrors.concat(validate340.errors)).length)),
      void 0 !== data.readOnly &&
        (validate1(data.readOnly, { instancePath: instancePath + '/readOnly', parentData: data, parentDataProperty: 'readOnly', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate1.errors : vErrors.concat(validate1.errors)).length)),
      void 0 !== data.volumeAttributes &&
        (validate8(data.volumeAttributes, {
          instancePath: instancePath + '/volumeAttributes',
          parentData: data,
          parentDataProperty: 'volumeAttributes',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate8.errors : vErrors.concat(validate8.errors)).length))),
    (validate337.errors = vErrors),
    0 === errors
  );
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
      (void 0 !== data.pullPolicy &&
        (validate0(data.pullPolicy, { instancePath: instancePath + '/pullPolicy', parentData: data, parentDataProperty: 'pullPolicy', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)),
      void 0 !== data.reference &&
        (validate0(data.reference, { instancePath: instancePath + '/reference', parentData: data, parentDataProperty: 'reference', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length))),
    (validate346.errors = vErrors),
    0 === errors
  );
}
function validate306(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0,
    valid0 = !1,
    passing0 = null;
  if (
    (validate307(data, { instancePath, parentData, parentDataProperty, rootData }) ||
      (errors = (vErrors = null === vErrors ? validate307.errors : vErrors.concat(validate307.errors)).length),
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
        (validate316(data.secret, { instancePath: instancePath + '/secret', parentData: data, parentDataProperty: 'secret', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate316.errors : vErrors.concat(validate316.errors)).length)),
      void 0 !== data.configMap &&
        (validate322(data.configMap, { instancePath: instancePath + '/configMap', parentData: data, parentDataProperty: 'configMap', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate322.errors : vErrors.concat(validate322.errors)).length)),
      void 0 !== data.emptyDir &&
        (validate328(data.emptyDir, { instancePath: instancePath + '/emptyDir', parentData: data, parentDataProperty: 'emptyDir', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate328.errors : vErrors.concat(validate328.errors)).length)),
      void 0 !== data.persistentVolumeClaim &&
        (validate333(data.persistentVolumeClaim, {
          instancePath: instancePath + '/persistentVolumeClaim',
          parentData: data,
          parentDataProperty: 'persistentVolumeClaim',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate333.errors : vErrors.concat(validate333.errors)).length)),
      void 0 !== data.csi &&
        (validate337(data.csi, { instancePath: instancePath + '/csi', parentData: data, parentDataProperty: 'csi', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate337.errors : vErrors.concat(validate337.errors)).length)),
      void 0 !== data.image &&
        (validate346(data.image, { instancePath: instancePath + '/image', parentData: data, parentDataProperty: 'image', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate346.errors : vErrors.concat(validate346.errors)).length)));
  else {
    let err1 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' } };
    (null === vErrors ? (vErrors = [err1]) : vErrors.push(err1), errors++);
  }
  return ((validate306.errors = vErrors), 0 === errors);
}
function validate305(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'array' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++)
      validate306(data[i0], { instancePath: instancePath + '/' + i0, parentData: data, parentDataProperty: i0, rootData }) ||
        (errors = (vErrors = null === vErrors ? validate306.errors : vErrors.concat(validate306.errors)).length);
  }
  return ((validate305.errors = vErrors), 0 === errors);
}
function validate219(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
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
        (validate59(data.metadata, { instancePath: instancePath + '/metadata', parentData: data, parentDataProperty: 'metadata', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate59.errors : vErrors.concat(validate59.errors)).length)),
      void 0 !== data.imagePullSecrets &&
        (validate221(data.imagePullSecrets, {
          instancePath: instancePath + '/imagePullSecrets',
          parentData: data,
          parentDataProperty: 'imagePullSecrets',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate221.errors : vErrors.concat(validate221.errors)).length)),
      void 0 !== data.securityContext &&
        (validate226(data.securityContext, {
          instancePath: instancePath + '/securityContext',
          parentData: data,
          parentDataProperty: 'securityContext',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate226.errors : vErrors.concat(validate226.errors)).length)),
      void 0 !== data.terminationGracePeriodSeconds &&
        (validate20(data.terminationGracePeriodSeconds, {
          instancePath: instancePath + '/terminationGracePeriodSeconds',
          parentData: data,
          parentDataProperty: 'terminationGracePeriodSeconds',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate20.errors : vErrors.concat(validate20.errors)).length)),
      void 0 !== data.affinity &&
        (validate244(data.affinity, { instancePath: instancePath + '/affinity', parentData: data, parentDataProperty: 'affinity', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate244.errors : vErrors.concat(validate244.errors)).length)),
      void 0 !== data.tolerations &&
        (validate267(data.tolerations, { instancePath: instancePath + '/tolerations', parentData: data, parentDataProperty: 'tolerations', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate267.errors : vErrors.concat(validate267.errors)).length)),
      void 0 !== data.topologySpreadConstraints &&
        (validate276(data.topologySpreadConstraints, {
          instancePath: instancePath + '/topologySpreadConstraints',
          parentData: data,
          parentDataProperty: 'topologySpreadConstraints',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate276.errors : vErrors.concat(validate276.errors)).length)),
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
        (validate290(data.hostAliases, { instancePath: instancePath + '/hostAliases', parentData: data, parentDataProperty: 'hostAliases', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate290.errors : vErrors.concat(validate290.errors)).length)),
      void 0 !== data.dnsPolicy &&
        (validate296(data.dnsPolicy, { instancePath: instancePath + '/dnsPolicy', parentData: data, parentDataProperty: 'dnsPolicy', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate296.errors : vErrors.concat(validate296.errors)).length)),
      void 0 !== data.dnsConfig &&
        (validate298(data.dnsConfig, { instancePath: instancePath + '/dnsConfig', parentData: data, parentDataProperty: 'dnsConfig', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate298.errors : vErrors.concat(validate298.errors)).length)),
      void 0 !== data.enableServiceLinks &&
        (validate1(data.enableServiceLinks, {
          instancePath: instancePath + '/enableServiceLinks',
          parentData: data,
          parentDataProperty: 'enableServiceLinks',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate1.errors : vErrors.concat(validate1.errors)).length)),
      void 0 !== data.tmpDirSizeLimit &&
        (validate27(data.tmpDirSizeLimit, {
          instancePath: instancePath + '/tmpDirSizeLimit',
          parentData: data,
          parentDataProperty: 'tmpDirSizeLimit',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate27.errors : vErrors.concat(validate27.errors)).length)),
      void 0 !== data.volumes &&
        (validate305(data.volumes, { instancePath: instancePath + '/volumes', parentData: data, parentDataProperty: 'volumes', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate305.errors : vErrors.concat(validate305.errors)).length))),
    (validate219.errors = vErrors),
    0 === errors
  );
}
function validate104(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
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
        (validate59(data.metadata, { instancePath: instancePath + '/metadata', parentData: data, parentDataProperty: 'metadata', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate59.errors : vErrors.concat(validate59.errors)).length)),
      void 0 !== data.ipFamilyPolicy &&
        (validate100(data.ipFamilyPolicy, {
          instancePath: instancePath + '/ipFamilyPolicy',
          parentData: data,
          parentDataProperty: 'ipFamilyPolicy',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate100.errors : vErrors.concat(validate100.errors)).length)),
      void 0 !== data.ipFamilies &&
        (validate101(data.ipFamilies, { instancePath: instancePath + '/ipFamilies', parentData: data, parentDataProperty: 'ipFamilies', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate101.errors : vErrors.concat(validate101.errors)).length))),
    (validate104.errors = vErrors),
    0 === errors
  );
}
function validate108(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
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
      (validate59(data.metadata, { instancePath: instancePath + '/metadata', parentData: data, parentDataProperty: 'metadata', rootData }) ||
        (errors = (vErrors = null === vErrors ? validate59.errors : vErrors.concat(validate59.errors)).length)),
    (validate108.errors = vErrors),
    0 === errors
  );
}
function validate352(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
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
        (validate59(data.metadata, { instancePath: instancePath + '/metadata', parentData: data, parentDataProperty: 'metadata', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate59.errors : vErrors.concat(validate59.errors)).length)),
      void 0 !== data.maxUnavailable &&
        (validate20(data.maxUnavailable, {
          instancePath: instancePath + '/maxUnavailable',
          parentData: data,
          parentDataProperty: 'maxUnavailable',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate20.errors : vErrors.concat(validate20.errors)).length))),
    (validate352.errors = vErrors),
    0 === errors
  );
}
function validate123(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (data && 'object' == typeof data && !Array.isArray(data)) {
    if (void 0 === data.value) {
      let err0 = { instancePath, schemaPath: '#/required', keyword: 'required', params: { missingProperty: 'value' } };
      (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
    }
    void 0 !== data.value &&
      (validate5(data.value, { instancePath: instancePath + '/value', parentData: data, parentDataProperty: 'value', rootData }) ||
        (errors = (vErrors = null === vErrors ? validate5.errors : vErrors.concat(validate5.errors)).length));
  }
  return ((validate123.errors = vErrors), 0 === errors);
}
function validate126(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (data && 'object' == typeof data && !Array.isArray(data)) {
    if (void 0 === data.valueFrom) {
      let err0 = { instancePath, schemaPath: '#/required', keyword: 'required', params: { missingProperty: 'valueFrom' } };
      (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
    }
    void 0 !== data.valueFrom &&
      (validate5(data.valueFrom, { instancePath: instancePath + '/valueFrom', parentData: data, parentDataProperty: 'valueFrom', rootData }) ||
        (errors = (vErrors = null === vErrors ? validate5.errors : vErrors.concat(validate5.errors)).length));
  }
  return ((validate126.errors = vErrors), 0 === errors);
}
function validate132(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (data && 'object' == typeof data && !Array.isArray(data)) {
    if (void 0 === data.secretKeyRef) {
      let err0 = { instancePath, schemaPath: '#/required', keyword: 'required', params: { missingProperty: 'secretKeyRef' } };
      (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
    }
    void 0 !== data.secretKeyRef &&
      (validate5(data.secretKeyRef, { instancePath: instancePath + '/secretKeyRef', parentData: data, parentDataProperty: 'secretKeyRef', rootData }) ||
        (errors = (vErrors = null === vErrors ? validate5.errors : vErrors.concat(validate5.errors)).length));
  }
  return ((validate132.errors = vErrors), 0 === errors);
}
function validate135(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (data && 'object' == typeof data && !Array.isArray(data)) {
    if (void 0 === data.configMapKeyRef) {
      let err0 = { instancePath, schemaPath: '#/required', keyword: 'required', params: { missingProperty: 'configMapKeyRef' } };
      (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
    }
    void 0 !== data.configMapKeyRef &&
      (validate5(data.configMapKeyRef, {
        instancePath: instancePath + '/configMapKeyRef',
        parentData: data,
        parentDataProperty: 'configMapKeyRef',
        rootData,
      }) ||
        (errors = (vErrors = null === vErrors ? validate5.errors : vErrors.concat(validate5.errors)).length));
  }
  return ((validate135.errors = vErrors), 0 === errors);
}
function validate131(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
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
  validate132(data, { instancePath, parentData, parentDataProperty, rootData }) ||
    (errors = (vErrors = null === vErrors ? validate132.errors : vErrors.concat(validate132.errors)).length);
  var _valid0 = _errs3 === errors;
  _valid0 && ((valid0 = !0), (passing0 = 0));
  let _errs4 = errors;
  validate135(data, { instancePath, parentData, parentDataProperty, rootData }) ||
    (errors = (vErrors = null === vErrors ? validate135.errors : vErrors.concat(validate135.errors)).length);
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
        (validate54(data.secretKeyRef, { instancePath: instancePath + '/secretKeyRef', parentData: data, parentDataProperty: 'secretKeyRef', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate54.errors : vErrors.concat(validate54.errors)).length)),
      void 0 !== data.configMapKeyRef &&
        (validate54(data.configMapKeyRef, {
          instancePath: instancePath + '/configMapKeyRef',
          parentData: data,
          parentDataProperty: 'configMapKeyRef',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate54.errors : vErrors.concat(validate54.errors)).length))),
    (validate131.errors = vErrors),
    0 === errors
  );
}
function validate122(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0,
    valid0 = !1,
    passing0 = null;
  validate123(data, { instancePath, parentData, parentDataProperty, rootData }) ||
    (errors = (vErrors = null === vErrors ? validate123.errors : vErrors.concat(validate123.errors)).length);
  var _valid0 = 0 === errors;
  _valid0 && ((valid0 = !0), (passing0 = 0));
  let _errs3 = errors;
  validate126(data, { instancePath, parentData, parentDataProperty, rootData }) ||
    (errors = (vErrors = null === vErrors ? validate126.errors : vErrors.concat(validate126.errors)).length);
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
        (validate131(data.valueFrom, { instancePath: instancePath + '/valueFrom', parentData: data, parentDataProperty: 'valueFrom', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate131.errors : vErrors.concat(validate131.errors)).length)));
  else {
    let err1 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' } };
    (null === vErrors ? (vErrors = [err1]) : vErrors.push(err1), errors++);
  }
  return ((validate122.errors = vErrors), 0 === errors);
}
function validate121(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'array' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++)
      validate122(data[i0], { instancePath: instancePath + '/' + i0, parentData: data, parentDataProperty: i0, rootData }) ||
        (errors = (vErrors = null === vErrors ? validate122.errors : vErrors.concat(validate122.errors)).length);
  }
  return ((validate121.errors = vErrors), 0 === errors);
}
function validate146(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
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
        (validate6(data.add, { instancePath: instancePath + '/add', parentData: data, parentDataProperty: 'add', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate6.errors : vErrors.concat(validate6.errors)).length)),
      void 0 !== data.drop &&
        (validate6(data.drop, { instancePath: instancePath + '/drop', parentData: data, parentDataProperty: 'drop', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate6.errors : vErrors.concat(validate6.errors)).length))),
    (validate146.errors = vErrors),
    0 === errors
  );
}
function validate143(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
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
        (validate62(data.appArmorProfile, {
          instancePath: instancePath + '/appArmorProfile',
          parentData: data,
          parentDataProperty: 'appArmorProfile',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate62.errors : vErrors.concat(validate62.errors)).length)),
      void 0 !== data.capabilities &&
        (validate146(data.capabilities, { instancePath: instancePath + '/capabilities', parentData: data, parentDataProperty: 'capabilities', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate146.errors : vErrors.concat(validate146.errors)).length)),
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
        (validate3(data.runAsGroup, { instancePath: instancePath + '/runAsGroup', parentData: data, parentDataProperty: 'runAsGroup', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate3.errors : vErrors.concat(validate3.errors)).length)),
      void 0 !== data.runAsNonRoot &&
        (validate1(data.runAsNonRoot, { instancePath: instancePath + '/runAsNonRoot', parentData: data, parentDataProperty: 'runAsNonRoot', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate1.errors : vErrors.concat(validate1.errors)).length)),
      void 0 !== data.runAsUser &&
        (validate3(data.runAsUser, { instancePath: instancePath + '/runAsUser', parentData: data, parentDataProperty: 'runAsUser', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate3.errors : vErrors.concat(validate3.errors)).length)),
      void 0 !== data.seLinuxOptions &&
        (validate110(data.seLinuxOptions, {
          instancePath: instancePath + '/seLinuxOptions',
          parentData: data,
          parentDataProperty: 'seLinuxOptions',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate110.errors : vErrors.concat(validate110.errors)).length)),
      void 0 !== data.seccompProfile &&
        (validate62(data.seccompProfile, {
          instancePath: instancePath + '/seccompProfile',
          parentData: data,
          parentDataProperty: 'seccompProfile',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate62.errors : vErrors.concat(validate62.errors)).length)),
      void 0 !== data.windowsOptions &&
        (validate115(data.windowsOptions, {
          instancePath: instancePath + '/windowsOptions',
          parentData: data,
          parentDataProperty: 'windowsOptions',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate115.errors : vErrors.concat(validate115.errors)).length))),
    (validate143.errors = vErrors),
    0 === errors
  );
}
function validate161(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
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
  return ((validate161.errors = vErrors), 0 === errors);
}
function validate160(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'array' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++)
      validate161(data[i0], { instancePath: instancePath + '/' + i0, parentData: data, parentDataProperty: i0, rootData }) ||
        (errors = (vErrors = null === vErrors ? validate161.errors : vErrors.concat(validate161.errors)).length);
  }
  return ((validate160.errors = vErrors), 0 === errors);
}
function validate120(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
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
        (validate121(data.env, { instancePath: instancePath + '/env', parentData: data, parentDataProperty: 'env', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate121.errors : vErrors.concat(validate121.errors)).length)),
      void 0 !== data.securityContext &&
        (validate143(data.securityContext, {
          instancePath: instancePath + '/securityContext',
          parentData: data,
          parentDataProperty: 'securityContext',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate143.errors : vErrors.concat(validate143.errors)).length)),
      void 0 !== data.volumeMounts &&
        (validate160(data.volumeMounts, { instancePath: instancePath + '/volumeMounts', parentData: data, parentDataProperty: 'volumeMounts', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate160.errors : vErrors.concat(validate160.errors)).length))),
    (validate120.errors = vErrors),
    0 === errors
  );
}
function validate572(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
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
      (void 0 !== data.statefulset &&
        (validate215(data.statefulset, { instancePath: instancePath + '/statefulset', parentData: data, parentDataProperty: 'statefulset', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate215.errors : vErrors.concat(validate215.errors)).length)),
      void 0 !== data.pod &&
        (validate219(data.pod, { instancePath: instancePath + '/pod', parentData: data, parentDataProperty: 'pod', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate219.errors : vErrors.concat(validate219.errors)).length)),
      void 0 !== data.bootstrapService &&
        (validate104(data.bootstrapService, {
          instancePath: instancePath + '/bootstrapService',
          parentData: data,
          parentDataProperty: 'bootstrapService',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate104.errors : vErrors.concat(validate104.errors)).length)),
      void 0 !== data.brokersService &&
        (validate104(data.brokersService, {
          instancePath: instancePath + '/brokersService',
          parentData: data,
          parentDataProperty: 'brokersService',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate104.errors : vErrors.concat(validate104.errors)).length)),
      void 0 !== data.externalBootstrapService &&
        (validate108(data.externalBootstrapService, {
          instancePath: instancePath + '/externalBootstrapService',
          parentData: data,
          parentDataProperty: 'externalBootstrapService',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate108.errors : vErrors.concat(validate108.errors)).length)),
      void 0 !== data.perPodService &&
        (validate108(data.perPodService, { instancePath: instancePath + '/perPodService', parentData: data, parentDataProperty: 'perPodService', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate108.errors : vErrors.concat(validate108.errors)).length)),
      void 0 !== data.externalBootstrapRoute &&
        (validate108(data.externalBootstrapRoute, {
          instancePath: instancePath + '/externalBootstrapRoute',
          parentData: data,
          parentDataProperty: 'externalBootstrapRoute',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate108.errors : vErrors.concat(validate108.errors)).length)),
      void 0 !== data.perPodRoute &&
        (validate108(data.perPodRoute, { instancePath: instancePath + '/perPodRoute', parentData: data, parentDataProperty: 'perPodRoute', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate108.errors : vErrors.concat(validate108.errors)).length)),
      void 0 !== data.externalBootstrapIngress &&
        (validate108(data.externalBootstrapIngress, {
          instancePath: instancePath + '/externalBootstrapIngress',
          parentData: data,
          parentDataProperty: 'externalBootstrapIngress',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate108.errors : vErrors.concat(validate108.errors)).length)),
      void 0 !== data.perPodIngress &&
        (validate108(data.perPodIngress, { instancePath: instancePath + '/perPodIngress', parentData: data, parentDataProperty: 'perPodIngress', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate108.errors : vErrors.concat(validate108.errors)).length)),
      void 0 !== data.persistentVolumeClaim &&
        (validate108(data.persistentVolumeClaim, {
          instancePath: instancePath + '/persistentVolumeClaim',
          parentData: data,
          parentDataProperty: 'persistentVolumeClaim',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate108.errors : vErrors.concat(validate108.errors)).length)),
      void 0 !== data.podDisruptionBudget &&
        (validate352(data.podDisruptionBudget, {
          instancePath: instancePath + '/podDisruptionBudget',
          parentData: data,
          parentDataProperty: 'podDisruptionBudget',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate352.errors : vErrors.concat(validate352.errors)).length)),
      void 0 !== data.kafkaContainer &&
        (validate120(data.kafkaContainer, {
          instancePath: instancePath + '/kafkaContainer',
          parentData: data,
          parentDataProperty: 'kafkaContainer',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate120.errors : vErrors.concat(validate120.errors)).length)),
      void 0 !== data.initContainer &&
        (validate120(data.initContainer, { instancePath: instancePath + '/initContainer', parentData: data, parentDataProperty: 'initContainer', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate120.errors : vErrors.concat(validate120.errors)).length)),
      void 0 !== data.clusterCaCert &&
        (validate108(data.clusterCaCert, { instancePath: instancePath + '/clusterCaCert', parentData: data, parentDataProperty: 'clusterCaCert', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate108.errors : vErrors.concat(validate108.errors)).length)),
      void 0 !== data.serviceAccount &&
        (validate108(data.serviceAccount, {
          instancePath: instancePath + '/serviceAccount',
          parentData: data,
          parentDataProperty: 'serviceAccount',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate108.errors : vErrors.concat(validate108.errors)).length)),
      void 0 !== data.jmxSecret &&
        (validate108(data.jmxSecret, { instancePath: instancePath + '/jmxSecret', parentData: data, parentDataProperty: 'jmxSecret', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate108.errors : vErrors.concat(validate108.errors)).length)),
      void 0 !== data.clusterRoleBinding &&
        (validate108(data.clusterRoleBinding, {
          instancePath: instancePath + '/clusterRoleBinding',
          parentData: data,
          parentDataProperty: 'clusterRoleBinding',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate108.errors : vErrors.concat(validate108.errors)).length)),
      void 0 !== data.podSet &&
        (validate108(data.podSet, { instancePath: instancePath + '/podSet', parentData: data, parentDataProperty: 'podSet', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate108.errors : vErrors.concat(validate108.errors)).length))),
    (validate572.errors = vErrors),
    0 === errors
  );
}
function validate594(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
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
      (void 0 !== data.className &&
        (validate0(data.className, { instancePath: instancePath + '/className', parentData: data, parentDataProperty: 'className', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)),
      void 0 !== data.classPath &&
        (validate0(data.classPath, { instancePath: instancePath + '/classPath', parentData: data, parentDataProperty: 'classPath', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)),
      void 0 !== data.config &&
        (validate8(data.config, { instancePath: instancePath + '/config', parentData: data, parentDataProperty: 'config', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate8.errors : vErrors.concat(validate8.errors)).length))),
    (validate594.errors = vErrors),
    0 === errors
  );
}
let schema156_enum = ['custom'];
function validate599(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if ('string' != typeof data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'string' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  if ('custom' !== data) {
    let err1 = { instancePath, schemaPath: '#/enum', keyword: 'enum', params: { allowedValues: schema156_enum } };
    (null === vErrors ? (vErrors = [err1]) : vErrors.push(err1), errors++);
  }
  return ((validate599.errors = vErrors), 0 === errors);
}
function validate593(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
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
    (void 0 !== data.remoteStorageManager &&
      (validate594(data.remoteStorageManager, {
        instancePath: instancePath + '/remoteStorageManager',
        parentData: data,
        parentDataProperty: 'remoteStorageManager',
        rootData,
      }) ||
        (errors = (vErrors = null === vErrors ? validate594.errors : vErrors.concat(validate594.errors)).length)),
      void 0 !== data.type &&
        (validate599(data.type, { instancePath: instancePath + '/type', parentData: data, parentDataProperty: 'type', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate599.errors : vErrors.concat(validate599.errors)).length)));
  }
  return ((validate593.errors = vErrors), 0 === errors);
}
function validate604(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
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
  return ((validate604.errors = vErrors), 0 === errors);
}
function validate608(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (!('number' == typeof data && isFinite(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'number' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  if ('number' == typeof data && isFinite(data)) {
    if (data > 1 || isNaN(data)) {
      let err1 = { instancePath, schemaPath: '#/maximum', keyword: 'maximum', params: { comparison: '<=', limit: 1 } };
      (null === vErrors ? (vErrors = [err1]) : vErrors.push(err1), errors++);
    }
    if (data < 0 || isNaN(data)) {
      let err2 = { instancePath, schemaPath: '#/minimum', keyword: 'minimum', params: { comparison: '>=', limit: 0 } };
      (null === vErrors ? (vErrors = [err2]) : vErrors.push(err2), errors++);
    }
  }
  return ((validate608.errors = vErrors), 0 === errors);
}
let schema160_enum = ['kafka', 'strimzi'];
function validate612(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if ('string' != typeof data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'string' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  if ('kafka' !== data && 'strimzi' !== data) {
    let err1 = { instancePath, schemaPath: '#/enum', keyword: 'enum', params: { allowedValues: schema160_enum } };
    (null === vErrors ? (vErrors = [err1]) : vErrors.push(err1), errors++);
  }
  return ((validate612.errors = vErrors), 0 === errors);
}
function validate602(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
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
    (void 0 !== data.consumerByteRate &&
      (validate20(data.consumerByteRate, {
        instancePath: instancePath + '/consumerByteRate',
        parentData: data,
        parentDataProperty: 'consumerByteRate',
        rootData,
      }) ||
        (errors = (vErrors = null === vErrors ? validate20.errors : vErrors.concat(validate20.errors)).length)),
      void 0 !== data.controllerMutationRate &&
        (validate604(data.controllerMutationRate, {
          instancePath: instancePath + '/controllerMutationRate',
          parentData: data,
          parentDataProperty: 'controllerMutationRate',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate604.errors : vErrors.concat(validate604.errors)).length)),
      void 0 !== data.excludedPrincipals &&
        (validate6(data.excludedPrincipals, {
          instancePath: instancePath + '/excludedPrincipals',
          parentData: data,
          parentDataProperty: 'excludedPrincipals',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate6.errors : vErrors.concat(validate6.errors)).length)),
      void 0 !== data.minAvailableBytesPerVolume &&
        (validate20(data.minAvailableBytesPerVolume, {
          instancePath: instancePath + '/minAvailableBytesPerVolume',
          parentData: data,
          parentDataProperty: 'minAvailableBytesPerVolume',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate20.errors : vErrors.concat(validate20.errors)).length)),
      void 0 !== data.minAvailableRatioPerVolume &&
        (validate608(data.minAvailableRatioPerVolume, {
          instancePath: instancePath + '/minAvailableRatioPerVolume',
          parentData: data,
          parentDataProperty: 'minAvailableRatioPerVolume',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate608.errors : vErrors.concat(validate608.errors)).length)),
      void 0 !== data.producerByteRate &&
        (validate20(data.producerByteRate, {
          instancePath: instancePath + '/producerByteRate',
          parentData: data,
          parentDataProperty: 'producerByteRate',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate20.errors : vErrors.concat(validate20.errors)).length)),
      void 0 !== data.requestPercentage &&
        (validate20(data.requestPercentage, {
          instancePath: instancePath + '/requestPercentage',
          parentData: data,
          parentDataProperty: 'requestPercentage',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate20.errors : vErrors.concat(validate20.errors)).length)),
      void 0 !== data.type &&
        (validate612(data.type, { instancePath: instancePath + '/type', parentData: data, parentDataProperty: 'type', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate612.errors : vErrors.concat(validate612.errors)).length)));
  }
  return ((validate602.errors = vErrors), 0 === errors);
}
function validate387(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (data && 'object' == typeof data && !Array.isArray(data)) {
    if (void 0 === data.listeners) {
      let err0 = { instancePath, schemaPath: '#/required', keyword: 'required', params: { missingProperty: 'listeners' } };
      (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
    }
    (void 0 !== data.version &&
      (validate0(data.version, { instancePath: instancePath + '/version', parentData: data, parentDataProperty: 'version', rootData }) ||
        (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)),
      void 0 !== data.metadataVersion &&
        (validate0(data.metadataVersion, {
          instancePath: instancePath + '/metadataVersion',
          parentData: data,
          parentDataProperty: 'metadataVersion',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)),
      void 0 !== data.replicas &&
        (validate4(data.replicas, { instancePath: instancePath + '/replicas', parentData: data, parentDataProperty: 'replicas', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate4.errors : vErrors.concat(validate4.errors)).length)),
      void 0 !== data.image &&
        (validate0(data.image, { instancePath: instancePath + '/image', parentData: data, parentDataProperty: 'image', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)),
      void 0 !== data.listeners &&
        (validate392(data.listeners, { instancePath: instancePath + '/listeners', parentData: data, parentDataProperty: 'listeners', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate392.errors : vErrors.concat(validate392.errors)).length)),
      void 0 !== data.config &&
        (validate19(data.config, { instancePath: instancePath + '/config', parentData: data, parentDataProperty: 'config', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate19.errors : vErrors.concat(validate19.errors)).length)),
      void 0 !== data.storage &&
        (validate516(data.storage, { instancePath: instancePath + '/storage', parentData: data, parentDataProperty: 'storage', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate516.errors : vErrors.concat(validate516.errors)).length)),
      void 0 !== data.authorization &&
        (validate532(data.authorization, { instancePath: instancePath + '/authorization', parentData: data, parentDataProperty: 'authorization', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate532.errors : vErrors.concat(validate532.errors)).length)),
      void 0 !== data.rack &&
        (validate560(data.rack, { instancePath: instancePath + '/rack', parentData: data, parentDataProperty: 'rack', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate560.errors : vErrors.concat(validate560.errors)).length)),
      void 0 !== data.brokerRackInitImage &&
        (validate0(data.brokerRackInitImage, {
          instancePath: instancePath + '/brokerRackInitImage',
          parentData: data,
          parentDataProperty: 'brokerRackInitImage',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)),
      void 0 !== data.livenessProbe &&
        (validate40(data.livenessProbe, { instancePath: instancePath + '/livenessProbe', parentData: data, parentDataProperty: 'livenessProbe', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate40.errors : vErrors.concat(validate40.errors)).length)),
      void 0 !== data.readinessProbe &&
        (validate40(data.readinessProbe, {
          instancePath: instancePath + '/readinessProbe',
          parentData: data,
          parentDataProperty: 'readinessProbe',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate40.errors : vErrors.concat(validate40.errors)).length)),
      void 0 !== data.jvmOptions &&
        (validate183(data.jvmOptions, { instancePath: instancePath + '/jvmOptions', parentData: data, parentDataProperty: 'jvmOptions', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate183.errors : vErrors.concat(validate183.errors)).length)),
      void 0 !== data.jmxOptions &&
        (validate189(data.jmxOptions, { instancePath: instancePath + '/jmxOptions', parentData: data, parentDataProperty: 'jmxOptions', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate189.errors : vErrors.concat(validate189.errors)).length)),
      void 0 !== data.resources &&
        (validate194(data.resources, { instancePath: instancePath + '/resources', parentData: data, parentDataProperty: 'resources', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate194.errors : vErrors.concat(validate194.errors)).length)),
      void 0 !== data.metricsConfig &&
        (validate203(data.metricsConfig, { instancePath: instancePath + '/metricsConfig', parentData: data, parentDataProperty: 'metricsConfig', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate203.errors : vErrors.concat(validate203.errors)).length)),
      void 0 !== data.logging &&
        (validate210(data.logging, { instancePath: instancePath + '/logging', parentData: data, parentDataProperty: 'logging', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate210.errors : vErrors.concat(validate210.errors)).length)),
      void 0 !== data.template &&
        (validate572(data.template, { instancePath: instancePath + '/template', parentData: data, parentDataProperty: 'template', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate572.errors : vErrors.concat(validate572.errors)).length)),
      void 0 !== data.tieredStorage &&
        (validate593(data.tieredStorage, { instancePath: instancePath + '/tieredStorage', parentData: data, parentDataProperty: 'tieredStorage', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate593.errors : vErrors.concat(validate593.errors)).length)),
      void 0 !== data.quotas &&
        (validate602(data.quotas, { instancePath: instancePath + '/quotas', parentData: data, parentDataProperty: 'quotas', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate602.errors : vErrors.concat(validate602.errors)).length)));
  } else {
    let err1 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' } };
    (null === vErrors ? (vErrors = [err1]) : vErrors.push(err1), errors++);
  }
  return ((validate387.errors = vErrors), 0 === errors);
}
function validate617(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (!('number' == typeof data && !(data % 1) && !isNaN(data) && isFinite(data))) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'integer' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  if ('number' == typeof data && isFinite(data) && (data < 1 || isNaN(data))) {
    let err1 = { instancePath, schemaPath: '#/minimum', keyword: 'minimum', params: { comparison: '>=', limit: 1 } };
    (null === vErrors ? (vErrors = [err1]) : vErrors.push(err1), errors++);
  }
  return ((validate617.errors = vErrors), 0 === errors);
}
function validate629(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
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
      (void 0 !== data.statefulset &&
        (validate215(data.statefulset, { instancePath: instancePath + '/statefulset', parentData: data, parentDataProperty: 'statefulset', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate215.errors : vErrors.concat(validate215.errors)).length)),
      void 0 !== data.podSet &&
        (validate108(data.podSet, { instancePath: instancePath + '/podSet', parentData: data, parentDataProperty: 'podSet', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate108.errors : vErrors.concat(validate108.errors)).length)),
      void 0 !== data.pod &&
        (validate219(data.pod, { instancePath: instancePath + '/pod', parentData: data, parentDataProperty: 'pod', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate219.errors : vErrors.concat(validate219.errors)).length)),
      void 0 !== data.clientService &&
        (validate104(data.clientService, { instancePath: instancePath + '/clientService', parentData: data, parentDataProperty: 'clientService', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate104.errors : vErrors.concat(validate104.errors)).length)),
      void 0 !== data.nodesService &&
        (validate104(data.nodesService, { instancePath: instancePath + '/nodesService', parentData: data, parentDataProperty: 'nodesService', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate104.errors : vErrors.concat(validate104.errors)).length)),
      void 0 !== data.persistentVolumeClaim &&
        (validate108(data.persistentVolumeClaim, {
          instancePath: instancePath + '/persistentVolumeClaim',
          parentData: data,
          parentDataProperty: 'persistentVolumeClaim',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate108.errors : vErrors.concat(validate108.errors)).length)),
      void 0 !== data.podDisruptionBudget &&
        (validate352(data.podDisruptionBudget, {
          instancePath: instancePath + '/podDisruptionBudget',
          parentData: data,
          parentDataProperty: 'podDisruptionBudget',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate352.errors : vErrors.concat(validate352.errors)).length)),
      void 0 !== data.zookeeperContainer &&
        (validate120(data.zookeeperContainer, {
          instancePath: instancePath + '/zookeeperContainer',
          parentData: data,
          parentDataProperty: 'zookeeperContainer',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate120.errors : vErrors.concat(validate120.errors)).length)),
      void 0 !== data.serviceAccount &&
        (validate108(data.serviceAccount, {
          instancePath: instancePath + '/serviceAccount',
          parentData: data,
          parentDataProperty: 'serviceAccount',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate108.errors : vErrors.concat(validate108.errors)).length)),
      void 0 !== data.jmxSecret &&
        (validate108(data.jmxSecret, { instancePath: instancePath + '/jmxSecret', parentData: data, parentDataProperty: 'jmxSecret', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate108.errors : vErrors.concat(validate108.errors)).length))),
    (validate629.errors = vErrors),
    0 === errors
  );
}
function validate616(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
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
    (void 0 !== data.replicas &&
      (validate617(data.replicas, { instancePath: instancePath + '/replicas', parentData: data, parentDataProperty: 'replicas', rootData }) ||
        (errors = (vErrors = null === vErrors ? validate617.errors : vErrors.concat(validate617.errors)).length)),
      void 0 !== data.image &&
        (validate0(data.image, { instancePath: instancePath + '/image', parentData: data, parentDataProperty: 'image', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)),
      void 0 !== data.storage &&
        (validate171(data.storage, { instancePath: instancePath + '/storage', parentData: data, parentDataProperty: 'storage', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate171.errors : vErrors.concat(validate171.errors)).length)),
      void 0 !== data.config &&
        (validate19(data.config, { instancePath: instancePath + '/config', parentData: data, parentDataProperty: 'config', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate19.errors : vErrors.concat(validate19.errors)).length)),
      void 0 !== data.livenessProbe &&
        (validate40(data.livenessProbe, { instancePath: instancePath + '/livenessProbe', parentData: data, parentDataProperty: 'livenessProbe', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate40.errors : vErrors.concat(validate40.errors)).length)),
      void 0 !== data.readinessProbe &&
        (validate40(data.readinessProbe, {
          instancePath: instancePath + '/readinessProbe',
          parentData: data,
          parentDataProperty: 'readinessProbe',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate40.errors : vErrors.concat(validate40.errors)).length)),
      void 0 !== data.jvmOptions &&
        (validate183(data.jvmOptions, { instancePath: instancePath + '/jvmOptions', parentData: data, parentDataProperty: 'jvmOptions', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate183.errors : vErrors.concat(validate183.errors)).length)),
      void 0 !== data.jmxOptions &&
        (validate189(data.jmxOptions, { instancePath: instancePath + '/jmxOptions', parentData: data, parentDataProperty: 'jmxOptions', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate189.errors : vErrors.concat(validate189.errors)).length)),
      void 0 !== data.resources &&
        (validate194(data.resources, { instancePath: instancePath + '/resources', parentData: data, parentDataProperty: 'resources', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate194.errors : vErrors.concat(validate194.errors)).length)),
      void 0 !== data.metricsConfig &&
        (validate203(data.metricsConfig, { instancePath: instancePath + '/metricsConfig', parentData: data, parentDataProperty: 'metricsConfig', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate203.errors : vErrors.concat(validate203.errors)).length)),
      void 0 !== data.logging &&
        (validate210(data.logging, { instancePath: instancePath + '/logging', parentData: data, parentDataProperty: 'logging', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate210.errors : vErrors.concat(validate210.errors)).length)),
      void 0 !== data.template &&
        (validate629(data.template, { instancePath: instancePath + '/template', parentData: data, parentDataProperty: 'template', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate629.errors : vErrors.concat(validate629.errors)).length)));
  }
  return ((validate616.errors = vErrors), 0 === errors);
}
function validate643(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
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
      (void 0 !== data.watchedNamespace &&
        (validate0(data.watchedNamespace, {
          instancePath: instancePath + '/watchedNamespace',
          parentData: data,
          parentDataProperty: 'watchedNamespace',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)),
      void 0 !== data.image &&
        (validate0(data.image, { instancePath: instancePath + '/image', parentData: data, parentDataProperty: 'image', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)),
      void 0 !== data.reconciliationIntervalSeconds &&
        (validate20(data.reconciliationIntervalSeconds, {
          instancePath: instancePath + '/reconciliationIntervalSeconds',
          parentData: data,
          parentDataProperty: 'reconciliationIntervalSeconds',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate20.errors : vErrors.concat(validate20.errors)).length)),
      void 0 !== data.reconciliationIntervalMs &&
        (validate20(data.reconciliationIntervalMs, {
          instancePath: instancePath + '/reconciliationIntervalMs',
          parentData: data,
          parentDataProperty: 'reconciliationIntervalMs',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate20.errors : vErrors.concat(validate20.errors)).length)),
      void 0 !== data.zookeeperSessionTimeoutSeconds &&
        (validate20(data.zookeeperSessionTimeoutSeconds, {
          instancePath: instancePath + '/zookeeperSessionTimeoutSeconds',
          parentData: data,
          parentDataProperty: 'zookeeperSessionTimeoutSeconds',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate20.errors : vErrors.concat(validate20.errors)).length)),
      void 0 !== data.startupProbe &&
        (validate40(data.startupProbe, { instancePath: instancePath + '/startupProbe', parentData: data, parentDataProperty: 'startupProbe', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate40.errors : vErrors.concat(validate40.errors)).length)),
      void 0 !== data.livenessProbe &&
        (validate40(data.livenessProbe, { instancePath: instancePath + '/livenessProbe', parentData: data, parentDataProperty: 'livenessProbe', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate40.errors : vErrors.concat(validate40.errors)).length)),
      void 0 !== data.readinessProbe &&
        (validate40(data.readinessProbe, {
          instancePath: instancePath + '/readinessProbe',
          parentData: data,
          parentDataProperty: 'readinessProbe',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate40.errors : vErrors.concat(validate40.errors)).length)),
      void 0 !== data.resources &&
        (validate194(data.resources, { instancePath: instancePath + '/resources', parentData: data, parentDataProperty: 'resources', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate194.errors : vErrors.concat(validate194.errors)).length)),
      void 0 !== data.topicMetadataMaxAttempts &&
        (validate20(data.topicMetadataMaxAttempts, {
          instancePath: instancePath + '/topicMetadataMaxAttempts',
          parentData: data,
          parentDataProperty: 'topicMetadataMaxAttempts',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate20.errors : vErrors.concat(validate20.errors)).length)),
      void 0 !== data.logging &&
        (validate210(data.logging, { instancePath: instancePath + '/logging', parentData: data, parentDataProperty: 'logging', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate210.errors : vErrors.concat(validate210.errors)).length)),
      void 0 !== data.jvmOptions &&
        (validate183(data.jvmOptions, { instancePath: instancePath + '/jvmOptions', parentData: data, parentDataProperty: 'jvmOptions', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate183.errors : vErrors.concat(validate183.errors)).length))),
    (validate643.errors = vErrors),
    0 === errors
  );
}
function validate657(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
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
      (void 0 !== data.watchedNamespace &&
        (validate0(data.watchedNamespace, {
          instancePath: instancePath + '/watchedNamespace',
          parentData: data,
          parentDataProperty: 'watchedNamespace',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)),
      void 0 !== data.image &&
        (validate0(data.image, { instancePath: instancePath + '/image', parentData: data, parentDataProperty: 'image', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)),
      void 0 !== data.reconciliationIntervalSeconds &&
        (validate20(data.reconciliationIntervalSeconds, {
          instancePath: instancePath + '/reconciliationIntervalSeconds',
          parentData: data,
          parentDataProperty: 'reconciliationIntervalSeconds',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate20.errors : vErrors.concat(validate20.errors)).length)),
      void 0 !== data.reconciliationIntervalMs &&
        (validate20(data.reconciliationIntervalMs, {
          instancePath: instancePath + '/reconciliationIntervalMs',
          parentData: data,
          parentDataProperty: 'reconciliationIntervalMs',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate20.errors : vErrors.concat(validate20.errors)).length)),
      void 0 !== data.zookeeperSessionTimeoutSeconds &&
        (validate20(data.zookeeperSessionTimeoutSeconds, {
          instancePath: instancePath + '/zookeeperSessionTimeoutSeconds',
          parentData: data,
          parentDataProperty: 'zookeeperSessionTimeoutSeconds',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate20.errors : vErrors.concat(validate20.errors)).length)),
      void 0 !== data.secretPrefix &&
        (validate0(data.secretPrefix, { instancePath: instancePath + '/secretPrefix', parentData: data, parentDataProperty: 'secretPrefix', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)),
      void 0 !== data.livenessProbe &&
        (validate40(data.livenessProbe, { instancePath: instancePath + '/livenessProbe', parentData: data, parentDataProperty: 'livenessProbe', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate40.errors : vErrors.concat(validate40.errors)).length)),
      void 0 !== data.readinessProbe &&
        (validate40(data.readinessProbe, {
          instancePath: instancePath + '/readinessProbe',
          parentData: data,
          parentDataProperty: 'readinessProbe',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate40.errors : vErrors.concat(validate40.errors)).length)),
      void 0 !== data.resources &&
        (validate194(data.resources, { instancePath: instancePath + '/resources', parentData: data, parentDataProperty: 'resources', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate194.errors : vErrors.concat(validate194.errors)).length)),
      void 0 !== data.logging &&
        (validate210(data.logging, { instancePath: instancePath + '/logging', parentData: data, parentDataProperty: 'logging', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate210.errors : vErrors.concat(validate210.errors)).length)),
      void 0 !== data.jvmOptions &&
        (validate183(data.jvmOptions, { instancePath: instancePath + '/jvmOptions', parentData: data, parentDataProperty: 'jvmOptions', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate183.errors : vErrors.concat(validate183.errors)).length))),
    (validate657.errors = vErrors),
    0 === errors
  );
}
let schema111_enum = ['emerg', 'alert', 'crit', 'err', 'warning', 'notice', 'info', 'debug'];
function validate367(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if ('string' != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'string' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  if (
    'emerg' !== data &&
    'alert' !== data &&
    'crit' !== data &&
    'err' !== data &&
    'warning' !== data &&
    'notice' !== data &&
    'info' !== data &&
    'debug' !== data
  ) {
    let err1 = { instancePath, schemaPath: '#/enum', keyword: 'enum', params: { allowedValues: schema111_enum } };
    (null === vErrors ? (vErrors = [err1]) : vErrors.push(err1), errors++);
  }
  return ((validate367.errors = vErrors), 0 === errors);
}
function validate362(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
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
      (void 0 !== data.image &&
        (validate0(data.image, { instancePath: instancePath + '/image', parentData: data, parentDataProperty: 'image', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)),
      void 0 !== data.resources &&
        (validate194(data.resources, { instancePath: instancePath + '/resources', parentData: data, parentDataProperty: 'resources', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate194.errors : vErrors.concat(validate194.errors)).length)),
      void 0 !== data.livenessProbe &&
        (validate40(data.livenessProbe, { instancePath: instancePath + '/livenessProbe', parentData: data, parentDataProperty: 'livenessProbe', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate40.errors : vErrors.concat(validate40.errors)).length)),
      void 0 !== data.readinessProbe &&
        (validate40(data.readinessProbe, {
          instancePath: instancePath + '/readinessProbe',
          parentData: data,
          parentDataProperty: 'readinessProbe',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate40.errors : vErrors.concat(validate40.errors)).length)),
      void 0 !== data.logLevel &&
        (validate367(data.logLevel, { instancePath: instancePath + '/logLevel', parentData: data, parentDataProperty: 'logLevel', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate367.errors : vErrors.concat(validate367.errors)).length))),
    (validate362.errors = vErrors),
    0 === errors
  );
}
let schema113_enum = ['RollingUpdate', 'Recreate'];
function validate371(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if ('string' != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'string' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  if ('RollingUpdate' !== data && 'Recreate' !== data) {
    let err1 = { instancePath, schemaPath: '#/enum', keyword: 'enum', params: { allowedValues: schema113_enum } };
    (null === vErrors ? (vErrors = [err1]) : vErrors.push(err1), errors++);
  }
  return ((validate371.errors = vErrors), 0 === errors);
}
function validate369(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
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
        (validate59(data.metadata, { instancePath: instancePath + '/metadata', parentData: data, parentDataProperty: 'metadata', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate59.errors : vErrors.concat(validate59.errors)).length)),
      void 0 !== data.deploymentStrategy &&
        (validate371(data.deploymentStrategy, {
          instancePath: instancePath + '/deploymentStrategy',
          parentData: data,
          parentDataProperty: 'deploymentStrategy',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate371.errors : vErrors.concat(validate371.errors)).length))),
    (validate369.errors = vErrors),
    0 === errors
  );
}
function validate671(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
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
      (void 0 !== data.deployment &&
        (validate369(data.deployment, { instancePath: instancePath + '/deployment', parentData: data, parentDataProperty: 'deployment', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate369.errors : vErrors.concat(validate369.errors)).length)),
      void 0 !== data.pod &&
        (validate219(data.pod, { instancePath: instancePath + '/pod', parentData: data, parentDataProperty: 'pod', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate219.errors : vErrors.concat(validate219.errors)).length)),
      void 0 !== data.topicOperatorContainer &&
        (validate120(data.topicOperatorContainer, {
          instancePath: instancePath + '/topicOperatorContainer',
          parentData: data,
          parentDataProperty: 'topicOperatorContainer',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate120.errors : vErrors.concat(validate120.errors)).length)),
      void 0 !== data.userOperatorContainer &&
        (validate120(data.userOperatorContainer, {
          instancePath: instancePath + '/userOperatorContainer',
          parentData: data,
          parentDataProperty: 'userOperatorContainer',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate120.errors : vErrors.concat(validate120.errors)).length)),
      void 0 !== data.tlsSidecarContainer &&
        (validate120(data.tlsSidecarContainer, {
          instancePath: instancePath + '/tlsSidecarContainer',
          parentData: data,
          parentDataProperty: 'tlsSidecarContainer',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate120.errors : vErrors.concat(validate120.errors)).length)),
      void 0 !== data.serviceAccount &&
        (validate108(data.serviceAccount, {
          instancePath: instancePath + '/serviceAccount',
          parentData: data,
          parentDataProperty: 'serviceAccount',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate108.errors : vErrors.concat(validate108.errors)).length)),
      void 0 !== data.podDisruptionBudget &&
        (validate352(data.podDisruptionBudget, {
          instancePath: instancePath + '/podDisruptionBudget',
          parentData: data,
          parentDataProperty: 'podDisruptionBudget',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate352.errors : vErrors.concat(validate352.errors)).length)),
      void 0 !== data.entityOperatorRole &&
        (validate108(data.entityOperatorRole, {
          instancePath: instancePath + '/entityOperatorRole',
          parentData: data,
          parentDataProperty: 'entityOperatorRole',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate108.errors : vErrors.concat(validate108.errors)).length)),
      void 0 !== data.topicOperatorRoleBinding &&
        (validate108(data.topicOperatorRoleBinding, {
          instancePath: instancePath + '/topicOperatorRoleBinding',
          parentData: data,
          parentDataProperty: 'topicOperatorRoleBinding',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate108.errors : vErrors.concat(validate108.errors)).length)),
      void 0 !== data.userOperatorRoleBinding &&
        (validate108(data.userOperatorRoleBinding, {
          instancePath: instancePath + '/userOperatorRoleBinding',
          parentData: data,
          parentDataProperty: 'userOperatorRoleBinding',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate108.errors : vErrors.concat(validate108.errors)).length))),
    (validate671.errors = vErrors),
    0 === errors
  );
}
function validate642(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
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
      (void 0 !== data.topicOperator &&
        (validate643(data.topicOperator, { instancePath: instancePath + '/topicOperator', parentData: data, parentDataProperty: 'topicOperator', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate643.errors : vErrors.concat(validate643.errors)).length)),
      void 0 !== data.userOperator &&
        (validate657(data.userOperator, { instancePath: instancePath + '/userOperator', parentData: data, parentDataProperty: 'userOperator', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate657.errors : vErrors.concat(validate657.errors)).length)),
      void 0 !== data.tlsSidecar &&
        (validate362(data.tlsSidecar, { instancePath: instancePath + '/tlsSidecar', parentData: data, parentDataProperty: 'tlsSidecar', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate362.errors : vErrors.concat(validate362.errors)).length)),
      void 0 !== data.template &&
        (validate671(data.template, { instancePath: instancePath + '/template', parentData: data, parentDataProperty: 'template', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate671.errors : vErrors.concat(validate671.errors)).length))),
    (validate642.errors = vErrors),
    0 === errors
  );
}
let schema109_enum = ['renew-certificate', 'replace-key'];
function validate360(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if ('string' != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'string' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  if ('renew-certificate' !== data && 'replace-key' !== data) {
    let err1 = { instancePath, schemaPath: '#/enum', keyword: 'enum', params: { allowedValues: schema109_enum } };
    (null === vErrors ? (vErrors = [err1]) : vErrors.push(err1), errors++);
  }
  return ((validate360.errors = vErrors), 0 === errors);
}
function validate355(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
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
      (void 0 !== data.generateCertificateAuthority &&
        (validate1(data.generateCertificateAuthority, {
          instancePath: instancePath + '/generateCertificateAuthority',
          parentData: data,
          parentDataProperty: 'generateCertificateAuthority',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate1.errors : vErrors.concat(validate1.errors)).length)),
      void 0 !== data.generateSecretOwnerReference &&
        (validate1(data.generateSecretOwnerReference, {
          instancePath: instancePath + '/generateSecretOwnerReference',
          parentData: data,
          parentDataProperty: 'generateSecretOwnerReference',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate1.errors : vErrors.concat(validate1.errors)).length)),
      void 0 !== data.validityDays &&
        (validate4(data.validityDays, { instancePath: instancePath + '/validityDays', parentData: data, parentDataProperty: 'validityDays', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate4.errors : vErrors.concat(validate4.errors)).length)),
      void 0 !== data.renewalDays &&
        (validate4(data.renewalDays, { instancePath: instancePath + '/renewalDays', parentData: data, parentDataProperty: 'renewalDays', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate4.errors : vErrors.concat(validate4.errors)).length)),
      void 0 !== data.certificateExpirationPolicy &&
        (validate360(data.certificateExpirationPolicy, {
          instancePath: instancePath + '/certificateExpirationPolicy',
          parentData: data,
          parentDataProperty: 'certificateExpirationPolicy',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate360.errors : vErrors.concat(validate360.errors)).length))),
    (validate355.errors = vErrors),
    0 === errors
  );
}
function validate694(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
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
      (void 0 !== data.deployment &&
        (validate369(data.deployment, { instancePath: instancePath + '/deployment', parentData: data, parentDataProperty: 'deployment', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate369.errors : vErrors.concat(validate369.errors)).length)),
      void 0 !== data.pod &&
        (validate219(data.pod, { instancePath: instancePath + '/pod', parentData: data, parentDataProperty: 'pod', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate219.errors : vErrors.concat(validate219.errors)).length)),
      void 0 !== data.apiService &&
        (validate104(data.apiService, { instancePath: instancePath + '/apiService', parentData: data, parentDataProperty: 'apiService', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate104.errors : vErrors.concat(validate104.errors)).length)),
      void 0 !== data.podDisruptionBudget &&
        (validate352(data.podDisruptionBudget, {
          instancePath: instancePath + '/podDisruptionBudget',
          parentData: data,
          parentDataProperty: 'podDisruptionBudget',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate352.errors : vErrors.concat(validate352.errors)).length)),
      void 0 !== data.cruiseControlContainer &&
        (validate120(data.cruiseControlContainer, {
          instancePath: instancePath + '/cruiseControlContainer',
          parentData: data,
          parentDataProperty: 'cruiseControlContainer',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate120.errors : vErrors.concat(validate120.errors)).length)),
      void 0 !== data.tlsSidecarContainer &&
        (validate120(data.tlsSidecarContainer, {
          instancePath: instancePath + '/tlsSidecarContainer',
          parentData: data,
          parentDataProperty: 'tlsSidecarContainer',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate120.errors : vErrors.concat(validate120.errors)).length)),
      void 0 !== data.serviceAccount &&
        (validate108(data.serviceAccount, {
          instancePath: instancePath + '/serviceAccount',
          parentData: data,
          parentDataProperty: 'serviceAccount',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate108.errors : vErrors.concat(validate108.errors)).length))),
    (validate694.errors = vErrors),
    0 === errors
  );
}
let pattern6 = RegExp('^[0-9]+([.][0-9]*)?([KMGTPE]i?|e[0-9]+)?$', 'u');
function validate704(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if ('string' != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'string' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  if ('string' == typeof data && !pattern6.test(data)) {
    let err1 = { instancePath, schemaPath: '#/pattern', keyword: 'pattern', params: { pattern: '^[0-9]+([.][0-9]*)?([KMGTPE]i?|e[0-9]+)?$' } };
    (null === vErrors ? (vErrors = [err1]) : vErrors.push(err1), errors++);
  }
  return ((validate704.errors = vErrors), 0 === errors);
}
function validate706(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (!('number' == typeof data && !(data % 1) && !isNaN(data) && isFinite(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'integer' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  if ('number' == typeof data && isFinite(data)) {
    if (data > 100 || isNaN(data)) {
      let err1 = { instancePath, schemaPath: '#/maximum', keyword: 'maximum', params: { comparison: '<=', limit: 100 } };
      (null === vErrors ? (vErrors = [err1]) : vErrors.push(err1), errors++);
    }
    if (data < 0 || isNaN(data)) {
      let err2 = { instancePath, schemaPath: '#/minimum', keyword: 'minimum', params: { comparison: '>=', limit: 0 } };
      (null === vErrors ? (vErrors = [err2]) : vErrors.push(err2), errors++);
    }
  }
  return ((validate706.errors = vErrors), 0 === errors);
}
let pattern4 = RegExp('^[0-9]+([.][0-9]{0,3}|[m]?)$', 'u');
function validate374(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if ('string' != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'string' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  if ('string' == typeof data && !pattern4.test(data)) {
    let err1 = { instancePath, schemaPath: '#/pattern', keyword: 'pattern', params: { pattern: '^[0-9]+([.][0-9]{0,3}|[m]?)$' } };
    (null === vErrors ? (vErrors = [err1]) : vErrors.push(err1), errors++);
  }
  return ((validate374.errors = vErrors), 0 === errors);
}
let pattern3 = RegExp('^[0-9]+([KMG]i?)?B/s$', 'u');
function validate373(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if ('string' != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'string' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  if ('string' == typeof data && !pattern3.test(data)) {
    let err1 = { instancePath, schemaPath: '#/pattern', keyword: 'pattern', params: { pattern: '^[0-9]+([KMG]i?)?B/s$' } };
    (null === vErrors ? (vErrors = [err1]) : vErrors.push(err1), errors++);
  }
  return ((validate373.errors = vErrors), 0 === errors);
}
function validate713(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++)
      validate47(data[i0], { instancePath: instancePath + '/' + i0, parentData: data, parentDataProperty: i0, rootData }) ||
        (errors = (vErrors = null === vErrors ? validate47.errors : vErrors.concat(validate47.errors)).length);
  } else {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'array' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  return ((validate713.errors = vErrors), 0 === errors);
}
function validate712(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (data && 'object' == typeof data && !Array.isArray(data)) {
    if (void 0 === data.brokers) {
      let err0 = { instancePath, schemaPath: '#/required', keyword: 'required', params: { missingProperty: 'brokers' } };
      (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
    }
    (void 0 !== data.brokers &&
      (validate713(data.brokers, { instancePath: instancePath + '/brokers', parentData: data, parentDataProperty: 'brokers', rootData }) ||
        (errors = (vErrors = null === vErrors ? validate713.errors : vErrors.concat(validate713.errors)).length)),
      void 0 !== data.cpu &&
        (validate374(data.cpu, { instancePath: instancePath + '/cpu', parentData: data, parentDataProperty: 'cpu', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate374.errors : vErrors.concat(validate374.errors)).length)),
      void 0 !== data.inboundNetwork &&
        (validate373(data.inboundNetwork, {
          instancePath: instancePath + '/inboundNetwork',
          parentData: data,
          parentDataProperty: 'inboundNetwork',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate373.errors : vErrors.concat(validate373.errors)).length)),
      void 0 !== data.outboundNetwork &&
        (validate373(data.outboundNetwork, {
          instancePath: instancePath + '/outboundNetwork',
          parentData: data,
          parentDataProperty: 'outboundNetwork',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate373.errors : vErrors.concat(validate373.errors)).length)));
  } else {
    let err1 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' } };
    (null === vErrors ? (vErrors = [err1]) : vErrors.push(err1), errors++);
  }
  return ((validate712.errors = vErrors), 0 === errors);
}
function validate711(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'array' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++)
      validate712(data[i0], { instancePath: instancePath + '/' + i0, parentData: data, parentDataProperty: i0, rootData }) ||
        (errors = (vErrors = null === vErrors ? validate712.errors : vErrors.concat(validate712.errors)).length);
  }
  return ((validate711.errors = vErrors), 0 === errors);
}
function validate703(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
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
      (void 0 !== data.disk &&
        (validate704(data.disk, { instancePath: instancePath + '/disk', parentData: data, parentDataProperty: 'disk', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate704.errors : vErrors.concat(validate704.errors)).length)),
      void 0 !== data.cpuUtilization &&
        (validate706(data.cpuUtilization, {
          instancePath: instancePath + '/cpuUtilization',
          parentData: data,
          parentDataProperty: 'cpuUtilization',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate706.errors : vErrors.concat(validate706.errors)).length)),
      void 0 !== data.cpu &&
        (validate374(data.cpu, { instancePath: instancePath + '/cpu', parentData: data, parentDataProperty: 'cpu', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate374.errors : vErrors.concat(validate374.errors)).length)),
      void 0 !== data.inboundNetwork &&
        (validate373(data.inboundNetwork, {
          instancePath: instancePath + '/inboundNetwork',
          parentData: data,
          parentDataProperty: 'inboundNetwork',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate373.errors : vErrors.concat(validate373.errors)).length)),
      void 0 !== data.outboundNetwork &&
        (validate373(data.outboundNetwork, {
          instancePath: instancePath + '/outboundNetwork',
          parentData: data,
          parentDataProperty: 'outboundNetwork',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate373.errors : vErrors.concat(validate373.errors)).length)),
      void 0 !== data.overrides &&
        (validate711(data.overrides, { instancePath: instancePath + '/overrides', parentData: data, parentDataProperty: 'overrides', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate711.errors : vErrors.concat(validate711.errors)).length))),
    (validate703.errors = vErrors),
    0 === errors
  );
}
let schema177_enum = ['hashLoginService'];
function validate725(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if ('string' != typeof data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'string' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  if ('hashLoginService' !== data) {
    let err1 = { instancePath, schemaPath: '#/enum', keyword: 'enum', params: { allowedValues: schema177_enum } };
    (null === vErrors ? (vErrors = [err1]) : vErrors.push(err1), errors++);
  }
  return ((validate725.errors = vErrors), 0 === errors);
}
function validate727(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (data && 'object' == typeof data && !Array.isArray(data))
    void 0 !== data.secretKeyRef &&
      (validate54(data.secretKeyRef, { instancePath: instancePath + '/secretKeyRef', parentData: data, parentDataProperty: 'secretKeyRef', rootData }) ||
        (errors = (vErrors = null === vErrors ? validate54.errors : vErrors.concat(validate54.errors)).length));
  else {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  return ((validate727.errors = vErrors), 0 === errors);
}
function validate724(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
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
    if (void 0 === data.valueFrom) {
      let err2 = { instancePath, schemaPath: '#/required', keyword: 'required', params: { missingProperty: 'valueFrom' } };
      (null === vErrors ? (vErrors = [err2]) : vErrors.push(err2), errors++);
    }
    (void 0 !== data.type &&
      (validate725(data.type, { instancePath: instancePath + '/type', parentData: data, parentDataProperty: 'type', rootData }) ||
        (errors = (vErrors = null === vErrors ? validate725.errors : vErrors.concat(validate725.errors)).length)),
      void 0 !== data.valueFrom &&
        (validate727(data.valueFrom, { instancePath: instancePath + '/valueFrom', parentData: data, parentDataProperty: 'valueFrom', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate727.errors : vErrors.concat(validate727.errors)).length)));
  }
  return ((validate724.errors = vErrors), 0 === errors);
}
let schema181_enum = ['add-brokers', 'remove-brokers'];
function validate733(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if ('string' != typeof data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'string' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  if ('add-brokers' !== data && 'remove-brokers' !== data) {
    let err1 = { instancePath, schemaPath: '#/enum', keyword: 'enum', params: { allowedValues: schema181_enum } };
    (null === vErrors ? (vErrors = [err1]) : vErrors.push(err1), errors++);
  }
  return ((validate733.errors = vErrors), 0 === errors);
}
function validate732(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (data && 'object' == typeof data && !Array.isArray(data)) {
    if (void 0 === data.mode) {
      let err0 = { instancePath, schemaPath: '#/required', keyword: 'required', params: { missingProperty: 'mode' } };
      (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
    }
    (void 0 !== data.mode &&
      (validate733(data.mode, { instancePath: instancePath + '/mode', parentData: data, parentDataProperty: 'mode', rootData }) ||
        (errors = (vErrors = null === vErrors ? validate733.errors : vErrors.concat(validate733.errors)).length)),
      void 0 !== data.template &&
        (validate340(data.template, { instancePath: instancePath + '/template', parentData: data, parentDataProperty: 'template', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate340.errors : vErrors.concat(validate340.errors)).length)));
  } else {
    let err1 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' } };
    (null === vErrors ? (vErrors = [err1]) : vErrors.push(err1), errors++);
  }
  return ((validate732.errors = vErrors), 0 === errors);
}
function validate731(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'array' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  if (Array.isArray(data)) {
    if (data.length < 1) {
      let err1 = { instancePath, schemaPath: '#/minItems', keyword: 'minItems', params: { limit: 1 } };
      (null === vErrors ? (vErrors = [err1]) : vErrors.push(err1), errors++);
    }
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++)
      validate732(data[i0], { instancePath: instancePath + '/' + i0, parentData: data, parentDataProperty: i0, rootData }) ||
        (errors = (vErrors = null === vErrors ? validate732.errors : vErrors.concat(validate732.errors)).length);
  }
  return ((validate731.errors = vErrors), 0 === errors);
}
function validate686(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
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
      (void 0 !== data.image &&
        (validate0(data.image, { instancePath: instancePath + '/image', parentData: data, parentDataProperty: 'image', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)),
      void 0 !== data.tlsSidecar &&
        (validate362(data.tlsSidecar, { instancePath: instancePath + '/tlsSidecar', parentData: data, parentDataProperty: 'tlsSidecar', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate362.errors : vErrors.concat(validate362.errors)).length)),
      void 0 !== data.resources &&
        (validate194(data.resources, { instancePath: instancePath + '/resources', parentData: data, parentDataProperty: 'resources', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate194.errors : vErrors.concat(validate194.errors)).length)),
      void 0 !== data.livenessProbe &&
        (validate40(data.livenessProbe, { instancePath: instancePath + '/livenessProbe', parentData: data, parentDataProperty: 'livenessProbe', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate40.errors : vErrors.concat(validate40.errors)).length)),
      void 0 !== data.readinessProbe &&
        (validate40(data.readinessProbe, {
          instancePath: instancePath + '/readinessProbe',
          parentData: data,
          parentDataProperty: 'readinessProbe',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate40.errors : vErrors.concat(validate40.errors)).length)),
      void 0 !== data.jvmOptions &&
        (validate183(data.jvmOptions, { instancePath: instancePath + '/jvmOptions', parentData: data, parentDataProperty: 'jvmOptions', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate183.errors : vErrors.concat(validate183.errors)).length)),
      void 0 !== data.logging &&
        (validate210(data.logging, { instancePath: instancePath + '/logging', parentData: data, parentDataProperty: 'logging', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate210.errors : vErrors.concat(validate210.errors)).length)),
      void 0 !== data.template &&
        (validate694(data.template, { instancePath: instancePath + '/template', parentData: data, parentDataProperty: 'template', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate694.errors : vErrors.concat(validate694.errors)).length)),
      void 0 !== data.brokerCapacity &&
        (validate703(data.brokerCapacity, {
          instancePath: instancePath + '/brokerCapacity',
          parentData: data,
          parentDataProperty: 'brokerCapacity',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate703.errors : vErrors.concat(validate703.errors)).length)),
      void 0 !== data.config &&
        (validate19(data.config, { instancePath: instancePath + '/config', parentData: data, parentDataProperty: 'config', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate19.errors : vErrors.concat(validate19.errors)).length)),
      void 0 !== data.metricsConfig &&
        (validate203(data.metricsConfig, { instancePath: instancePath + '/metricsConfig', parentData: data, parentDataProperty: 'metricsConfig', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate203.errors : vErrors.concat(validate203.errors)).length)),
      void 0 !== data.apiUsers &&
        (validate724(data.apiUsers, { instancePath: instancePath + '/apiUsers', parentData: data, parentDataProperty: 'apiUsers', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate724.errors : vErrors.concat(validate724.errors)).length)),
      void 0 !== data.autoRebalance &&
        (validate731(data.autoRebalance, { instancePath: instancePath + '/autoRebalance', parentData: data, parentDataProperty: 'autoRebalance', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate731.errors : vErrors.concat(validate731.errors)).length))),
    (validate686.errors = vErrors),
    0 === errors
  );
}
function validate742(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (data && 'object' == typeof data && !Array.isArray(data)) {
    if (void 0 === data.outputType) {
      let err0 = { instancePath, schemaPath: '#/required', keyword: 'required', params: { missingProperty: 'outputType' } };
      (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
    }
    if (void 0 === data.name) {
      let err1 = { instancePath, schemaPath: '#/required', keyword: 'required', params: { missingProperty: 'name' } };
      (null === vErrors ? (vErrors = [err1]) : vErrors.push(err1), errors++);
    }
    (void 0 !== data.outputType &&
      (validate2(data.outputType, { instancePath: instancePath + '/outputType', parentData: data, parentDataProperty: 'outputType', rootData }) ||
        (errors = (vErrors = null === vErrors ? validate2.errors : vErrors.concat(validate2.errors)).length)),
      void 0 !== data.host &&
        (validate0(data.host, { instancePath: instancePath + '/host', parentData: data, parentDataProperty: 'host', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)),
      void 0 !== data.port &&
        (validate3(data.port, { instancePath: instancePath + '/port', parentData: data, parentDataProperty: 'port', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate3.errors : vErrors.concat(validate3.errors)).length)),
      void 0 !== data.flushDelayInSeconds &&
        (validate3(data.flushDelayInSeconds, {
          instancePath: instancePath + '/flushDelayInSeconds',
          parentData: data,
          parentDataProperty: 'flushDelayInSeconds',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate3.errors : vErrors.concat(validate3.errors)).length)),
      void 0 !== data.typeNames &&
        (validate6(data.typeNames, { instancePath: instancePath + '/typeNames', parentData: data, parentDataProperty: 'typeNames', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate6.errors : vErrors.concat(validate6.errors)).length)),
      void 0 !== data.name &&
        (validate2(data.name, { instancePath: instancePath + '/name', parentData: data, parentDataProperty: 'name', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate2.errors : vErrors.concat(validate2.errors)).length)));
  } else {
    let err2 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' } };
    (null === vErrors ? (vErrors = [err2]) : vErrors.push(err2), errors++);
  }
  return ((validate742.errors = vErrors), 0 === errors);
}
function validate741(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++)
      validate742(data[i0], { instancePath: instancePath + '/' + i0, parentData: data, parentDataProperty: i0, rootData }) ||
        (errors = (vErrors = null === vErrors ? validate742.errors : vErrors.concat(validate742.errors)).length);
  } else {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'array' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  return ((validate741.errors = vErrors), 0 === errors);
}
function validate375(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++)
      validate2(data[i0], { instancePath: instancePath + '/' + i0, parentData: data, parentDataProperty: i0, rootData }) ||
        (errors = (vErrors = null === vErrors ? validate2.errors : vErrors.concat(validate2.errors)).length);
  } else {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'array' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  return ((validate375.errors = vErrors), 0 === errors);
}
function validate753(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (data && 'object' == typeof data && !Array.isArray(data)) {
    if (void 0 === data.targetMBean) {
      let err0 = { instancePath, schemaPath: '#/required', keyword: 'required', params: { missingProperty: 'targetMBean' } };
      (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
    }
    if (void 0 === data.attributes) {
      let err1 = { instancePath, schemaPath: '#/required', keyword: 'required', params: { missingProperty: 'attributes' } };
      (null === vErrors ? (vErrors = [err1]) : vErrors.push(err1), errors++);
    }
    if (void 0 === data.outputs) {
      let err2 = { instancePath, schemaPath: '#/required', keyword: 'required', params: { missingProperty: 'outputs' } };
      (null === vErrors ? (vErrors = [err2]) : vErrors.push(err2), errors++);
    }
    (void 0 !== data.targetMBean &&
      (validate2(data.targetMBean, { instancePath: instancePath + '/targetMBean', parentData: data, parentDataProperty: 'targetMBean', rootData }) ||
        (errors = (vErrors = null === vErrors ? validate2.errors : vErrors.concat(validate2.errors)).length)),
      void 0 !== data.attributes &&
        (validate375(data.attributes, { instancePath: instancePath + '/attributes', parentData: data, parentDataProperty: 'attributes', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate375.errors : vErrors.concat(validate375.errors)).length)),
      void 0 !== data.outputs &&
        (validate375(data.outputs, { instancePath: instancePath + '/outputs', parentData: data, parentDataProperty: 'outputs', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate375.errors : vErrors.concat(validate375.errors)).length)));
  } else {
    let err3 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' } };
    (null === vErrors ? (vErrors = [err3]) : vErrors.push(err3), errors++);
  }
  return ((validate753.errors = vErrors), 0 === errors);
}
function validate752(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++)
      validate753(data[i0], { instancePath: instancePath + '/' + i0, parentData: data, parentDataProperty: i0, rootData }) ||
        (errors = (vErrors = null === vErrors ? validate753.errors : vErrors.concat(validate753.errors)).length);
  } else {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'array' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  return ((validate752.errors = vErrors), 0 === errors);
}
function validate760(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
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
      (void 0 !== data.deployment &&
        (validate369(data.deployment, { instancePath: instancePath + '/deployment', parentData: data, parentDataProperty: 'deployment', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate369.errors : vErrors.concat(validate369.errors)).length)),
      void 0 !== data.pod &&
        (validate219(data.pod, { instancePath: instancePath + '/pod', parentData: data, parentDataProperty: 'pod', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate219.errors : vErrors.concat(validate219.errors)).length)),
      void 0 !== data.container &&
        (validate120(data.container, { instancePath: instancePath + '/container', parentData: data, parentDataProperty: 'container', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate120.errors : vErrors.concat(validate120.errors)).length)),
      void 0 !== data.serviceAccount &&
        (validate108(data.serviceAccount, {
          instancePath: instancePath + '/serviceAccount',
          parentData: data,
          parentDataProperty: 'serviceAccount',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate108.errors : vErrors.concat(validate108.errors)).length))),
    (validate760.errors = vErrors),
    0 === errors
  );
}
function validate739(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (!(data && 'object' == typeof data && !Array.isArray(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  if (data && 'object' == typeof data && !Array.isArray(data)) {
    if (void 0 === data.outputDefinitions) {
      let err1 = { instancePath, schemaPath: '#/required', keyword: 'required', params: { missingProperty: 'outputDefinitions' } };
      (null === vErrors ? (vErrors = [err1]) : vErrors.push(err1), errors++);
    }
    if (void 0 === data.kafkaQueries) {
      let err2 = { instancePath, schemaPath: '#/required', keyword: 'required', params: { missingProperty: 'kafkaQueries' } };
      (null === vErrors ? (vErrors = [err2]) : vErrors.push(err2), errors++);
    }
    (void 0 !== data.image &&
      (validate0(data.image, { instancePath: instancePath + '/image', parentData: data, parentDataProperty: 'image', rootData }) ||
        (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)),
      void 0 !== data.outputDefinitions &&
        (validate741(data.outputDefinitions, {
          instancePath: instancePath + '/outputDefinitions',
          parentData: data,
          parentDataProperty: 'outputDefinitions',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate741.errors : vErrors.concat(validate741.errors)).length)),
      void 0 !== data.logLevel &&
        (validate0(data.logLevel, { instancePath: instancePath + '/logLevel', parentData: data, parentDataProperty: 'logLevel', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)),
      void 0 !== data.kafkaQueries &&
        (validate752(data.kafkaQueries, { instancePath: instancePath + '/kafkaQueries', parentData: data, parentDataProperty: 'kafkaQueries', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate752.errors : vErrors.concat(validate752.errors)).length)),
      void 0 !== data.resources &&
        (validate194(data.resources, { instancePath: instancePath + '/resources', parentData: data, parentDataProperty: 'resources', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate194.errors : vErrors.concat(validate194.errors)).length)),
      void 0 !== data.template &&
        (validate760(data.template, { instancePath: instancePath + '/template', parentData: data, parentDataProperty: 'template', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate760.errors : vErrors.concat(validate760.errors)).length)));
  }
  return ((validate739.errors = vErrors), 0 === errors);
}
function validate779(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
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
      (void 0 !== data.deployment &&
        (validate369(data.deployment, { instancePath: instancePath + '/deployment', parentData: data, parentDataProperty: 'deployment', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate369.errors : vErrors.concat(validate369.errors)).length)),
      void 0 !== data.pod &&
        (validate219(data.pod, { instancePath: instancePath + '/pod', parentData: data, parentDataProperty: 'pod', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate219.errors : vErrors.concat(validate219.errors)).length)),
      void 0 !== data.service &&
        (validate108(data.service, { instancePath: instancePath + '/service', parentData: data, parentDataProperty: 'service', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate108.errors : vErrors.concat(validate108.errors)).length)),
      void 0 !== data.container &&
        (validate120(data.container, { instancePath: instancePath + '/container', parentData: data, parentDataProperty: 'container', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate120.errors : vErrors.concat(validate120.errors)).length)),
      void 0 !== data.serviceAccount &&
        (validate108(data.serviceAccount, {
          instancePath: instancePath + '/serviceAccount',
          parentData: data,
          parentDataProperty: 'serviceAccount',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate108.errors : vErrors.concat(validate108.errors)).length)),
      void 0 !== data.podDisruptionBudget &&
        (validate352(data.podDisruptionBudget, {
          instancePath: instancePath + '/podDisruptionBudget',
          parentData: data,
          parentDataProperty: 'podDisruptionBudget',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate352.errors : vErrors.concat(validate352.errors)).length))),
    (validate779.errors = vErrors),
    0 === errors
  );
}
function validate767(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
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
      (void 0 !== data.image &&
        (validate0(data.image, { instancePath: instancePath + '/image', parentData: data, parentDataProperty: 'image', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)),
      void 0 !== data.groupRegex &&
        (validate0(data.groupRegex, { instancePath: instancePath + '/groupRegex', parentData: data, parentDataProperty: 'groupRegex', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)),
      void 0 !== data.topicRegex &&
        (validate0(data.topicRegex, { instancePath: instancePath + '/topicRegex', parentData: data, parentDataProperty: 'topicRegex', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)),
      void 0 !== data.groupExcludeRegex &&
        (validate0(data.groupExcludeRegex, {
          instancePath: instancePath + '/groupExcludeRegex',
          parentData: data,
          parentDataProperty: 'groupExcludeRegex',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)),
      void 0 !== data.topicExcludeRegex &&
        (validate0(data.topicExcludeRegex, {
          instancePath: instancePath + '/topicExcludeRegex',
          parentData: data,
          parentDataProperty: 'topicExcludeRegex',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)),
      void 0 !== data.resources &&
        (validate194(data.resources, { instancePath: instancePath + '/resources', parentData: data, parentDataProperty: 'resources', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate194.errors : vErrors.concat(validate194.errors)).length)),
      void 0 !== data.logging &&
        (validate0(data.logging, { instancePath: instancePath + '/logging', parentData: data, parentDataProperty: 'logging', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)),
      void 0 !== data.livenessProbe &&
        (validate40(data.livenessProbe, { instancePath: instancePath + '/livenessProbe', parentData: data, parentDataProperty: 'livenessProbe', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate40.errors : vErrors.concat(validate40.errors)).length)),
      void 0 !== data.readinessProbe &&
        (validate40(data.readinessProbe, {
          instancePath: instancePath + '/readinessProbe',
          parentData: data,
          parentDataProperty: 'readinessProbe',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate40.errors : vErrors.concat(validate40.errors)).length)),
      void 0 !== data.enableSaramaLogging &&
        (validate1(data.enableSaramaLogging, {
          instancePath: instancePath + '/enableSaramaLogging',
          parentData: data,
          parentDataProperty: 'enableSaramaLogging',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate1.errors : vErrors.concat(validate1.errors)).length)),
      void 0 !== data.showAllOffsets &&
        (validate1(data.showAllOffsets, { instancePath: instancePath + '/showAllOffsets', parentData: data, parentDataProperty: 'showAllOffsets', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate1.errors : vErrors.concat(validate1.errors)).length)),
      void 0 !== data.template &&
        (validate779(data.template, { instancePath: instancePath + '/template', parentData: data, parentDataProperty: 'template', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate779.errors : vErrors.concat(validate779.errors)).length))),
    (validate767.errors = vErrors),
    0 === errors
  );
}
function validate386(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (!(data && 'object' == typeof data && !Array.isArray(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  if (data && 'object' == typeof data && !Array.isArray(data)) {
    if (void 0 === data.kafka) {
      let err1 = { instancePath, schemaPath: '#/required', keyword: 'required', params: { missingProperty: 'kafka' } };
      (null === vErrors ? (vErrors = [err1]) : vErrors.push(err1), errors++);
    }
    (void 0 !== data.kafka &&
      (validate387(data.kafka, { instancePath: instancePath + '/kafka', parentData: data, parentDataProperty: 'kafka', rootData }) ||
        (errors = (vErrors = null === vErrors ? validate387.errors : vErrors.concat(validate387.errors)).length)),
      void 0 !== data.zookeeper &&
        (validate616(data.zookeeper, { instancePath: instancePath + '/zookeeper', parentData: data, parentDataProperty: 'zookeeper', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate616.errors : vErrors.concat(validate616.errors)).length)),
      void 0 !== data.entityOperator &&
        (validate642(data.entityOperator, {
          instancePath: instancePath + '/entityOperator',
          parentData: data,
          parentDataProperty: 'entityOperator',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate642.errors : vErrors.concat(validate642.errors)).length)),
      void 0 !== data.clusterCa &&
        (validate355(data.clusterCa, { instancePath: instancePath + '/clusterCa', parentData: data, parentDataProperty: 'clusterCa', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate355.errors : vErrors.concat(validate355.errors)).length)),
      void 0 !== data.clientsCa &&
        (validate355(data.clientsCa, { instancePath: instancePath + '/clientsCa', parentData: data, parentDataProperty: 'clientsCa', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate355.errors : vErrors.concat(validate355.errors)).length)),
      void 0 !== data.cruiseControl &&
        (validate686(data.cruiseControl, { instancePath: instancePath + '/cruiseControl', parentData: data, parentDataProperty: 'cruiseControl', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate686.errors : vErrors.concat(validate686.errors)).length)),
      void 0 !== data.jmxTrans &&
        (validate739(data.jmxTrans, { instancePath: instancePath + '/jmxTrans', parentData: data, parentDataProperty: 'jmxTrans', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate739.errors : vErrors.concat(validate739.errors)).length)),
      void 0 !== data.kafkaExporter &&
        (validate767(data.kafkaExporter, { instancePath: instancePath + '/kafkaExporter', parentData: data, parentDataProperty: 'kafkaExporter', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate767.errors : vErrors.concat(validate767.errors)).length)),
      void 0 !== data.maintenanceTimeWindows &&
        (validate6(data.maintenanceTimeWindows, {
          instancePath: instancePath + '/maintenanceTimeWindows',
          parentData: data,
          parentDataProperty: 'maintenanceTimeWindows',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate6.errors : vErrors.concat(validate6.errors)).length)));
  }
  return ((validate386.errors = vErrors), 0 === errors);
}
function validate792(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
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
  return ((validate792.errors = vErrors), 0 === errors);
}
function validate791(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'array' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++)
      validate792(data[i0], { instancePath: instancePath + '/' + i0, parentData: data, parentDataProperty: i0, rootData }) ||
        (errors = (vErrors = null === vErrors ? validate792.errors : vErrors.concat(validate792.errors)).length);
  }
  return ((validate791.errors = vErrors), 0 === errors);
}
function validate806(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (data && 'object' == typeof data && !Array.isArray(data))
    (void 0 !== data.host &&
      (validate0(data.host, { instancePath: instancePath + '/host', parentData: data, parentDataProperty: 'host', rootData }) ||
        (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)),
      void 0 !== data.port &&
        (validate3(data.port, { instancePath: instancePath + '/port', parentData: data, parentDataProperty: 'port', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate3.errors : vErrors.concat(validate3.errors)).length)));
  else {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  return ((validate806.errors = vErrors), 0 === errors);
}
function validate805(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'array' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++)
      validate806(data[i0], { instancePath: instancePath + '/' + i0, parentData: data, parentDataProperty: i0, rootData }) ||
        (errors = (vErrors = null === vErrors ? validate806.errors : vErrors.concat(validate806.errors)).length);
  }
  return ((validate805.errors = vErrors), 0 === errors);
}
function validate802(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (data && 'object' == typeof data && !Array.isArray(data))
    (void 0 !== data.type &&
      (validate0(data.type, { instancePath: instancePath + '/type', parentData: data, parentDataProperty: 'type', rootData }) ||
        (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)),
      void 0 !== data.name &&
        (validate0(data.name, { instancePath: instancePath + '/name', parentData: data, parentDataProperty: 'name', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)),
      void 0 !== data.addresses &&
        (validate805(data.addresses, { instancePath: instancePath + '/addresses', parentData: data, parentDataProperty: 'addresses', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate805.errors : vErrors.concat(validate805.errors)).length)),
      void 0 !== data.bootstrapServers &&
        (validate0(data.bootstrapServers, {
          instancePath: instancePath + '/bootstrapServers',
          parentData: data,
          parentDataProperty: 'bootstrapServers',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)),
      void 0 !== data.certificates &&
        (validate6(data.certificates, { instancePath: instancePath + '/certificates', parentData: data, parentDataProperty: 'certificates', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate6.errors : vErrors.concat(validate6.errors)).length)));
  else {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  return ((validate802.errors = vErrors), 0 === errors);
}
function validate801(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'array' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++)
      validate802(data[i0], { instancePath: instancePath + '/' + i0, parentData: data, parentDataProperty: i0, rootData }) ||
        (errors = (vErrors = null === vErrors ? validate802.errors : vErrors.concat(validate802.errors)).length);
  }
  return ((validate801.errors = vErrors), 0 === errors);
}
let schema197_enum = ['ZooKeeper', 'KRaftMigration', 'KRaftDualWriting', 'KRaftPostMigration', 'PreKRaft', 'KRaft'];
function validate821(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if ('string' != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'string' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  if (
    'ZooKeeper' !== data &&
    'KRaftMigration' !== data &&
    'KRaftDualWriting' !== data &&
    'KRaftPostMigration' !== data &&
    'PreKRaft' !== data &&
    'KRaft' !== data
  ) {
    let err1 = { instancePath, schemaPath: '#/enum', keyword: 'enum', params: { allowedValues: schema197_enum } };
    (null === vErrors ? (vErrors = [err1]) : vErrors.push(err1), errors++);
  }
  return ((validate821.errors = vErrors), 0 === errors);
}
let schema199_enum = ['Idle', 'RebalanceOnScaleDown', 'RebalanceOnScaleUp'];
function validate824(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if ('string' != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'string' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  if ('Idle' !== data && 'RebalanceOnScaleDown' !== data && 'RebalanceOnScaleUp' !== data) {
    let err1 = { instancePath, schemaPath: '#/enum', keyword: 'enum', params: { allowedValues: schema199_enum } };
    (null === vErrors ? (vErrors = [err1]) : vErrors.push(err1), errors++);
  }
  return ((validate824.errors = vErrors), 0 === errors);
}
let schema202_enum = ['add-brokers', 'remove-brokers'];
function validate829(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if ('string' != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'string' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  if ('add-brokers' !== data && 'remove-brokers' !== data) {
    let err1 = { instancePath, schemaPath: '#/enum', keyword: 'enum', params: { allowedValues: schema202_enum } };
    (null === vErrors ? (vErrors = [err1]) : vErrors.push(err1), errors++);
  }
  return ((validate829.errors = vErrors), 0 === errors);
}
function validate828(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (data && 'object' == typeof data && !Array.isArray(data))
    (void 0 !== data.mode &&
      (validate829(data.mode, { instancePath: instancePath + '/mode', parentData: data, parentDataProperty: 'mode', rootData }) ||
        (errors = (vErrors = null === vErrors ? validate829.errors : vErrors.concat(validate829.errors)).length)),
      void 0 !== data.brokers &&
        (validate236(data.brokers, { instancePath: instancePath + '/brokers', parentData: data, parentDataProperty: 'brokers', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate236.errors : vErrors.concat(validate236.errors)).length)));
  else {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  return ((validate828.errors = vErrors), 0 === errors);
}
function validate827(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null,
    errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'array' } };
    (null === vErrors ? (vErrors = [err0]) : vErrors.push(err0), errors++);
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++)
      validate828(data[i0], { instancePath: instancePath + '/' + i0, parentData: data, parentDataProperty: i0, rootData }) ||
        (errors = (vErrors = null === vErrors ? validate828.errors : vErrors.concat(validate828.errors)).length);
  }
  return ((validate827.errors = vErrors), 0 === errors);
}
function validate823(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
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
      (void 0 !== data.state &&
        (validate824(data.state, { instancePath: instancePath + '/state', parentData: data, parentDataProperty: 'state', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate824.errors : vErrors.concat(validate824.errors)).length)),
      void 0 !== data.lastTransitionTime &&
        (validate0(data.lastTransitionTime, {
          instancePath: instancePath + '/lastTransitionTime',
          parentData: data,
          parentDataProperty: 'lastTransitionTime',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)),
      void 0 !== data.modes &&
        (validate827(data.modes, { instancePath: instancePath + '/modes', parentData: data, parentDataProperty: 'modes', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate827.errors : vErrors.concat(validate827.errors)).length))),
    (validate823.errors = vErrors),
    0 === errors
  );
}
function validate790(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
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
        (validate791(data.conditions, { instancePath: instancePath + '/conditions', parentData: data, parentDataProperty: 'conditions', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate791.errors : vErrors.concat(validate791.errors)).length)),
      void 0 !== data.observedGeneration &&
        (validate3(data.observedGeneration, {
          instancePath: instancePath + '/observedGeneration',
          parentData: data,
          parentDataProperty: 'observedGeneration',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate3.errors : vErrors.concat(validate3.errors)).length)),
      void 0 !== data.listeners &&
        (validate801(data.listeners, { instancePath: instancePath + '/listeners', parentData: data, parentDataProperty: 'listeners', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate801.errors : vErrors.concat(validate801.errors)).length)),
      void 0 !== data.kafkaNodePools &&
        (validate221(data.kafkaNodePools, {
          instancePath: instancePath + '/kafkaNodePools',
          parentData: data,
          parentDataProperty: 'kafkaNodePools',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate221.errors : vErrors.concat(validate221.errors)).length)),
      void 0 !== data.registeredNodeIds &&
        (validate236(data.registeredNodeIds, {
          instancePath: instancePath + '/registeredNodeIds',
          parentData: data,
          parentDataProperty: 'registeredNodeIds',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate236.errors : vErrors.concat(validate236.errors)).length)),
      void 0 !== data.clusterId &&
        (validate0(data.clusterId, { instancePath: instancePath + '/clusterId', parentData: data, parentDataProperty: 'clusterId', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)),
      void 0 !== data.operatorLastSuccessfulVersion &&
        (validate0(data.operatorLastSuccessfulVersion, {
          instancePath: instancePath + '/operatorLastSuccessfulVersion',
          parentData: data,
          parentDataProperty: 'operatorLastSuccessfulVersion',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)),
      void 0 !== data.kafkaVersion &&
        (validate0(data.kafkaVersion, { instancePath: instancePath + '/kafkaVersion', parentData: data, parentDataProperty: 'kafkaVersion', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)),
      void 0 !== data.kafkaMetadataVersion &&
        (validate0(data.kafkaMetadataVersion, {
          instancePath: instancePath + '/kafkaMetadataVersion',
          parentData: data,
          parentDataProperty: 'kafkaMetadataVersion',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate0.errors : vErrors.concat(validate0.errors)).length)),
      void 0 !== data.kafkaMetadataState &&
        (validate821(data.kafkaMetadataState, {
          instancePath: instancePath + '/kafkaMetadataState',
          parentData: data,
          parentDataProperty: 'kafkaMetadataState',
          rootData,
        }) ||
          (errors = (vErrors = null === vErrors ? validate821.errors : vErrors.concat(validate821.errors)).length)),
      void 0 !== data.autoRebalance &&
        (validate823(data.autoRebalance, { instancePath: instancePath + '/autoRebalance', parentData: data, parentDataProperty: 'autoRebalance', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate823.errors : vErrors.concat(validate823.errors)).length))),
    (validate790.errors = vErrors),
    0 === errors
  );
}
function validate377(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
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
      (validate378(data.apiVersion, { instancePath: instancePath + '/apiVersion', parentData: data, parentDataProperty: 'apiVersion', rootData }) ||
        (errors = (vErrors = null === vErrors ? validate378.errors : vErrors.concat(validate378.errors)).length)),
      void 0 !== data.kind &&
        (validate380(data.kind, { instancePath: instancePath + '/kind', parentData: data, parentDataProperty: 'kind', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate380.errors : vErrors.concat(validate380.errors)).length)),
      void 0 !== data.metadata &&
        (validate382(data.metadata, { instancePath: instancePath + '/metadata', parentData: data, parentDataProperty: 'metadata', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate382.errors : vErrors.concat(validate382.errors)).length)),
      void 0 !== data.spec &&
        (validate386(data.spec, { instancePath: instancePath + '/spec', parentData: data, parentDataProperty: 'spec', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate386.errors : vErrors.concat(validate386.errors)).length)),
      void 0 !== data.status &&
        (validate790(data.status, { instancePath: instancePath + '/status', parentData: data, parentDataProperty: 'status', rootData }) ||
          (errors = (vErrors = null === vErrors ? validate790.errors : vErrors.concat(validate790.errors)).length)));
  } else {
    let err2 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' } };
    (null === vErrors ? (vErrors = [err2]) : vErrors.push(err2), errors++);
  }
  return ((validate377.errors = vErrors), 0 === errors);
}
