/**
 * The API answers every failure with RFC 9457 problem+json. This module turns
 * such a body (or a network failure) into one typed error the UI can show.
 * Pure: no fetch, no DOM, so it is unit-tested directly.
 */

/** One offending input, as the API names it (`field`) with its message. */
export interface FieldProblem {
  field: string;
  message: string;
}

export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  /** The field at fault, when the problem is about a single input. */
  field?: string;
  errors: FieldProblem[];
}

export class ApiError extends Error {
  readonly status: number;
  readonly problem: ProblemDetails;

  constructor(problem: ProblemDetails) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
    this.status = problem.status;
    this.problem = problem;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

function parseFieldProblems(value: unknown): FieldProblem[] {
  if (!Array.isArray(value)) return [];
  const out: FieldProblem[] = [];
  for (const item of value) {
    if (!isRecord(item)) continue;
    // Validators differ in naming: zod-style `path`, JSON pointer, or `field`.
    const path = Array.isArray(item['path']) ? item['path'].join('.') : str(item['path']);
    const field = str(item['field']) ?? path ?? str(item['pointer']) ?? '';
    const message = str(item['message']) ?? str(item['detail']);
    if (message) out.push({ field, message });
  }
  return out;
}

/**
 * Reads a problem+json body. Anything that is not one (an HTML error page from
 * a proxy, an empty body) still yields a problem carrying the HTTP status.
 */
export function parseProblem(body: unknown, httpStatus: number, statusText = ''): ProblemDetails {
  if (!isRecord(body)) {
    return { type: 'about:blank', title: statusText || `HTTP ${httpStatus}`, status: httpStatus, errors: [] };
  }
  const status = typeof body['status'] === 'number' ? body['status'] : httpStatus;
  const problem: ProblemDetails = {
    type: str(body['type']) ?? 'about:blank',
    title: str(body['title']) ?? (statusText || `HTTP ${status}`),
    status,
    errors: parseFieldProblems(body['errors']),
  };
  const detail = str(body['detail']);
  const instance = str(body['instance']);
  const field = str(body['field']);
  if (detail) problem.detail = detail;
  if (instance) problem.instance = instance;
  if (field) problem.field = field;
  return problem;
}

/** Status 0 marks "the request never got an answer" (server down, offline). */
export function networkError(cause: unknown): ApiError {
  const detail = cause instanceof Error ? cause.message : String(cause);
  return new ApiError({ type: 'about:blank', title: 'Network error', status: 0, detail, errors: [] });
}
