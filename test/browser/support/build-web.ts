// Builds the web app before browser tests when dist/web is missing or older than its sources, so
// the tests never run against a stale build.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../../..');
const built = path.join(root, 'dist/web/index.html');
const sources = [path.join(root, 'src/web'), path.join(root, 'vite.config.ts'), path.join(root, 'scripts/web-build-output.ts')];

function newestChange(target: string): number {
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(target)) newest = Math.max(newest, newestChange(path.join(target, entry)));
  return newest;
}

export default function setup(): void {
  const builtAt = fs.existsSync(built) ? fs.statSync(built).mtimeMs : 0;
  if (builtAt > Math.max(...sources.map(newestChange))) return;
  // Vitest sets NODE_ENV=test, which would give a development build of React: test what ships.
  const env = { ...process.env, NODE_ENV: 'production' };
  const result = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit', env });
  if (result.status !== 0) throw new Error('vite build failed; browser tests need dist/web');
}
