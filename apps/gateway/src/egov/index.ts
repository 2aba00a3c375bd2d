export * from './egov-error';
export * from './egov-oauth-client';
export * from './started-login-store';
