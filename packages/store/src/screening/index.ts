export * from './screening-ledger';
export * from './screening-repository';
