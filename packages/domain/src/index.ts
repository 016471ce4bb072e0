export * from './model';
export * from './calendar';
export * from './org';
export * from './case';
export * from './rules';
export * from './kpi';
export * from './evaluator';
export * from './exchange';
