import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { obj } from '../../../lib/decode';
import { draftsQueryOptions } from './get-drafts';
import type { RuleDraft } from './types';

/** A new draft copied from a published version (`from`), or from the latest one when absent. */
export async function createDraft(from?: string): Promise<RuleDraft> {
  return obj(await apiClient.post('/api/rules/drafts', from === undefined ? {} : { from }), 'draft') as RuleDraft;
}

export function useCreateDraft() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (from?: string) => createDraft(from),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: draftsQueryOptions().queryKey }),
  });
}
