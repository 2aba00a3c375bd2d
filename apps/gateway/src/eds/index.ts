export * from './eds-error';
export * from './eds-verifier';
export * from './kz-certificate';
export * from './nonce-store';
export * from './ocsp-revocation-checker';
export * from './revocation';
export * from './http-gost-verifier';
