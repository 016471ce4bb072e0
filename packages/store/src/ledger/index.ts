export * from './ledger-items';
export * from './ledger-errors';
export * from './ledger-projection';
export * from './ledger-repository';
export * from './ledger-corrections';
