export * from './rule-items';
export * from './rule-errors';
export * from './rules-repository';
export * from './rule-template-repository';
export * from './rule-tests-repository';
