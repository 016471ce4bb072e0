import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { clearToken } from '../../../lib/session';

/** Local sign-out: the token is stateless, so forgetting it (and its cached data) is enough. */
export function useSignOut() {
  const queryClient = useQueryClient();
  return useCallback(() => {
    clearToken();
    queryClient.clear();
  }, [queryClient]);
}
