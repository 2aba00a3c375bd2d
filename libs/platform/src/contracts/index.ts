export * from './attraction';
export * from './common';
export * from './events';
export * from './implementation';
export * from './validators';
