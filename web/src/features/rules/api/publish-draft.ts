import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { obj } from '../../../lib/decode';
import type { RuleVersion } from './types';

/**
 * Publishes the draft (at the version it was saved at) as a version in force from `effectiveFrom`. A date before
 * today that changes issued periods is refused (409 `retroactive_change`) unless `confirmRetroactive`.
 */
export async function publishDraft(
  id: string,
  version: number,
  effectiveFrom: string,
  confirmRetroactive = false,
): Promise<RuleVersion> {
  const body = await apiClient.post(`/api/rules/drafts/${encodeURIComponent(id)}/publish`, {
    version,
    effectiveFrom,
    ...(confirmRetroactive ? { confirmRetroactive } : {}),
  });
  return obj(body, 'version') as RuleVersion;
}

export function usePublishDraft(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { version: number; effectiveFrom: string; confirmRetroactive?: boolean }) =>
      publishDraft(id, input.version, input.effectiveFrom, input.confirmRetroactive),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['rules'] }),
  });
}
