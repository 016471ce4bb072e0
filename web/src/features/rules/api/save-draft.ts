import { useMutation, useQueryClient } from '@tanstack/react-query';
import { request } from '../../../lib/api-client';
import { obj } from '../../../lib/decode';
import { draftQueryOptions } from './get-draft';
import type { RuleDraft, RuleSet } from './types';

/** Saves the draft's rule set; `version` is the one it was read at (a stale one is 409). */
export async function saveDraft(id: string, version: number, ruleSet: RuleSet): Promise<RuleDraft> {
  const body = await request(`/api/rules/drafts/${encodeURIComponent(id)}`, {
    method: 'PUT',
    body: { version, ruleSet },
  });
  return obj(body, 'draft') as RuleDraft;
}

export function useSaveDraft(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ version, ruleSet }: { version: number; ruleSet: RuleSet }) => saveDraft(id, version, ruleSet),
    onSuccess: (draft) => queryClient.setQueryData(draftQueryOptions(id).queryKey, draft),
  });
}
