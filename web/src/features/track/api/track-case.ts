import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { toPublicCaseView, type PublicCaseView } from './types';

/** The case a query code names. The code travels in the body, never in a URL a server would log. */
export async function trackCase(code: string): Promise<PublicCaseView> {
  return toPublicCaseView(await apiClient.post('/api/public/track', { code }));
}

export const trackCaseQueryOptions = (code: string) =>
  queryOptions({
    queryKey: ['track', code],
    queryFn: () => trackCase(code),
    // A wrong code stays wrong, and each retry would spend the caller's rate limit.
    retry: false,
  });

export function useTrackCase(code: string | undefined) {
  return useQuery({ ...trackCaseQueryOptions(code ?? ''), enabled: code !== undefined && code !== '' });
}
