// First-load JS of the built web app: every script and modulepreload that dist/index.html references, gzip-sized.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface WebResult {
  files: number;
  rawBytes: number;
  gzipBytes: number;
}

export function benchWeb(dist = join(import.meta.dirname, '../../web/dist')): WebResult | undefined {
  const index = join(dist, 'index.html');
  if (!existsSync(index)) return undefined;
  const html = readFileSync(index, 'utf8');
  const refs = new Set(
    [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="\/?([^"]+\.js)"/g)].map(
      (m) => m[1] ?? '',
    ),
  );
  let rawBytes = 0;
  let gzipBytes = 0;
  for (const ref of refs) {
    const body = readFileSync(join(dist, ref));
    rawBytes += body.length;
    gzipBytes += gzipSync(body, { level: 9 }).length;
  }
  return { files: refs.size, rawBytes, gzipBytes };
}
