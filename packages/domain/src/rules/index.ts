export * from './sanction';
export * from './labels';
export * from './penalty-row';
export * from './rule-set';
export * from './default-pack';
export * from './coverage';
export * from './validate-rule-set';
export * from './history';
