import { useMutation, useQueryClient } from '@tanstack/react-query';
import { request } from '../../../lib/api-client';
import type { ReceptionDayRequest, ReceptionDayView } from './types';

/** Schedules a reception day (no id) or saves its leader, place and received cases (id and the version read). */
export async function saveReceptionDay(input: {
  id?: string;
  body: ReceptionDayRequest;
  key: string;
}): Promise<ReceptionDayView> {
  const path = input.id
    ? `/api/routines/reception-days/${encodeURIComponent(input.id)}`
    : '/api/routines/reception-days';
  return (await request(path, {
    method: input.id ? 'PUT' : 'POST',
    body: input.body,
    headers: input.id ? {} : { 'idempotency-key': input.key },
  })) as ReceptionDayView;
}

export function useSaveReceptionDay() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: saveReceptionDay,
    onSuccess: () => client.invalidateQueries({ queryKey: ['routines', 'reception-days'] }),
  });
}
