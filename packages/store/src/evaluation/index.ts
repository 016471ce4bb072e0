export * from './evaluation-errors';
export * from './load-period-inputs';
export * from './evaluate-period';
export * from './record-evaluation';
