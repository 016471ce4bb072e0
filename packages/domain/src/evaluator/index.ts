export * from './ledger';
export * from './factor';
export * from './evaluate';
export * from './diff-ledgers';
export { responsibleUnitsOn, caseUnitsOn } from './case-units';
export { wholeYearsIn } from './rewards';
