// Whether a file may be a deployment's logo: an SVG or PNG by name and by content, at most 100 KB,
// and for an SVG nothing that runs, embeds or loads (svg-safety.ts). The logo is shown to everyone,
// signed in or not, so it is checked once at start and a bad one stops the server.
import path from 'node:path';
import { svgProblem } from './svg-safety.js';

export const LOGO_MAX_BYTES = 100 * 1024;
/** Wider or taller than this, a PNG would cost far more memory to draw than its file size suggests. */
export const LOGO_MAX_PIXELS = 4096;

export type LogoMediaType = 'image/svg+xml' | 'image/png';
export type LogoCheck = { ok: true; mediaType: LogoMediaType } | { ok: false; reason: string };

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export function checkLogo(fileName: string, bytes: Uint8Array): LogoCheck {
  const extension = path.extname(fileName).toLowerCase();
  if (extension !== '.svg' && extension !== '.png') return refused('its name does not end in .svg or .png; a logo must be an SVG or PNG image');
  if (bytes.length === 0) return refused('it is empty');
  if (bytes.length > LOGO_MAX_BYTES) return refused(tooLarge(bytes.length));
  return extension === '.png' ? checkPng(Buffer.from(bytes)) : checkSvg(bytes);
}

function checkPng(bytes: Buffer): LogoCheck {
  if (!bytes.subarray(0, 8).equals(PNG_SIGNATURE)) return refused('it does not start with the PNG signature, so it is not a PNG image');
  // The first chunk of every PNG is IHDR, which gives the width and height.
  if (bytes.length < 24 || bytes.toString('latin1', 12, 16) !== 'IHDR') return refused('it has no PNG header chunk (IHDR), so it is not a whole PNG image');
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  if (!width || !height) return refused('its PNG header gives it no width or no height');
  if (width > LOGO_MAX_PIXELS || height > LOGO_MAX_PIXELS) return refused(`it is ${width} × ${height} pixels; a logo may be at most ${LOGO_MAX_PIXELS} pixels either way`);
  return { ok: true, mediaType: 'image/png' };
}

function checkSvg(bytes: Uint8Array): LogoCheck {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return refused('it is not UTF-8 text, so it is not an SVG image');
  }
  const problem = svgProblem(text);
  return problem ? refused(problem) : { ok: true, mediaType: 'image/svg+xml' };
}

export function tooLarge(bytes: number): string {
  return `it is ${Math.ceil(bytes / 1024)} KB; a logo may be at most ${LOGO_MAX_BYTES / 1024} KB`;
}

function refused(reason: string): LogoCheck {
  return { ok: false, reason };
}
