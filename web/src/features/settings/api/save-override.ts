import { useMutation, useQueryClient } from '@tanstack/react-query';
import { request } from '../../../lib/api-client';

export interface OverrideInput {
  date: string;
  working: boolean;
  name: string;
}

/** Sets a date as a working day (调休上班) or a holiday; the same date again replaces it. */
export async function saveOverride({ date, working, name }: OverrideInput): Promise<void> {
  await request(`/api/calendar/overrides/${date}`, { method: 'PUT', body: { working, name } });
}

export async function deleteOverride(date: string): Promise<void> {
  await request(`/api/calendar/overrides/${date}`, { method: 'DELETE' });
}

export function useSaveOverride() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveOverride,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['settings', 'calendar'] }),
  });
}

export function useDeleteOverride() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteOverride,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['settings', 'calendar'] }),
  });
}
