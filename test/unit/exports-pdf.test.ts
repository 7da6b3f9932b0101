// A PDF report summary reopened as a reader sees it: the title block, headings, paragraphs and every
// table cell are there, long tables carry on across pages under their header row, each page is
// numbered, and no character a person typed can stop the report being made.
import { describe, expect, it } from 'vitest';
import { renderPdfReport, type PdfReport } from '../../src/platform/exports/pdf-report.js';
import { pdfInfo, pdfText } from '../support/pdf-text.js';
import { DEFAULT_IDENTITY } from '../../src/platform/identity/deployment-identity.js';

const columns = [
  { header: 'Reference', width: 0.15 },
  { header: 'Requirement', width: 0.6 },
  { header: 'Status', width: 0.25 },
];

const unsupported = 'Unsupported systems are recorded in the register, each with a plan and a date to replace it';

function aReport(overrides: Partial<PdfReport> = {}): PdfReport {
  return {
    identity: DEFAULT_IDENTITY,
    title: 'Data Security and Protection Toolkit 2025-26',
    subtitle: 'Self-assessment summary',
    generatedAt: new Date('2026-12-05T14:03:00Z'),
    meta: [
      ['Organisation', 'Leeds Teaching Hospitals NHS Trust'],
      ['Status', 'Draft'],
    ],
    sections: [
      {
        heading: 'Overview',
        paragraphs: ['The Trust meets 38 of 42 mandatory evidence items.', 'Four items are waiting for the Information Asset Owner.'],
        table: {
          columns,
          rows: [
            ['1.1.1', 'Staff have signed the data security policy', 'Met'],
            ['1.2.4', unsupported, 'Not met'],
          ],
        },
      },
      { heading: 'Next steps', paragraphs: ['Review again before the June submission.'] },
    ],
    ...overrides,
  };
}

/** Many rows, each with its own reference so every one can be found. */
function manyRows(count: number): string[][] {
  return Array.from({ length: count }, (_, index) => [`R${index + 1}`, `Requirement number ${index + 1} of the toolkit`, index % 2 ? 'Met' : 'Not met']);
}

describe('rendering a PDF report', () => {
  it('shows the title, subtitle, when it was generated, and the label–value pairs', async () => {
    const [first] = await pdfText(await renderPdfReport(aReport()));
    const lines = first!.split('\n');
    expect(lines.slice(0, 5)).toEqual([
      'Data Security and Protection Toolkit 2025-26',
      'Self-assessment summary',
      'Generated 5 December 2026 at 14:03 GMT',
      'Organisation Leeds Teaching Hospitals NHS Trust',
      'Status Draft',
    ]);
  });

  it('shows each heading and paragraph, and every table cell under a header row', async () => {
    const [first] = await pdfText(await renderPdfReport(aReport()));
    const lines = first!.split('\n');
    for (const text of ['Overview', 'The Trust meets 38 of 42 mandatory evidence items.', 'Four items are waiting for the Information Asset Owner.', 'Reference Requirement Status', '1.1.1 Staff have signed the data security policy Met', 'Next steps', 'Review again before the June submission.']) {
      expect(lines).toContain(text);
    }
    // The long requirement wraps inside its column: the row's first line has the start of it and the
    // status, the next line the rest.
    const row = lines.findIndex((line) => line.startsWith('1.2.4 '));
    const [start, status] = [lines[row]!.slice('1.2.4 '.length, -' Not met'.length), lines[row]!.slice(-'Not met'.length)];
    expect(status).toBe('Not met');
    expect(start.length).toBeLessThan(unsupported.length);
    expect(`${start} ${lines[row + 1]}`).toBe(unsupported);
  });

  it('keeps its properties: title, author Bulwark, subject, language and dates', async () => {
    const info = await pdfInfo(await renderPdfReport(aReport({ title: 'DSPT → 2025-26 ✓' })));
    expect(info).toMatchObject({
      Title: 'DSPT → 2025-26 ✓',
      Author: 'Bulwark',
      Subject: 'Self-assessment summary',
      Language: 'en-GB',
      Creator: 'Bulwark',
      Producer: 'Bulwark',
      CreationDate: 'D:20261205140300Z',
    });
  });

  it('names the deployment: its organisation as author and its service as creator', async () => {
    const info = await pdfInfo(await renderPdfReport(aReport({ identity: { serviceName: 'Cyber Hub', organisationName: 'Northshire Care Ltd' } })));
    expect(info).toMatchObject({ Author: 'Northshire Care Ltd', Creator: 'Cyber Hub', Producer: 'Cyber Hub' });
  });

  it('numbers every page "Page N of M"', async () => {
    const pages = await pdfText(await renderPdfReport(aReport({ sections: [{ heading: 'Requirements', table: { columns, rows: manyRows(150) } }] })));
    expect(pages.length).toBeGreaterThan(2);
    pages.forEach((page, index) => {
      expect(page.split('\n').at(-1)).toBe(`Data Security and Protection Toolkit 2025-26 Page ${index + 1} of ${pages.length}`);
    });
  });

  it('carries a long table across pages, each page starting with the header row, no row lost or repeated', async () => {
    const rows = manyRows(150);
    const pages = await pdfText(await renderPdfReport(aReport({ sections: [{ heading: 'Requirements', table: { columns, rows } }] })));
    pages.slice(1).forEach((page) => {
      expect(page.split('\n').slice(0, 2)).toEqual(['Requirements (continued)', 'Reference Requirement Status']);
    });
    const shown = pages.flatMap((page) => page.split('\n')).filter((line) => /^R\d+ /.test(line));
    expect(shown).toEqual(rows.map((row) => row.join(' ')));
  });

  it('splits a row taller than a page across pages, keeping every word', async () => {
    const words = Array.from({ length: 1500 }, (_, index) => `w${index}`);
    const pages = await pdfText(
      await renderPdfReport(aReport({ sections: [{ heading: 'Narrative', table: { columns, rows: [['9.9.9', words.join(' '), 'Met']] } }] })),
    );
    expect(pages.length).toBeGreaterThan(1);
    const text = pages.join('\n');
    expect(text.match(/\bw\d+\b/g)).toEqual(words);
    expect(pages[1]!.split('\n').slice(0, 2)).toEqual(['Narrative (continued)', 'Reference Requirement Status']);
  });

  it('says "None." under the header of a table with no rows', async () => {
    const [first] = await pdfText(await renderPdfReport(aReport({ sections: [{ heading: 'Exceptions', table: { columns, rows: [] } }] })));
    expect(first!.split('\n')).toEqual(expect.arrayContaining(['Exceptions', 'Reference Requirement Status', 'None.']));
  });

  it('keeps paragraph line breaks and wraps long paragraphs within the margins', async () => {
    const long = 'Backups are tested every quarter. '.repeat(30).trim();
    const [first] = await pdfText(await renderPdfReport(aReport({ sections: [{ heading: 'Backups', paragraphs: [`First line\nSecond line`, long] }] })));
    const lines = first!.split('\n');
    expect(lines).toEqual(expect.arrayContaining(['First line', 'Second line']));
    const start = lines.indexOf('Second line') + 1;
    const wrapped = lines.slice(start, lines.length - 1);
    expect(wrapped.length).toBeGreaterThan(3);
    expect(wrapped.join(' ')).toBe(long);
  });

  it('draws characters the fonts lack as stand-ins, wherever they appear', async () => {
    const [first] = await pdfText(
      await renderPdfReport({
        identity: DEFAULT_IDENTITY,
        title: 'Recovery → restore 😀',
        subtitle: 'Score ≥ 3',
        generatedAt: new Date('2026-07-05T13:03:00Z'),
        meta: [['Owner 👩‍💻', 'Łukasz, 中文']],
        sections: [{ heading: 'Ticks ✓', paragraphs: ['RTO ≤ 4 h\u200b, RPO − 1 h 🇬🇧'], table: { columns: [{ header: 'Δ', width: 1 }], rows: [['✗ not tested']] } }],
      }),
    );
    expect(first!.split('\n')).toEqual([
      'Recovery -> restore ?',
      'Score >= 3',
      'Generated 5 July 2026 at 14:03 BST',
      'Owner ? Lukasz, ??',
      'Ticks [yes]',
      'RTO <= 4 h, RPO - 1 h ?',
      '?',
      '[no] not tested',
      'Recovery -> restore ? Page 1 of 1',
    ]);
  });
});
