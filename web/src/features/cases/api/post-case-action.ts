import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CaseActionInput, CaseAppendedDto } from './case-types';
import { postAs } from './read-as';

export function postCaseAction(
  caseId: string,
  action: CaseActionInput,
  idempotencyKey: string,
): Promise<CaseAppendedDto> {
  return postAs<CaseAppendedDto>(`/api/cases/${encodeURIComponent(caseId)}/events`, action, {
    'idempotency-key': idempotencyKey,
  });
}

/** Any step on a case changes its page, the list and the counts: all `['cases']` queries are refetched. */
export function useCaseAction(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ action, key }: { action: CaseActionInput; key: string }) => postCaseAction(caseId, action, key),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['cases'] }),
  });
}
