import type { TFunction } from 'i18next';
import { ApiError } from './api-error';

/**
 * The text a user reads for a failed request. Status-based wording comes from
 * the i18n resources (Chinese first); the API's own detail is appended because
 * it names the field at fault.
 */
export function errorMessage(error: unknown, t: TFunction): string {
  if (!(error instanceof ApiError)) {
    return error instanceof Error ? error.message : t('error.unknown');
  }
  const summary = statusSummary(error.status, t);
  const { detail, invalidParams, requestId } = error.problem;
  const params = invalidParams.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message));
  const text = [detail, ...params].filter(Boolean).join('；');
  const message = text ? `${summary}：${text}` : summary;
  return requestId ? `${message}${t('error.requestId', { requestId })}` : message;
}

function statusSummary(status: number, t: TFunction): string {
  if (status === 0) return t('error.network');
  if (status === 400 || status === 422) return t('error.badRequest');
  if (status === 401) return t('error.unauthorized');
  if (status === 403) return t('error.forbidden');
  if (status === 404) return t('error.notFound');
  if (status === 409) return t('error.conflict');
  if (status >= 500) return t('error.server');
  return t('error.http', { status });
}
