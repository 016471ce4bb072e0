/** A JSON body of the given schema: a request body's `content`, and the content of `json` below. */
export const jsonContent = <T>(schema: T) => ({ content: { 'application/json': { schema } } });

/** One documented JSON response of a route, for the OpenAPI document (and the typing of `c.json`). */
export const json = <T>(schema: T, description: string) => ({ description, ...jsonContent(schema) });
