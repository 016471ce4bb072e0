import type { QueryCodeIssued } from '@xinfang/api';
import { useMutation } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { obj, str } from '../../../lib/decode';

export type { QueryCodeIssued };

/** Revokes the case's query code and issues a new one: the answer is the only place the new code appears. */
export async function reissueQueryCode(caseId: string): Promise<QueryCodeIssued> {
  const o = obj(await apiClient.post(`/api/cases/${encodeURIComponent(caseId)}/query-code`, undefined), 'queryCode');
  return { queryCode: str(o, 'queryCode'), issuedAt: str(o, 'issuedAt') };
}

/** Never cached: a code lives on screen (and on paper) only. */
export function useReissueQueryCode(caseId: string) {
  return useMutation({ mutationFn: () => reissueQueryCode(caseId) });
}
