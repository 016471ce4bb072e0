export * from './township-month-stats';
export * from './statistics-repository';
export * from './statistics-projector';
