import fc from 'fast-check';

/** The part of JSON Schema (as the API's OpenAPI 3.1 document writes it) that the generator reads. */
export interface JsonSchema {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minItems?: number;
  maxItems?: number;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  default?: unknown;
  example?: unknown;
}

const DATES = ['2026-03-02', '2026-06-01', '2025-12-31', '2020-01-01', '9999-12-31', '1999-01-01', '2026-02-30', 'x'];

/**
 * fast-check arbitraries for the request bodies an OpenAPI document describes: mostly values the schema allows
 * (so requests reach the handlers, past the edge validation), sometimes values just outside a bound, and now
 * and then anything at all. Small on purpose: arrays of at most 3, strings of at most 12 characters unless a
 * bound asks for more.
 */
export function arbitraryFor(
  schema: JsonSchema,
  resolve: (ref: string) => JsonSchema,
  hints: readonly string[],
  depth = 0,
): fc.Arbitrary<unknown> {
  if (schema.$ref) return arbitraryFor(resolve(schema.$ref), resolve, hints, depth);
  if (depth > 6) return fc.constant(null);
  const valid = validFor(schema, resolve, hints, depth);
  return fc.oneof(
    { weight: 8, arbitrary: valid },
    { weight: 1, arbitrary: edgeFor(schema) },
    { weight: 1, arbitrary: fc.anything({ maxDepth: 1 }) },
  );
}

function validFor(
  schema: JsonSchema,
  resolve: (ref: string) => JsonSchema,
  hints: readonly string[],
  depth: number,
): fc.Arbitrary<unknown> {
  const next = (s: JsonSchema) => arbitraryFor(s, resolve, hints, depth + 1);
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const union = schema.anyOf ?? schema.oneOf;
  if (union?.length) return fc.oneof(...union.map(next));
  if (schema.allOf?.length) return next(mergeAll(schema.allOf.map((s) => (s.$ref ? resolve(s.$ref) : s))));
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  switch (type) {
    case 'object':
      return objectFor(schema, next);
    case 'array': {
      const min = schema.minItems ?? 0;
      return fc.array(schema.items ? next(schema.items) : fc.anything({ maxDepth: 1 }), {
        minLength: min,
        maxLength: Math.max(min, Math.min(schema.maxItems ?? 3, 3)),
      });
    }
    case 'string':
      return stringFor(schema, hints);
    case 'integer':
      return fc.integer({
        min: Math.max(schema.minimum ?? -1_000, -1_000_000_000),
        max: Math.min(schema.maximum ?? 100_000, 1_000_000_000),
      });
    case 'number':
      return fc.double({ min: schema.minimum ?? -1e6, max: schema.maximum ?? 1e6, noNaN: true });
    case 'boolean':
      return fc.boolean();
    default:
      return fc.anything({ maxDepth: 1 });
  }
}

function objectFor(schema: JsonSchema, next: (s: JsonSchema) => fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  const props = schema.properties ?? {};
  const required = new Set(schema.required ?? []);
  const record: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [name, prop] of Object.entries(props)) record[name] = next(prop);
  // Optional properties are left out at random.
  return fc.record(record, { requiredKeys: [...required].filter((k) => k in props) });
}

function stringFor(schema: JsonSchema, hints: readonly string[]): fc.Arbitrary<string> {
  if (schema.format === 'date' || schema.pattern?.includes('\\d{4}-\\d{2}-\\d{2}')) return fc.constantFrom(...DATES);
  if (typeof schema.example === 'string') return fc.oneof(fc.constant(schema.example), fc.constantFrom(...hints));
  const min = schema.minLength ?? 0;
  const max = Math.max(min, Math.min(schema.maxLength ?? 12, 12));
  return fc.oneof(fc.constantFrom(...hints), fc.string({ minLength: min, maxLength: max }));
}

/** A value just outside the schema's bounds (or of the wrong type), to exercise the refusals. */
function edgeFor(schema: JsonSchema): fc.Arbitrary<unknown> {
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  if (type === 'string')
    return fc.constantFrom('', 'x'.repeat((schema.maxLength ?? 200) + 1), '9999-12-31', '+010000-01-01');
  if (type === 'integer' || type === 'number') {
    return fc.constantFrom(-1, 0, 1e15, 1.5, (schema.maximum ?? 1e9) + 1, (schema.minimum ?? 0) - 1);
  }
  if (type === 'array')
    return fc.constantFrom(
      [],
      Array.from({ length: (schema.maxItems ?? 50) + 1 }, () => 'x'),
    );
  return fc.constantFrom(null, {}, [], 'x', 0);
}

function mergeAll(schemas: JsonSchema[]): JsonSchema {
  return schemas.reduce<JsonSchema>(
    (acc, s) => ({
      ...acc,
      ...s,
      properties: { ...acc.properties, ...s.properties },
      required: [...(acc.required ?? []), ...(s.required ?? [])],
    }),
    {},
  );
}
