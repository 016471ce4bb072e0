export * from './model';
export * from './calendar';
