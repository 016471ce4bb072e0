import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { setToken } from '../../../lib/session';
import { meQueryOptions } from './get-me';
import { decodeToken, type TokenResponse } from './types';

export async function createToken(userId: string): Promise<TokenResponse> {
  return decodeToken(await apiClient.post('/auth/token', { userId }));
}

/** Issues a token for the chosen user, stores it, then loads /api/me for the header. */
export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (userId: string) => {
      const { token } = await createToken(userId);
      // Data cached for a previous user must not leak into this session.
      queryClient.clear();
      setToken(token);
      return queryClient.fetchQuery(meQueryOptions());
    },
  });
}
