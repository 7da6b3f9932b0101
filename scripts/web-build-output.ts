// What `vite build` leaves in dist/web for the server: brotli and gzip copies of every text file worth
// compressing (made once, at maximum quality, so the server never compresses per request), and no
// source maps (they move to a folder the server never serves).
import fs from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import type { Plugin } from 'vite';

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/** Text formats compress well; images and fonts are compressed already. */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.svg', '.json', '.txt', '.xml', '.webmanifest']);
/** Below this, brotli and gzip framing eats what they save. */
const SMALLEST_WORTH_COMPRESSING = 256;
/** A compressed copy is kept only if it is at most this share of the original. */
const WORTHWHILE_RATIO = 0.9;

export interface CompressedFile {
  file: string;
  raw: number;
  brotli: number;
  gzip: number;
}

async function filesUnder(folder: string): Promise<string[]> {
  const entries = await fs.readdir(folder, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
}

/** Writes `<file>.br` and `<file>.gz` beside every compressible file in `folder` that gains from it. */
export async function precompressFolder(folder: string): Promise<CompressedFile[]> {
  const candidates = (await filesUnder(folder)).filter((file) => COMPRESSIBLE.has(path.extname(file)));
  const results = await Promise.all(
    candidates.map(async (file): Promise<CompressedFile | null> => {
      const content = await fs.readFile(file);
      if (content.length < SMALLEST_WORTH_COMPRESSING) return null;
      const [br, gz] = await Promise.all([
        brotli(content, {
          params: {
            [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
            [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
            [zlib.constants.BROTLI_PARAM_SIZE_HINT]: content.length,
          },
        }),
        gzip(content, { level: zlib.constants.Z_BEST_COMPRESSION }),
      ]);
      if (br.length > content.length * WORTHWHILE_RATIO) return null;
      await fs.writeFile(`${file}.br`, br);
      // gzip is always a little larger than brotli; keep it for clients without brotli if it still helps.
      if (gz.length <= content.length * WORTHWHILE_RATIO) await fs.writeFile(`${file}.gz`, gz);
      return { file: path.relative(folder, file), raw: content.length, brotli: br.length, gzip: gz.length };
    }),
  );
  return results.filter((result) => result !== null);
}

/** Moves every `.map` file from `folder` into `privateFolder` (emptied first), keeping relative paths. */
export async function moveSourceMaps(folder: string, privateFolder: string): Promise<string[]> {
  await fs.rm(privateFolder, { recursive: true, force: true });
  const maps = (await filesUnder(folder)).filter((file) => file.endsWith('.map'));
  for (const map of maps) {
    const target = path.join(privateFolder, path.relative(folder, map));
    await fs.mkdir(path.dirname(target), { recursive: true });
    await fs.rename(map, target);
  }
  return maps.map((map) => path.relative(folder, map));
}

/**
 * The Vite plugin: after the bundle is written, take the source maps out of the served folder, then
 * precompress what is left.
 */
export function webBuildOutput({ sourceMapsTo }: { sourceMapsTo: string }): Plugin {
  return {
    name: 'bulwark:web-build-output',
    apply: 'build',
    async writeBundle(options) {
      const folder = options.dir;
      if (!folder) throw new Error('the web build has no output folder');
      await moveSourceMaps(folder, sourceMapsTo);
      await precompressFolder(folder);
    },
  };
}
