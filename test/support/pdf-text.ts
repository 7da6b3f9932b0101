// Reopens a PDF the way a reader does, so tests check what a person would see on each page rather
// than how the file happens to be put together. Uses pdf.js's build for Node.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';

async function open(bytes: Uint8Array) {
  // pdf.js takes ownership of the buffer it is given, so it gets a copy.
  return getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, verbosity: 0 }).promise;
}

/** Pieces of text closer together than this (in points) belong to one word. */
const SAME_WORD_GAP = 1;

/**
 * The text of each page, one line of the page per line of the string, top to bottom. Pieces on the
 * same line (a table row's cells) are joined with a space, in order from left to right.
 */
export async function pdfText(bytes: Uint8Array): Promise<string[]> {
  const document = await open(bytes);
  try {
    const pages: string[] = [];
    for (let number = 1; number <= document.numPages; number += 1) {
      const page = await document.getPage(number);
      const items = (await page.getTextContent()).items.filter((item): item is TextItem => 'str' in item && item.str.trim() !== '');
      const lines = new Map<number, TextItem[]>();
      for (const item of items) {
        const y = Math.round(Number(item.transform[5]));
        lines.set(y, [...(lines.get(y) ?? []), item]);
      }
      const text = [...lines.entries()]
        .sort(([a], [b]) => b - a)
        .map(([, pieces]) => {
          pieces.sort((a, b) => Number(a.transform[4]) - Number(b.transform[4]));
          let line = '';
          let end = -Infinity;
          for (const piece of pieces) {
            const x = Number(piece.transform[4]);
            line += line !== '' && x - end > SAME_WORD_GAP ? ` ${piece.str}` : piece.str;
            end = x + piece.width;
          }
          return line.trim();
        })
        .filter((line) => line !== '');
      pages.push(text.join('\n'));
    }
    return pages;
  } finally {
    await document.destroy();
  }
}

/** The document's properties as a reader shows them: Title, Author, Subject, Language, Creator… */
export async function pdfInfo(bytes: Uint8Array): Promise<Record<string, unknown>> {
  const document = await open(bytes);
  try {
    return { ...((await document.getMetadata()).info as Record<string, unknown>) };
  } finally {
    await document.destroy();
  }
}
