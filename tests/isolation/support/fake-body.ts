import type { JsonSchema } from './openapi-operations';

/**
 * A small valid-looking body for a request schema, so a write reaches its lookup instead of stopping at
 * validation. Fields that name an id (`unitId`, `personIds`, …) get the attacker's chosen foreign ids.
 */
export interface FakeOptions {
  idFor: (field: string) => string;
  /** Also fill optional id fields (an attack through the body); otherwise only required fields. */
  optionalIds: boolean;
}

export function fakeBody(
  schema: JsonSchema,
  schemas: Record<string, JsonSchema>,
  options: FakeOptions,
  field = '',
  depth = 0,
): unknown {
  if (depth > 8) return undefined;
  const resolved = resolve(schema, schemas);
  if (resolved.const !== undefined) return resolved.const;
  if (resolved.enum && resolved.enum.length > 0) return resolved.enum[0];
  const opts = options;
  const alternatives = resolved.oneOf ?? resolved.anyOf;
  if (alternatives?.[0]) return fakeBody(alternatives[0], schemas, opts, field, depth + 1);
  if (resolved.allOf) {
    const merged: JsonSchema = { type: 'object', properties: {}, required: [] };
    for (const part of resolved.allOf.map((p) => resolve(p, schemas))) {
      Object.assign(merged.properties ?? {}, part.properties);
      merged.required?.push(...(part.required ?? []));
    }
    return fakeBody(merged, schemas, options, field, depth + 1);
  }
  const type = Array.isArray(resolved.type) ? resolved.type.find((t) => t !== 'null') : resolved.type;
  switch (type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [name, prop] of Object.entries(resolved.properties ?? {})) {
        const wanted = resolved.required?.includes(name) || (options.optionalIds && /Ids?$/.test(name));
        if (wanted) out[name] = fakeBody(prop, schemas, options, name, depth + 1);
      }
      return out;
    }
    case 'array': {
      const item = resolved.items ?? {};
      return Array.from({ length: Math.max(1, resolved.minItems ?? 1) }, () =>
        fakeBody(item, schemas, options, field.replace(/Ids$/, 'Id'), depth + 1),
      );
    }
    case 'integer':
    case 'number':
      return Math.max(1, resolved.minimum ?? 1);
    case 'boolean':
      return false;
    case 'string':
      if (/Id$/.test(field) || field === 'id') return options.idFor(field);
      if (resolved.format === 'date' || resolved.pattern?.includes('\\d{2}-\\d{2}')) return '2026-06-10';
      if (resolved.pattern?.includes('\\d{4}-\\d{2}')) return '2026-05';
      // A base64 field (an uploaded workbook): well-formed, so the request reaches the handler's tenant checks.
      if (resolved.pattern?.includes('A-Za-z0-9+/')) return 'UEsDBAo=';
      return '测试'.padEnd(Math.max(2, resolved.minLength ?? 2), '试');
    default:
      return undefined;
  }
}

function resolve(schema: JsonSchema, schemas: Record<string, JsonSchema>): JsonSchema {
  let current = schema;
  for (let i = 0; i < 10 && current.$ref; i++) {
    const name = current.$ref.split('/').pop() ?? '';
    current = schemas[name] ?? {};
  }
  return current;
}
