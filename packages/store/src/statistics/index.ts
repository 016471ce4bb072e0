export * from './township-month-stats';
export * from './statistics-repository';
export * from './statistics-projector';
export * from './backlog-roster';
export * from './ledger-money';
export * from './statistics-version';
export * from './statistics-cache';
