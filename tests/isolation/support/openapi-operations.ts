import type { XinfangApp } from '@xinfang/api';

export interface Operation {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** As documented, without the `/api` server prefix, e.g. `/cases/{id}`. */
  path: string;
  pathParams: string[];
  queryParams: string[];
  secured: boolean;
  /** The request body's JSON schema, when it has one. */
  bodySchema?: JsonSchema;
}

export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  allOf?: JsonSchema[];
  $ref?: string;
  pattern?: string;
  format?: string;
  minimum?: number;
  minItems?: number;
  minLength?: number;
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every operation of the API, read from its own OpenAPI document, so new endpoints are attacked automatically. */
export async function listOperations(
  app: XinfangApp,
): Promise<{ operations: Operation[]; schemas: Record<string, JsonSchema> }> {
  const doc: unknown = await (await app.request('/api/openapi.json')).json();
  if (!isRecord(doc) || !isRecord(doc.paths)) throw new Error('no paths in /api/openapi.json');
  const components = isRecord(doc.components) && isRecord(doc.components.schemas) ? doc.components.schemas : {};
  const schemas: Record<string, JsonSchema> = {};
  for (const [name, schema] of Object.entries(components)) if (isRecord(schema)) schemas[name] = schema;
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    if (!isRecord(item)) continue;
    for (const method of METHODS) {
      const op = item[method];
      if (!isRecord(op)) continue;
      const params = Array.isArray(op.parameters) ? op.parameters.filter(isRecord) : [];
      const named = (where: string) => params.filter((p) => p.in === where).map((p) => String(p.name));
      const body =
        isRecord(op.requestBody) && isRecord(op.requestBody.content)
          ? op.requestBody.content['application/json']
          : undefined;
      const bodySchema = isRecord(body) && isRecord(body.schema) ? body.schema : undefined;
      operations.push({
        method,
        path,
        pathParams: named('path'),
        queryParams: named('query'),
        secured: Array.isArray(op.security) && op.security.length > 0,
        ...(bodySchema ? { bodySchema } : {}),
      });
    }
  }
  return { operations, schemas };
}

/** `/cases/{id}` with `{ id: 'x' }` → `/api/cases/x`. */
export function fillPath(path: string, values: Record<string, string>): string {
  return `/api${path.replace(/\{(\w+)\}/g, (_m, name: string) => encodeURIComponent(values[name] ?? 'missing'))}`;
}
