import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { obj } from '../../../lib/decode';
import type { RuleVersion } from './types';

/** Publishes the draft (at the version it was saved at) as a version in force from `effectiveFrom`. */
export async function publishDraft(id: string, version: number, effectiveFrom: string): Promise<RuleVersion> {
  const body = await apiClient.post(`/api/rules/drafts/${encodeURIComponent(id)}/publish`, { version, effectiveFrom });
  return obj(body, 'version') as RuleVersion;
}

export function usePublishDraft(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ version, effectiveFrom }: { version: number; effectiveFrom: string }) =>
      publishDraft(id, version, effectiveFrom),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['rules'] }),
  });
}
