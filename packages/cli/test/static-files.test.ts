import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { Hono } from 'hono';
import { afterAll, describe, expect, it } from 'vitest';
import { pickEncoding, serveWebApp } from '../src/local/static-files';

const root = mkdtempSync(join(tmpdir(), 'xinfang-web-'));
const html = `<!doctype html><html><head><script type="module" src="/assets/index-abc123.js"></script></head><body>${'<p>信访</p>'.repeat(200)}</body></html>`;
const js = `export const words = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => `word-${i}`))};`;
mkdirSync(join(root, 'assets'));
writeFileSync(join(root, 'index.html'), html);
writeFileSync(join(root, 'assets', 'index-abc123.js'), js);
writeFileSync(join(root, 'favicon.svg'), '<svg/>');
const signinHtml = html.replace('<body>', '<body><div id="root"><h4>选择一位演示用户登录</h4></div>');
writeFileSync(join(root, 'signin.html'), signinHtml);
afterAll(() => rmSync(root, { recursive: true, force: true }));

const app = new Hono();
app.get('/api/x', (c) => c.json({ api: true }));
app.get(
  '*',
  serveWebApp(root, (p) => !p.startsWith('/api/')),
);
const get = (path: string, headers: Record<string, string> = {}) => app.request(path, { headers });

describe('xinfang start: the web app’s static files', () => {
  it('compresses with brotli or gzip as the browser accepts, and sends the same bytes', async () => {
    const br = await get('/assets/index-abc123.js', { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('content-type')).toMatch(/javascript/);
    expect(br.headers.get('vary')).toBe('Accept-Encoding');
    const brBytes = Buffer.from(await br.arrayBuffer());
    expect(brBytes.length).toBeLessThan(js.length / 3);
    expect(brotliDecompressSync(brBytes).toString()).toBe(js);

    const gz = await get('/assets/index-abc123.js', { 'accept-encoding': 'gzip' });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await gz.arrayBuffer())).toString()).toBe(js);

    const plain = await get('/assets/index-abc123.js', { 'accept-encoding': 'br;q=0, identity' });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toBe(js);
  });

  it('caches hashed assets for a year and makes the browser revalidate index.html', async () => {
    expect((await get('/assets/index-abc123.js')).headers.get('cache-control')).toBe(
      'public, max-age=31536000, immutable',
    );
    const index = await get('/', { 'accept-encoding': 'br' });
    expect(index.headers.get('cache-control')).toBe('no-cache');
    expect(brotliDecompressSync(Buffer.from(await index.arrayBuffer())).toString()).toBe(html);
    const etag = index.headers.get('etag') ?? '';
    expect(etag).not.toBe('');
    const again = await get('/', { 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
  });

  it('answers client-side routes with index.html, an unknown asset with 404, and never leaves the folder', async () => {
    const route = await get('/cases/c-1');
    expect(route.status).toBe(200);
    expect(route.headers.get('cache-control')).toBe('no-cache');
    expect(await route.text()).toBe(html);
    expect((await get('/assets/missing-0000.js')).status).toBe(404);
    expect(await (await get('/api/x')).json()).toEqual({ api: true });
    const escape = await get('/..%2f..%2f..%2fetc%2fpasswd');
    expect(await escape.text()).toBe(html);
    // Tiny files are not worth compressing.
    expect((await get('/favicon.svg', { 'accept-encoding': 'br' })).headers.get('content-encoding')).toBeNull();
  });

  it('answers a route the build prerendered with its page, and every other route with index.html', async () => {
    const signin = await get('/signin?next=%2Fcases');
    expect(signin.status).toBe(200);
    expect(signin.headers.get('cache-control')).toBe('no-cache');
    expect(await signin.text()).toBe(signinHtml);
    expect(await (await get('/signin/extra')).text()).toBe(html);
    expect(await (await get('/')).text()).toBe(html);
  });

  it('reads Accept-Encoding with q-values', () => {
    expect(pickEncoding('gzip, br')).toBe('br');
    expect(pickEncoding('gzip;q=1.0, br;q=0')).toBe('gzip');
    expect(pickEncoding('identity')).toBeUndefined();
    expect(pickEncoding(undefined)).toBeUndefined();
  });
});
