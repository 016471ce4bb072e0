import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { Cadre, CaseOption } from './types';

/** The township's leading cadres: who may answer for a case or receive visitors. */
export async function getCadres(signal?: AbortSignal): Promise<Cadre[]> {
  const people = ((await apiClient.get('/api/org/people', signal)) as { items: (Cadre & { leadingCadre: boolean })[] })
    .items;
  return people.filter((p) => p.leadingCadre);
}

/** Cases to pick from, newest first (one page; the search box narrows by number or summary as typed). */
export async function getCaseOptions(signal?: AbortSignal): Promise<CaseOption[]> {
  return ((await apiClient.get('/api/cases?limit=100', signal)) as { items: CaseOption[] }).items;
}

export const cadresQueryOptions = () =>
  queryOptions({ queryKey: ['org', 'cadres'], queryFn: ({ signal }) => getCadres(signal), staleTime: 60_000 });
export const caseOptionsQueryOptions = () =>
  queryOptions({ queryKey: ['cases', 'options'], queryFn: ({ signal }) => getCaseOptions(signal), staleTime: 30_000 });

export function useCadres() {
  return useQuery(cadresQueryOptions());
}

export function useCaseOptions() {
  return useQuery(caseOptionsQueryOptions());
}
