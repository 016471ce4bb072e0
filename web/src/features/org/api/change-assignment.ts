import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { AssignmentInput, OrgAssignment } from './types';

export async function createAssignment(input: AssignmentInput): Promise<OrgAssignment> {
  return (await apiClient.post('/api/org/assignments', input)) as OrgAssignment;
}

export async function endAssignment(input: { id: string; to: string; version: number }): Promise<OrgAssignment> {
  const { id, ...body } = input;
  return (await apiClient.post(`/api/org/assignments/${encodeURIComponent(id)}/end`, body)) as OrgAssignment;
}

/** Adding or ending an assignment changes who is responsible: the whole org query is refreshed. */
export function useCreateAssignment() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: createAssignment,
    onSuccess: () => client.invalidateQueries({ queryKey: ['org'] }),
  });
}

export function useEndAssignment() {
  const client = useQueryClient();
  return useMutation({ mutationFn: endAssignment, onSuccess: () => client.invalidateQueries({ queryKey: ['org'] }) });
}
