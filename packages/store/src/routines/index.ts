export * from './routine-items';
export * from './routine-repository';
