export * from './ledger';
export * from './factor';
export * from './evaluate';
export * from './diff-ledgers';
export { responsibleUnitsOn, caseUnitsOn } from './case-units';
export { wholeYearsIn } from './rewards';
export { modelTownshipFlags, type ModelTownshipTitle } from './model-township-flags';
export { dueOn as paymentDueOn } from './totals';
