import type { NoticeInput } from '@xinfang/api';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

export interface IssueNotice {
  townshipId: string;
  caseId: string;
  body: NoticeInput;
  /** One per dialog opening: a retried or double-clicked submit is one notice. */
  idempotencyKey: string;
}

/** 通报: appended to the township's case. */
export async function issueNotice({ townshipId, caseId, body, idempotencyKey }: IssueNotice): Promise<void> {
  const path = `/api/district/townships/${encodeURIComponent(townshipId)}/cases/${encodeURIComponent(caseId)}/notices`;
  await apiClient.post(path, body, { headers: { 'idempotency-key': idempotencyKey } });
}

export function useIssueNotice() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: issueNotice,
    onSuccess: (_, v) => client.invalidateQueries({ queryKey: ['district', 'visits', v.townshipId] }),
  });
}
