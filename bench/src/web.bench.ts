// First-load JS of the built web app: every script and modulepreload that dist/index.html references, gzip-sized;
// and, apart, the stylesheets it links (antd's styles are one build-time stylesheet, which the first paint waits for).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface WebResult {
  files: number;
  rawBytes: number;
  gzipBytes: number;
  /** The stylesheets index.html links (render-blocking), raw and gzip -9. */
  cssRawBytes: number;
  cssGzipBytes: number;
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
  const sheets = new Set(
    [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*\shref="\/?([^"]+\.css)"/g)].map((m) => m[1] ?? ''),
  );
  const sized = (files: Set<string>) => {
    let raw = 0;
    let gzip = 0;
    for (const ref of files) {
      const body = readFileSync(join(dist, ref));
      raw += body.length;
      gzip += gzipSync(body, { level: 9 }).length;
    }
    return [raw, gzip] as const;
  };
  const [rawBytes, gzipBytes] = sized(refs);
  const [cssRawBytes, cssGzipBytes] = sized(sheets);
  return { files: refs.size, rawBytes, gzipBytes, cssRawBytes, cssGzipBytes };
}
