// Breaks text into lines that fit a width, for drawing on a PDF page: at spaces where it can, inside
// a word only when the word alone is wider than the line (a long URL or reference number).

/** Width of some text in points, in the font and size the lines will be drawn in. */
export type MeasureText = (text: string) => number;

/** The longest start of `word` that fits `maxWidth`; at least one character so the loop always moves on. */
function fittingStart(word: string, maxWidth: number, measure: MeasureText): string {
  const characters = [...word];
  let end = 1;
  while (end < characters.length && measure(characters.slice(0, end + 1).join('')) <= maxWidth) end += 1;
  return characters.slice(0, end).join('');
}

/** One paragraph (no line breaks) as lines no wider than `maxWidth`; an empty paragraph is one empty line. */
function paragraphLines(paragraph: string, maxWidth: number, measure: MeasureText): string[] {
  const lines: string[] = [];
  let line = '';
  for (let word of paragraph.split(' ').filter((part) => part !== '')) {
    const joined = line === '' ? word : `${line} ${word}`;
    if (measure(joined) <= maxWidth) {
      line = joined;
      continue;
    }
    if (line !== '') lines.push(line);
    while (measure(word) > maxWidth) {
      const start = fittingStart(word, maxWidth, measure);
      lines.push(start);
      word = word.slice(start.length);
    }
    line = word;
  }
  if (line !== '' || lines.length === 0) lines.push(line);
  return lines;
}

/** `text` as lines no wider than `maxWidth`. A "\n" in the text always starts a new line. */
export function textLines(text: string, maxWidth: number, measure: MeasureText): string[] {
  return text.split('\n').flatMap((paragraph) => paragraphLines(paragraph, maxWidth, measure));
}
