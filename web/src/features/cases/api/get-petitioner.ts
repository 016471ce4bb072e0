import { useMutation } from '@tanstack/react-query';
import type { PetitionerDto } from './case-types';
import { getAs } from './read-as';

/**
 * The petitioner's identity: read only on an explicit click (each read is audit-logged by the API), never cached
 * or prefetched, hence a mutation rather than a query.
 */
export function getPetitioner(caseId: string): Promise<PetitionerDto> {
  return getAs<PetitionerDto>(`/api/cases/${encodeURIComponent(caseId)}/petitioner`);
}

export function useRevealPetitioner(caseId: string) {
  return useMutation({ mutationFn: () => getPetitioner(caseId) });
}
