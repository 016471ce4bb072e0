export * from './table-definition';
export * from './client';
export * from './create-table';
export * from './embedded-store';
export * from './health';
