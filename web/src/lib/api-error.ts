/**
 * The API answers every failure with RFC 9457 problem+json. This module turns
 * such a body (or a network failure) into one typed error the UI can show.
 * Pure: no fetch, no DOM, so it is unit-tested directly.
 */

/** One offending input: where it is (a JSON path like `body.units[2].name`) and what is wrong. */
export interface InvalidParam {
  path: string;
  message: string;
}

export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  /** Quoted to an administrator to find the server's log line. */
  requestId?: string;
  /** A machine-readable reason, for the cases a screen reacts to specifically. */
  code?: string;
  invalidParams: InvalidParam[];
  /** The problem's other members (e.g. a 409's affected periods), for the screen that knows its `code`. */
  extensions?: Record<string, unknown>;
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

function parseInvalidParams(value: unknown): InvalidParam[] {
  if (!Array.isArray(value)) return [];
  const out: InvalidParam[] = [];
  for (const item of value) {
    if (!isRecord(item)) continue;
    const message = str(item['message']);
    if (message) out.push({ path: str(item['path']) ?? '', message });
  }
  return out;
}

/**
 * Reads a problem+json body. Anything that is not one (an HTML error page from
 * a proxy, an empty body) still yields a problem carrying the HTTP status.
 */
export function parseProblem(body: unknown, httpStatus: number, statusText = ''): ProblemDetails {
  if (!isRecord(body)) {
    return { type: 'about:blank', title: statusText || `HTTP ${httpStatus}`, status: httpStatus, invalidParams: [] };
  }
  const status = typeof body['status'] === 'number' ? body['status'] : httpStatus;
  const problem: ProblemDetails = {
    type: str(body['type']) ?? 'about:blank',
    title: str(body['title']) ?? (statusText || `HTTP ${status}`),
    status,
    invalidParams: parseInvalidParams(body['invalidParams']),
  };
  const detail = str(body['detail']);
  const instance = str(body['instance']);
  const requestId = str(body['requestId']);
  const code = str(body['code']);
  if (detail) problem.detail = detail;
  if (instance) problem.instance = instance;
  if (requestId) problem.requestId = requestId;
  if (code) problem.code = code;
  const standard = new Set(['type', 'title', 'status', 'detail', 'instance', 'requestId', 'code', 'invalidParams']);
  const extensions = Object.fromEntries(Object.entries(body).filter(([key]) => !standard.has(key)));
  if (Object.keys(extensions).length > 0) problem.extensions = extensions;
  return problem;
}

/** Status 0 marks "the request never got an answer" (server down, offline). */
export function networkError(cause: unknown): ApiError {
  const detail = cause instanceof Error ? cause.message : String(cause);
  return new ApiError({ type: 'about:blank', title: 'Network error', status: 0, detail, invalidParams: [] });
}
