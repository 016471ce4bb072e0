// A query code's lookup item is the one key of the table that does not start with its tenant: the petitioner holds
// only the code, so the code's hash must lead to the tenant. It holds no petitioner data, only where the case is.

export const queryCodeKeys = {
  /** The lookup item, keyed by the SHA-256 of the normalised code (never the code itself). */
  lookup: (hash: string) => ({ pk: `QC#${hash}`, sk: 'QC' }),
  /** The case's pointer to its current code's hash, in the case's own partition (so a reissue finds the old one). */
  current: (tenantId: string, caseId: string) => ({ pk: `T#${tenantId}#CASE#${caseId}`, sk: 'QUERYCODE' }),
};

export const QUERY_CODE_ITEM = { lookup: 'query_code_lookup', current: 'case_query_code' } as const;
