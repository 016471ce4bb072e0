// Every key of a case lives in its township's key space (`T#<tenant>#…`). One partition per case holds its events,
// its summary, its per-unit summary copies and the petitioner's identity, so a case is read with one Query.

export const SEQ_WIDTH = 6;

export const seqKey = (seq: number) => `EV#${String(seq).padStart(SEQ_WIDTH, '0')}`;

export const caseKeys = {
  partition: (tenantId: string, caseId: string) => `T#${tenantId}#CASE#${caseId}`,
  event: (tenantId: string, caseId: string, seq: number) => ({
    pk: caseKeys.partition(tenantId, caseId),
    sk: seqKey(seq),
  }),
  summary: (tenantId: string, caseId: string) => ({ pk: caseKeys.partition(tenantId, caseId), sk: 'SUMMARY' }),
  unitCopy: (tenantId: string, caseId: string, unitId: string) => ({
    pk: caseKeys.partition(tenantId, caseId),
    sk: `UNIT#${unitId}`,
  }),
  petitioner: (tenantId: string, caseId: string) => ({ pk: caseKeys.partition(tenantId, caseId), sk: 'PETITIONER' }),
  /** gsi1: every event of a tenant by the year of its date, ordered by date, then case, then seq. */
  eventsOfYear: (tenantId: string, year: number | string) => `T#${tenantId}#EVENTS#${year}`,
  eventsSort: (on: string, caseId: string, seq: number) => `${on}#${caseId}#${String(seq).padStart(SEQ_WIDTH, '0')}`,
  /** gsi2: summaries of a tenant, newest registration last. */
  allCases: (tenantId: string) => `T#${tenantId}#CASES`,
  /** gsi2: summaries of the cases a unit is responsible for or raised them. */
  unitCases: (tenantId: string, unitId: string) => `T#${tenantId}#UNIT#${unitId}`,
  listSort: (registeredOn: string, caseId: string) => `${registeredOn}#${caseId}`,
  /** One item per year in which the tenant has case events: lets repair find every year without a Scan. */
  years: (tenantId: string) => `T#${tenantId}#CASEYEARS`,
};

/** Item type markers, so the change feed and readers tell items of one partition apart. */
export const ITEM = {
  event: 'case_event',
  summary: 'case_summary',
  unitCopy: 'case_unit',
  petitioner: 'case_petitioner',
  year: 'case_year',
} as const;
