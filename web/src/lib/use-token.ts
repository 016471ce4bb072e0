import { useSyncExternalStore } from 'react';
import { getToken, subscribeToken } from './session';

/** The current bearer token; components re-render on sign-in, sign-out and 401. */
export function useToken(): string | null {
  return useSyncExternalStore(subscribeToken, getToken, () => null);
}
