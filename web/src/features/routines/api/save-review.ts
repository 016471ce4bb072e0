import { useMutation, useQueryClient } from '@tanstack/react-query';
import { request } from '../../../lib/api-client';
import type { CaseReviewRequest, CaseReviewView } from './types';

/** Records a review (no id) or saves changes to one (id and the version read). */
export async function saveReview(input: {
  id?: string;
  body: CaseReviewRequest;
  key: string;
}): Promise<CaseReviewView> {
  const path = input.id ? `/api/routines/reviews/${encodeURIComponent(input.id)}` : '/api/routines/reviews';
  return (await request(path, {
    method: input.id ? 'PUT' : 'POST',
    body: input.body,
    headers: input.id ? {} : { 'idempotency-key': input.key },
  })) as CaseReviewView;
}

export function useSaveReview() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: saveReview,
    onSuccess: () => client.invalidateQueries({ queryKey: ['routines', 'reviews'] }),
  });
}
