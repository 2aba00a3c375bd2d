export * from './reference-cache';
export * from './reference-consumer';
export * from './reference.module';
