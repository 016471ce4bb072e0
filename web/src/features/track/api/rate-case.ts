import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { trackCaseQueryOptions } from './track-case';
import { toPublicCaseView, type PublicCaseView, type SatisfactionResult } from './types';

export interface Rating {
  result: SatisfactionResult;
  comment?: string;
}

/** The petitioner's rating of the current reply; answers with the case as it now looks. */
export async function rateCase(code: string, rating: Rating): Promise<PublicCaseView> {
  return toPublicCaseView(await apiClient.post('/api/public/track/rating', { code, ...rating }));
}

export function useRateCase(code: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (rating: Rating) => rateCase(code, rating),
    onSuccess: (view) => queryClient.setQueryData(trackCaseQueryOptions(code).queryKey, view),
  });
}
