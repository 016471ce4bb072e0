import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { promisify } from 'node:util';
import type { Context, MiddlewareHandler } from 'hono';
import { getMimeType } from 'hono/utils/mime';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/** Hashed build output (Vite writes /assets/<name>-<hash>.<ext>): its URL changes with its content. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else, index.html first: the browser revalidates on every load (ETag), so a new build is seen at once. */
const REVALIDATE = 'no-cache';
const COMPRESSIBLE = /^(text\/|application\/(javascript|json|manifest\+json|xml)|image\/svg\+xml)/;
/** Below this, compression saves less than it costs. */
const MIN_COMPRESS_BYTES = 1024;

interface CachedFile {
  type: string;
  etag: string;
  raw: Buffer;
  /** Compressed once, on the first request that accepts the encoding, then served from memory. */
  encoded: Map<'br' | 'gzip', Promise<Buffer>>;
}

/** br when the client takes it, else gzip, else none; q-values of 0 refuse. */
export function pickEncoding(acceptEncoding: string | undefined): 'br' | 'gzip' | undefined {
  const accepted = new Set(
    (acceptEncoding ?? '')
      .split(',')
      .map((part) => part.trim().split(';'))
      .filter(([, q]) => !q || Number(q.trim().replace(/^q=/, '')) > 0)
      .map(([name]) => name?.trim().toLowerCase()),
  );
  if (accepted.has('br')) return 'br';
  if (accepted.has('gzip')) return 'gzip';
  return undefined;
}

/**
 * Serves the built web app from `root`: brotli or gzip by Accept-Encoding (compressed once and kept in memory),
 * a year's immutable caching for hashed /assets/*, `no-cache` with an ETag for index.html and other files, and
 * for any other app path (client-side routes) its prerendered `<path>.html` if there is one, else index.html. Paths outside `root` are never read.
 */
export function serveWebApp(root: string, isAppPath: (path: string) => boolean): MiddlewareHandler {
  const files = new Map<string, Promise<CachedFile | undefined>>();
  const load = (relative: string) => {
    let entry = files.get(relative);
    if (!entry) {
      entry = readCached(root, relative);
      files.set(relative, entry);
    }
    return entry;
  };
  return async (c, next) => {
    if (!isAppPath(c.req.path)) return next();
    let relative = decodeURIComponent(c.req.path).replace(/^\/+/, '');
    let file = relative === '' ? undefined : await load(relative);
    if (!file) {
      // An unknown asset is a 404; any other path is a client-side route of the app: its prerendered page
      // (/signin → signin.html, web/build/prerender.ts) when the build drew one, else index.html.
      if (relative.startsWith('assets/')) return next();
      const prerendered = /^[^.]+$/.test(relative) ? await load(`${relative}.html`) : undefined;
      relative = prerendered ? `${relative}.html` : 'index.html';
      file = prerendered ?? (await load(relative));
      if (!file) return next();
    }
    return respond(c, file, relative.startsWith('assets/') ? IMMUTABLE : REVALIDATE);
  };
}

async function readCached(root: string, relative: string): Promise<CachedFile | undefined> {
  const path = normalize(join(root, relative));
  if (!path.startsWith(normalize(root) + sep)) return undefined;
  try {
    if (!(await stat(path)).isFile()) return undefined;
    const raw = await readFile(path);
    const type = getMimeType(path) ?? (extname(path) === '.map' ? 'application/json' : 'application/octet-stream');
    return {
      type,
      raw,
      etag: `"${createHash('sha1').update(raw).digest('base64url').slice(0, 20)}"`,
      encoded: new Map(),
    };
  } catch {
    return undefined;
  }
}

async function respond(c: Context, file: CachedFile, cacheControl: string): Promise<Response> {
  const headers: Record<string, string> = {
    'content-type': file.type,
    'cache-control': cacheControl,
    etag: file.etag,
    vary: 'Accept-Encoding',
  };
  if (c.req.header('if-none-match') === file.etag) return c.body(null, 304, headers);
  const encoding =
    COMPRESSIBLE.test(file.type) && file.raw.length >= MIN_COMPRESS_BYTES
      ? pickEncoding(c.req.header('accept-encoding'))
      : undefined;
  if (!encoding) return c.body(new Uint8Array(file.raw), 200, headers);
  let body = file.encoded.get(encoding);
  if (!body) {
    body =
      encoding === 'br'
        ? brotli(file.raw, {
            params: { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_SIZE_HINT]: file.raw.length },
          })
        : gz(file.raw, { level: 9 });
    file.encoded.set(encoding, body);
  }
  return c.body(new Uint8Array(await body), 200, { ...headers, 'content-encoding': encoding });
}
