export * from './org-repository';
export * from './org-errors';
export type { Versioned, OrgKind, OrgRecordOf } from './org-items';
