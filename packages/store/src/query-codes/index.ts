export * from './query-code-keys';
export * from './query-code-repository';
