export * from './case-items';
export * from './case-keys';
export * from './case-list';
export * from './case-summary';
export * from './case-event-log';
export * from './case-repository';
export * from './concurrent-append-error';
export * from './case-records';
