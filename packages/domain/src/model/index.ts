export * from './primitives';
export * from './org';
export * from './case';
