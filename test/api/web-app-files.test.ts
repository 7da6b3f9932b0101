// How the server hands out the built web app: the precompressed copy the browser can take (brotli,
// then gzip, else the file itself), caching that suits each file, no source maps, and nothing from
// outside the web app's folder however the path is written.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompressFolder } from '../../scripts/web-build-output.js';
import { createTestApp, type TestApp } from '../support/app.js';

let t: TestApp;
let folder: string;
let webRoot: string;
// Big enough to be worth compressing, and varied enough that brotli and gzip differ.
const script = Array.from({ length: 400 }, (_, n) => `export const outcome${n} = 'contributing outcome ${n * 7919}';`).join('\n');
const page = `<!doctype html><html lang="en-GB"><head><title>Bulwark</title><script type="module" src="/assets/app-abc123.js"></script></head><body><div id="root"></div>${'<!-- padding so the page is compressed too -->'.repeat(40)}</body></html>`;
/** The type the file itself is served with: a compressed copy must not change it. */
const JAVASCRIPT = /^(text|application)\/javascript; charset=utf-8$/;
const SECRET = 'outside the web root: must never be served';

beforeAll(async () => {
  // A stand-in build, precompressed by the same step `vite build` runs, with a stray source map.
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'bulwark-web-files-'));
  webRoot = path.join(folder, 'web');
  fs.mkdirSync(path.join(webRoot, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(webRoot, 'index.html'), page);
  fs.writeFileSync(path.join(webRoot, 'assets/app-abc123.js'), script);
  fs.writeFileSync(path.join(webRoot, 'assets/app-abc123.js.map'), '{"version":3,"sources":["src/web/main.tsx"]}');
  await precompressFolder(webRoot);
  for (const name of ['secret.txt', 'secret.txt.br', 'secret.txt.gz']) fs.writeFileSync(path.join(folder, name), SECRET);
  fs.writeFileSync(path.join(folder, 'package.json'), SECRET);
  t = await createTestApp({ webRoot, demo: false });
});
afterAll(async () => {
  await t.close();
  fs.rmSync(folder, { recursive: true, force: true });
});

const get = (url: string, acceptEncoding?: string, method: 'GET' | 'HEAD' = 'GET') =>
  t.server.inject({ method, url, headers: acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding } });

describe('compressed web app files', () => {
  it('a browser that takes brotli gets the brotli copy, which decompresses to the file', async () => {
    const res = await get('/assets/app-abc123.js', 'gzip, deflate, br, zstd');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toMatch(JAVASCRIPT);
    expect(res.headers.vary).toMatch(/accept-encoding/i);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(Number(res.headers['content-length'])).toBe(fs.statSync(path.join(webRoot, 'assets/app-abc123.js.br')).size);
    expect(res.rawPayload.length).toBeLessThan(script.length / 3);
    expect(zlib.brotliDecompressSync(res.rawPayload).toString()).toBe(script);
  });

  it('a browser that takes gzip but not brotli gets the gzip copy', async () => {
    for (const acceptEncoding of ['gzip', 'br;q=0, gzip', 'gzip, deflate']) {
      const res = await get('/assets/app-abc123.js', acceptEncoding);
      expect(res.headers['content-encoding'], acceptEncoding).toBe('gzip');
      expect(res.headers['content-type']).toMatch(JAVASCRIPT);
      expect(res.headers.vary).toMatch(/accept-encoding/i);
      expect(zlib.gunzipSync(res.rawPayload).toString()).toBe(script);
    }
  });

  it('a client that takes no compression gets the file itself, still marked as varying', async () => {
    for (const acceptEncoding of [undefined, 'identity', 'zstd']) {
      const res = await get('/assets/app-abc123.js', acceptEncoding);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-encoding'], String(acceptEncoding)).toBeUndefined();
      expect(res.headers['content-type']).toMatch(JAVASCRIPT);
      expect(res.headers.vary).toMatch(/accept-encoding/i);
      expect(res.body).toBe(script);
    }
  });

  it('HEAD answers with the headers of the copy GET would send, and no body', async () => {
    const res = await get('/assets/app-abc123.js', 'br', 'HEAD');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toMatch(JAVASCRIPT);
    expect(Number(res.headers['content-length'])).toBe(fs.statSync(path.join(webRoot, 'assets/app-abc123.js.br')).size);
    expect(res.rawPayload.length).toBe(0);
  });

  it('the page itself is compressed too, but never cached without asking again', async () => {
    for (const url of ['/', '/index.html', '/orgs/anything/people', '/sign-in?returnTo=%2Faccount']) {
      const res = await get(url, 'br');
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['cache-control'], url).toBe('no-cache');
      expect(res.headers['content-type'], url).toBe('text/html; charset=utf-8');
      expect(res.headers['content-encoding'], url).toBe('br');
      expect(zlib.brotliDecompressSync(res.rawPayload).toString(), url).toBe(page);
    }
    expect((await get('/orgs/anything/people')).body).toBe(page);
  });
});

describe('files the web app does not publish', () => {
  it('source maps are not found, even when one is left in the folder', async () => {
    for (const url of ['/assets/app-abc123.js.map', '/assets/missing.js.map']) {
      const res = await get(url, 'br');
      expect(res.statusCode, url).toBe(404);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.body).not.toContain('sources');
    }
  });

  it('compressed copies are not served by their own names', async () => {
    for (const url of ['/assets/app-abc123.js.br', '/assets/app-abc123.js.gz', '/index.html.br']) {
      expect((await get(url, 'br')).statusCode, url).toBe(404);
    }
  });

  it('a missing asset is a 404 problem, not the page, so a stale page sees the failure', async () => {
    const res = await get('/assets/index-gone.js', 'br');
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ status: 404, title: 'Not found', detail: 'The web app has no file /assets/index-gone.js.' });
  });

  it('no path, however it is encoded, reaches a file outside the web app folder', async () => {
    const attempts = [
      '/assets/../../package.json',
      '/assets/../../secret.txt',
      '/../secret.txt',
      '/assets/..%2f..%2fpackage.json',
      '/assets/..%2F..%2Fsecret.txt',
      '/assets/%2e%2e/%2e%2e/secret.txt',
      '/%2e%2e/secret.txt',
      '/..%2fsecret.txt',
      '/assets/..%5c..%5csecret.txt',
      '/assets/%252e%252e/%252e%252e/secret.txt',
      '/assets/..;/..;/secret.txt',
      '//secret.txt',
      `/${'../'.repeat(8)}etc/passwd`,
    ];
    for (const url of attempts) {
      for (const acceptEncoding of ['br', 'gzip', undefined]) {
        const res = await get(url, acceptEncoding);
        const body = res.headers['content-encoding'] === 'br' ? zlib.brotliDecompressSync(res.rawPayload).toString() : res.headers['content-encoding'] === 'gzip' ? zlib.gunzipSync(res.rawPayload).toString() : res.body;
        expect(body, `${url} (${acceptEncoding})`).not.toContain(SECRET);
        expect(body, `${url} (${acceptEncoding})`).not.toContain('root:');
      }
    }
  });
});
