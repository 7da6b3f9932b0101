// Where the encryption key for stored secrets comes from: configuration, or for a single embedded
// installation a key file generated once beside the database (readable by its owner only).
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../config.js';
import { createSecretBox, generateSecretKey, parseSecretKey, type SecretBox } from './secret-box.js';

export const KEY_FILE = 'secret.key';

export function secretBoxFor(config: Config): SecretBox {
  const current = config.secretKey ? parseSecretKey(config.secretKey, 'BULWARK_SECRET_KEY') : parseSecretKey(keyFromFile(config.dataDir), keyFilePath(config.dataDir));
  const previous = config.previousSecretKeys.map((k, i) => parseSecretKey(k, `BULWARK_SECRET_KEY_PREVIOUS (entry ${i + 1})`));
  return createSecretBox(current, previous);
}

function keyFilePath(dataDir: string): string {
  return path.join(dataDir, KEY_FILE);
}

function keyFromFile(dataDir: string): string {
  const file = keyFilePath(dataDir);
  if (existsSync(file)) return readFileSync(file, 'utf8');
  mkdirSync(dataDir, { recursive: true });
  // 'wx' fails if another process created it first; then read theirs.
  try {
    writeFileSync(file, `${generateSecretKey()}\n`, { flag: 'wx', mode: 0o600 });
    chmodSync(file, 0o600);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return readFileSync(file, 'utf8');
}
