export * from './rule-test-case';
export * from './run-rule-tests';
export * from './default-rule-tests';
