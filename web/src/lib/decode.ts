/**
 * Minimal runtime checks for API answers, so that a changed or broken
 * response fails loudly at the edge instead of as `undefined` deep in a
 * component. Each endpoint's decoder is built from these.
 */
export class DecodeError extends Error {
  constructor(what: string) {
    super(`Unexpected API response: ${what}`);
    this.name = 'DecodeError';
  }
}

export type Obj = Record<string, unknown>;

export function obj(value: unknown, what: string): Obj {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new DecodeError(what);
  return value as Obj;
}

export function arr(value: unknown, what: string): unknown[] {
  if (!Array.isArray(value)) throw new DecodeError(what);
  return value;
}

export function str(o: Obj, key: string): string {
  const v = o[key];
  if (typeof v !== 'string') throw new DecodeError(key);
  return v;
}

export function optStr(o: Obj, key: string): string | undefined {
  const v = o[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string') throw new DecodeError(key);
  return v;
}

export function num(o: Obj, key: string): number {
  const v = o[key];
  if (typeof v !== 'number' || Number.isNaN(v)) throw new DecodeError(key);
  return v;
}

export function bool(o: Obj, key: string): boolean {
  const v = o[key];
  if (typeof v !== 'boolean') throw new DecodeError(key);
  return v;
}

export function oneOf<T extends string>(o: Obj, key: string, allowed: readonly T[]): T {
  const v = str(o, key);
  const found = allowed.find((a) => a === v);
  if (found === undefined) throw new DecodeError(`${key}=${v}`);
  return found;
}
