// The build step that prepares dist/web for the server: compressed copies where they pay, source maps
// moved out of the served folder.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { moveSourceMaps, precompressFolder } from '../../scripts/web-build-output.js';

let folder: string;
const served = () => path.join(folder, 'web');
const write = (relative: string, content: string | Buffer) => {
  const file = path.join(served(), relative);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
};
const exists = (relative: string) => fs.existsSync(path.join(served(), relative));
const stylesheet = Array.from({ length: 300 }, (_, n) => `.app-rule-${n} { margin: ${n}px; }`).join('\n');

beforeEach(() => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'bulwark-build-output-'));
});
afterEach(() => {
  fs.rmSync(folder, { recursive: true, force: true });
});

describe('precompressing the built web app', () => {
  it('writes brotli and gzip copies of text files that decompress to the original', async () => {
    write('assets/style-abc.css', stylesheet);
    const report = await precompressFolder(served());
    const brotli = fs.readFileSync(path.join(served(), 'assets/style-abc.css.br'));
    const gzip = fs.readFileSync(path.join(served(), 'assets/style-abc.css.gz'));
    expect(zlib.brotliDecompressSync(brotli).toString()).toBe(stylesheet);
    expect(zlib.gunzipSync(gzip).toString()).toBe(stylesheet);
    expect(report).toEqual([{ file: path.join('assets', 'style-abc.css'), raw: stylesheet.length, brotli: brotli.length, gzip: gzip.length }]);
    expect(brotli.length).toBeLessThan(gzip.length);
  });

  it('uses the highest quality: no smaller than brotli 11 and gzip 9 would make', async () => {
    write('assets/style-abc.css', stylesheet);
    await precompressFolder(served());
    const best = zlib.brotliCompressSync(stylesheet, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } });
    expect(fs.statSync(path.join(served(), 'assets/style-abc.css.br')).size).toBeLessThanOrEqual(best.length);
    expect(fs.statSync(path.join(served(), 'assets/style-abc.css.gz')).size).toBe(zlib.gzipSync(stylesheet, { level: 9 }).length);
  });

  it('leaves alone tiny files, files that are compressed already, and data that does not shrink', async () => {
    write('index.html', '<!doctype html><title>Bulwark</title>');
    write('assets/logo.png', Buffer.alloc(4096, 7));
    write('assets/random.js', randomBytes(4096));
    expect(await precompressFolder(served())).toEqual([]);
    expect(fs.readdirSync(served(), { recursive: true }).sort()).toEqual(['assets', path.join('assets', 'logo.png'), path.join('assets', 'random.js'), 'index.html']);
  });
});

describe('source maps', () => {
  it('move out of the served folder, keeping their paths, and the private folder holds only this build’s', async () => {
    fs.mkdirSync(path.join(folder, 'maps'));
    fs.writeFileSync(path.join(folder, 'maps/old-build.js.map'), '{}');
    write('assets/index-abc.js', 'console.log(1)');
    write('assets/index-abc.js.map', '{"version":3}');
    const moved = await moveSourceMaps(served(), path.join(folder, 'maps'));
    expect(moved).toEqual([path.join('assets', 'index-abc.js.map')]);
    expect(exists('assets/index-abc.js.map')).toBe(false);
    expect(exists('assets/index-abc.js')).toBe(true);
    expect(fs.readFileSync(path.join(folder, 'maps/assets/index-abc.js.map'), 'utf8')).toBe('{"version":3}');
    expect(fs.existsSync(path.join(folder, 'maps/old-build.js.map'))).toBe(false);
  });
});
