import type { ZodError } from 'zod';
import type { InvalidParam } from './problem';

/** Turns zod issues into `{ path, message }` pairs, the path prefixed with where the input came from. */
export function invalidParamsOf(error: ZodError, target: string): InvalidParam[] {
  return error.issues.map((issue) => ({
    path: [target, ...issue.path.map(String)].reduce((acc, part, i) =>
      i === 0 ? part : /^\d+$/.test(part) ? `${acc}[${part}]` : `${acc}.${part}`,
    ),
    message: issue.message,
  }));
}
