import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { decodeDemoUsers, type DemoUser } from './types';

/** The local token issuer's user list; only exists in the local (non-Cognito) setup. */
export async function getDemoUsers(signal?: AbortSignal): Promise<DemoUser[]> {
  return decodeDemoUsers(await apiClient.get('/auth/users', signal));
}

export const demoUsersQueryOptions = () =>
  queryOptions({ queryKey: ['auth', 'users'], queryFn: ({ signal }) => getDemoUsers(signal) });

export function useDemoUsers() {
  return useQuery(demoUsersQueryOptions());
}
