/**
 * The bearer token lives in sessionStorage: it survives a reload but not the
 * closing of the tab, which suits shared office computers.
 */
export const TOKEN_KEY = 'xinfang.token';

type Listener = () => void;
const listeners = new Set<Listener>();

export function getToken(): string | null {
  return sessionStorage.getItem(TOKEN_KEY);
}

export function setToken(token: string): void {
  sessionStorage.setItem(TOKEN_KEY, token);
  listeners.forEach((l) => l());
}

export function clearToken(): void {
  sessionStorage.removeItem(TOKEN_KEY);
  listeners.forEach((l) => l());
}

/** For useSyncExternalStore: components re-render when the token changes. */
export function subscribeToken(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
