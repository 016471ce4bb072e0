import { apiClient } from '../../../lib/api-client';

/**
 * The one place an answer of the case routes takes its type: the API built it from the schema whose z.infer is
 * `T` (the OpenAPI document describes the same), so no second decoder is written for it here.
 */
export async function getAs<T>(path: string, signal?: AbortSignal): Promise<T> {
  return (await apiClient.get(path, signal)) as T;
}

export async function postAs<T>(path: string, body: unknown, headers?: Record<string, string>): Promise<T> {
  return (await apiClient.post(path, body, headers ? { headers } : {})) as T;
}
