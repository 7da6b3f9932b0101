// A date in a workbook as the person who made it sees it: a workbook stores a serial number and a
// display format, and the mapping of an import names the format a person sees (`DD/MM/YYYY`), so a
// date cell is written out in its own display format, just as saving the sheet as CSV would write it.
// Excel's built-in short date and date-time formats follow the computer's region; Bulwark reads them
// as a UK computer shows them (05/12/2026), since the people bringing these files work in the UK.

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** The formats whose look depends on the computer's region, as the spreadsheet library names them. */
const REGIONAL_FORMATS: Record<string, string> = {
  'mm-dd-yy': 'dd/mm/yyyy', // built-in 14, the short date
  'm/d/yy h:mm': 'dd/mm/yyyy hh:mm', // built-in 22, the short date and time
  'm/d/yy "h":mm': 'dd/mm/yyyy hh:mm', // built-in 22 as the spreadsheet library spells it
};

type Token =
  | { kind: 'text'; text: string }
  | { kind: 'year' | 'month' | 'day' | 'hour' | 'minute' | 'second'; width: number }
  | { kind: 'fraction'; digits: number }
  | { kind: 'ampm'; short: boolean; lower: boolean };

/**
 * The text a spreadsheet shows for the date under the number format. A format this does not
 * understand (elapsed hours, other calendars) gives the date as `YYYY-MM-DD`, with ` HH:mm:ss` when it
 * has a time of day, so the value is never lost or guessed at.
 */
export function dateAsShown(date: Date, numFmt?: string): string {
  const tokens = tokensOf(numFmt);
  return tokens ? render(tokens, date) : isoText(date);
}

/** `YYYY-MM-DD`, and ` HH:mm:ss` when the date has a time of day; the spreadsheet's dates have no zone. */
export function isoText(date: Date): string {
  const at = new Date(Math.round(date.getTime() / 1000) * 1000);
  const day = at.toISOString().slice(0, 10);
  const time = at.toISOString().slice(11, 19);
  return time === '00:00:00' ? day : `${day} ${time}`;
}

function tokensOf(numFmt: string | undefined): Token[] | undefined {
  if (!numFmt) return undefined;
  let format = REGIONAL_FORMATS[numFmt] ?? numFmt;
  // The system long date and time (locale codes F800 and F400) also follow the region.
  if (/\[\$-F800\]/i.test(format)) format = 'dddd, d mmmm yyyy';
  else if (/\[\$-F400\]/i.test(format)) format = 'hh:mm:ss';
  const section = firstSection(format);
  if (/general/i.test(section)) return undefined;

  const tokens: Token[] = [];
  const text = (t: string) => tokens.push({ kind: 'text', text: t });
  for (let i = 0; i < section.length; ) {
    const c = section[i]!;
    const rest = section.slice(i);
    if (c === '"') {
      const end = section.indexOf('"', i + 1);
      if (end === -1) return undefined;
      text(section.slice(i + 1, end));
      i = end + 1;
    } else if (c === '\\') {
      text(section[i + 1] ?? '');
      i += 2;
    } else if (c === '_') {
      text(' ');
      i += 2;
    } else if (c === '*') {
      i += 2;
    } else if (c === '[') {
      const end = section.indexOf(']', i);
      if (end === -1) return undefined;
      // Elapsed time ([h]:mm) is a duration, not a date: leave it to the fallback.
      if (/^\[(h+|m+|s+)\]$/i.test(section.slice(i, end + 1))) return undefined;
      i = end + 1; // a colour, a condition or a locale: nothing shown
    } else if (/^am\/pm/i.test(rest)) {
      tokens.push({ kind: 'ampm', short: false, lower: c === 'a' });
      i += 5;
    } else if (/^a\/p/i.test(rest)) {
      tokens.push({ kind: 'ampm', short: true, lower: c === 'a' });
      i += 3;
    } else if (/[ymdhs]/i.test(c)) {
      let width = 1;
      while (section[i + width]?.toLowerCase() === c.toLowerCase()) width++;
      const kind = ({ y: 'year', m: 'month', d: 'day', h: 'hour', s: 'second' } as const)[c.toLowerCase() as 'y' | 'm' | 'd' | 'h' | 's'];
      tokens.push({ kind, width });
      i += width;
    } else if (c === '.' && /^\.0+/.test(rest) && tokens.at(-1)?.kind === 'second') {
      const digits = /^\.(0+)/.exec(rest)![1]!.length;
      tokens.push({ kind: 'fraction', digits: Math.min(digits, 3) });
      i += 1 + digits;
    } else if (/[a-z0-9#?@]/i.test(c)) {
      return undefined; // a number format, or a calendar this does not know
    } else {
      text(c);
      i++;
    }
  }
  if (!tokens.some((t) => t.kind !== 'text')) return undefined;
  // "m" is minutes straight after hours or straight before seconds, and the month otherwise.
  const timeParts = tokens.filter((t) => t.kind !== 'text');
  timeParts.forEach((t, k) => {
    if (t.kind === 'month' && t.width <= 2 && (timeParts[k - 1]?.kind === 'hour' || timeParts[k + 1]?.kind === 'second')) {
      (t as { kind: string }).kind = 'minute';
    }
  });
  return tokens;
}

/** The part of a format for positive numbers: the text before the first `;` outside quotes and brackets. */
function firstSection(format: string): string {
  let quoted = false;
  let bracketed = false;
  for (let i = 0; i < format.length; i++) {
    const c = format[i];
    if (c === '"' && !bracketed) quoted = !quoted;
    else if (c === '[' && !quoted) bracketed = true;
    else if (c === ']' && !quoted) bracketed = false;
    else if (c === '\\' && !quoted) i++;
    else if (c === ';' && !quoted && !bracketed) return format.slice(0, i);
  }
  return format;
}

function render(tokens: Token[], date: Date): string {
  const digits = (tokens.find((t) => t.kind === 'fraction') as { digits: number } | undefined)?.digits ?? 0;
  // A spreadsheet rounds to the precision it shows: 10:29:59.6 under hh:mm:ss shows 10:30:00.
  const step = 1000 / 10 ** digits;
  const at = new Date(Math.round(date.getTime() / step) * step);
  const twelveHour = tokens.some((t) => t.kind === 'ampm');
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return tokens
    .map((t) => {
      switch (t.kind) {
        case 'text':
          return t.text;
        case 'year':
          return t.width <= 2 ? pad(at.getUTCFullYear() % 100, 2) : pad(at.getUTCFullYear(), 4);
        case 'month': {
          const month = at.getUTCMonth();
          if (t.width === 1) return String(month + 1);
          if (t.width === 2) return pad(month + 1, 2);
          if (t.width === 3) return MONTHS[month]!.slice(0, 3);
          if (t.width === 5) return MONTHS[month]!.slice(0, 1);
          return MONTHS[month]!;
        }
        case 'day':
          if (t.width === 1) return String(at.getUTCDate());
          if (t.width === 2) return pad(at.getUTCDate(), 2);
          if (t.width === 3) return DAYS[at.getUTCDay()]!.slice(0, 3);
          return DAYS[at.getUTCDay()]!;
        case 'hour': {
          const hours = twelveHour ? at.getUTCHours() % 12 || 12 : at.getUTCHours();
          return t.width === 1 ? String(hours) : pad(hours, 2);
        }
        case 'minute':
          return t.width === 1 ? String(at.getUTCMinutes()) : pad(at.getUTCMinutes(), 2);
        case 'second':
          return t.width === 1 ? String(at.getUTCSeconds()) : pad(at.getUTCSeconds(), 2);
        case 'fraction':
          return `.${pad(at.getUTCMilliseconds(), 3).slice(0, t.digits)}`;
        case 'ampm': {
          const pm = at.getUTCHours() >= 12;
          const word = t.short ? (pm ? 'P' : 'A') : pm ? 'PM' : 'AM';
          return t.lower ? word.toLowerCase() : word;
        }
      }
    })
    .join('');
}
