import type { z } from '@hono/zod-openapi';

/**
 * Names a schema built in @xinfang/domain or @xinfang/store, so the OpenAPI document shows it once under
 * components/schemas/<id> and refers to it, instead of inlining it wherever it appears.
 *
 * Why not `schema.openapi(id)` or `api.openAPIRegistry.register(id, schema)` (which calls `.openapi` too): zod 4 copies
 * its methods onto each schema when the schema is built, and the domain's module may be evaluated before
 * @hono/zod-openapi extends zod, depending on import order. Then `.openapi` is undefined at run time although the
 * type says it is there. `.meta({ id })` is zod's own method: it returns a copy that validates exactly like the
 * original and carries the id in zod's global registry, which @asteasolutions/zod-to-openapi 9 takes as the
 * component name. Name each schema once, here in the API, at module level.
 */
export function named<T extends z.ZodType>(schema: T, id: string): T {
  return schema.meta({ id });
}
