import { ApiError, networkError, parseProblem } from './api-error';
import { clearToken, getToken } from './session';

/**
 * The one fetch wrapper of the app: adds the bearer token, sends and reads
 * JSON, and turns every non-2xx answer into an ApiError parsed from
 * problem+json. Fetchers in features/* call only this.
 */
export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  signal?: AbortSignal;
  headers?: Record<string, string>;
  /**
   * Non-2xx statuses whose body is still a regular answer rather than a
   * problem, e.g. 503 from /api/health, which reports a degraded system.
   */
  answerStatuses?: readonly number[];
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Returns the parsed JSON body as `unknown`; the caller's type guard or the
 * endpoint's declared type (mirroring the API schema) narrows it.
 */
export async function request(path: string, options: RequestOptions = {}): Promise<unknown> {
  const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
  const token = getToken();
  if (token) headers['authorization'] = `Bearer ${token}`;
  if (options.body !== undefined) headers['content-type'] = 'application/json';

  let response: Response;
  try {
    response = await fetch(path, {
      method: options.method ?? 'GET',
      headers,
      body: options.body === undefined ? null : JSON.stringify(options.body),
      signal: options.signal ?? null,
    });
  } catch (cause) {
    throw networkError(cause);
  }

  const body = await readJson(response);
  if (!response.ok && !options.answerStatuses?.includes(response.status)) {
    // An expired or foreign token is useless; dropping it sends the user to sign in.
    if (response.status === 401 && token) clearToken();
    throw new ApiError(parseProblem(body, response.status, response.statusText));
  }
  return body;
}

/** A file the API sends (an Excel export): the bytes, or an ApiError from its problem+json. */
export async function requestBlob(path: string): Promise<Blob> {
  const token = getToken();
  let response: Response;
  try {
    response = await fetch(path, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  } catch (cause) {
    throw networkError(cause);
  }
  if (!response.ok) throw new ApiError(parseProblem(await readJson(response), response.status, response.statusText));
  return response.blob();
}

export const apiClient = {
  get: (path: string, signal?: AbortSignal, options: Omit<RequestOptions, 'method' | 'body' | 'signal'> = {}) =>
    request(path, signal ? { ...options, signal } : options),
  /** Options: extra headers (an Idempotency-Key), a signal (a long what-if the user leaves). */
  post: (path: string, body: unknown, options: Pick<RequestOptions, 'headers' | 'signal'> = {}) =>
    request(path, { ...options, method: 'POST', body }),
  blob: requestBlob,
};
