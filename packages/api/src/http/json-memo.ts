import { VersionedCache } from '@xinfang/store';
import type { Context, TypedResponse } from 'hono';
import type { JSONParsed } from 'hono/utils/types';
import type { AppEnv } from '../app-env';
import { repo } from './repo';

/** Bodies kept per process: a few hundred distinct (tenant, query) pairs, each a few KB. */
const MAX_BODIES = 500;

/**
 * JSON bodies of the reads users wait for (reports, the district comparison), kept per process and per store against
 * the version numbers they were built from, so a repeated read is its version item's GetItem and a kept string:
 * nothing is summed, assembled or serialised again until a write moves a version (a publish, an org edit, a
 * statistics write: the next read sees it). One instance per store (`repo`), like the store's read caches.
 */
export class JsonMemo {
  private readonly bodies = new VersionedCache<string>(MAX_BODIES);

  /**
   * `key` names the read and everything of the request it depends on; `version` every version number it read.
   * Typed as `c.json(body, 200)` is, for the route's OpenAPI typing: the body is the JSON of what `build` returns.
   */
  async respond<T extends object>(
    c: Context<AppEnv>,
    key: string,
    version: string,
    build: () => Promise<T>,
  ): Promise<Response & TypedResponse<JSONParsed<T>, 200, 'json'>> {
    const body = await this.bodies.get(key, version, async () => JSON.stringify(await build()));
    // `c.body` (not `new Response`) keeps the headers middleware set; the type says what the string holds.
    const res: Response = c.body(body, 200, { 'content-type': 'application/json' });
    return res as Response & TypedResponse<JSONParsed<T>, 200, 'json'>;
  }
}

export const jsonMemo = (c: Context<AppEnv>) => repo(c, JsonMemo);
