// Renders a report summary (an assessment's, say) as an A4 PDF: a title block, then sections of
// headings, paragraphs and tables. Tables wrap text in their cells and carry on across pages with the
// header row repeated; every page ends "Page N of M". The fonts are the standard Helvetica pair, so
// all text passes through winAnsiText first (see docs/exports.md for what that costs).
import { PageSizes, PDFDocument, rgb, StandardFonts, type PDFFont, type PDFPage, type RGB } from 'pdf-lib';
import { documentAuthor, type IdentityNames } from '../identity/deployment-identity.js';
import { textLines, type MeasureText } from './text-lines.js';
import { winAnsiText } from './win-ansi-text.js';

export interface PdfReportColumn {
  header: string;
  /** Share of the page's width (0.25 for a quarter); the shares are scaled to add up to the whole width. */
  width: number;
}

export interface PdfReportTable {
  columns: PdfReportColumn[];
  /** One text per column; a missing cell is empty and cells beyond the columns are not shown. */
  rows: string[][];
}

export interface PdfReportSection {
  heading: string;
  paragraphs?: string[];
  table?: PdfReportTable;
}

export interface PdfReport {
  title: string;
  subtitle?: string;
  /** The document's subject in its properties; the subtitle, or else the title, when not given. */
  subject?: string;
  /** Shown in UK time under the title, and stored as the document's creation date. */
  generatedAt: Date;
  /** Label and value pairs under the title: the organisation, the assessment's period, its status. */
  meta: Array<[label: string, value: string]>;
  sections: PdfReportSection[];
  /** The deployment whose document it is: its organisation (or service) is the author, its service the creator. */
  identity: IdentityNames;
}

const [PAGE_WIDTH, PAGE_HEIGHT] = PageSizes.A4;
const MARGIN = 56.69; // 20 mm
const FOOTER_BASELINE = 28.35; // 10 mm above the bottom edge, inside the margin
const CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN;
const TOP = PAGE_HEIGHT - MARGIN;
const BOTTOM = MARGIN;
const CELL_PADDING = 4;

// The NHS identity's dark blue for the title and headings; text near black; rules and labels grey.
const DARK_BLUE = rgb(0, 0.188, 0.529);
const TEXT = rgb(0.13, 0.13, 0.13);
const SECONDARY = rgb(0.3, 0.33, 0.36);
const RULE = rgb(0.68, 0.71, 0.74);
const HEADER_FILL = rgb(0.91, 0.93, 0.94);

interface TextStyle {
  font: PDFFont;
  size: number;
  lineHeight: number;
  color: RGB;
}

const UK_TIME = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/London',
  timeZoneName: 'short',
});

function measureIn(style: TextStyle): MeasureText {
  return (text) => style.font.widthOfTextAtSize(text, style.size);
}

/** `text` cut with an ellipsis so that it fits `width`. */
function fitted(text: string, width: number, measure: MeasureText): string {
  if (measure(text) <= width) return text;
  let kept = text;
  while (kept !== '' && measure(`${kept}…`) > width) kept = kept.slice(0, -1);
  return `${kept.trimEnd()}…`;
}

/** Where the next thing goes: the page being filled and how far down it is. */
class PageFlow {
  page: PDFPage;
  y = TOP;

  constructor(private readonly document: PDFDocument) {
    this.page = document.addPage(PageSizes.A4);
  }

  newPage(): void {
    this.page = this.document.addPage(PageSizes.A4);
    this.y = TOP;
  }

  get atTop(): boolean {
    return this.y === TOP;
  }

  room(): number {
    return this.y - BOTTOM;
  }

  /** Starts a new page unless `height` still fits on this one. */
  keep(height: number): void {
    if (this.room() < height && !this.atTop) this.newPage();
  }

  gap(height: number): void {
    if (!this.atTop) this.y -= height;
  }

  /** Draws one line of text whose box starts `top` points down from the flow, at `x`. */
  drawLine(text: string, style: TextStyle, x: number, top = 0): void {
    if (text === '') return;
    // Puts the letters' middle near the middle of the line box.
    const baseline = this.y - top - style.lineHeight / 2 - style.size * 0.3;
    this.page.drawText(text, { x, y: baseline, size: style.size, font: style.font, color: style.color });
  }

  /** Lines of one block of text, each on the page it fits on. */
  writeLines(lines: string[], style: TextStyle, x = MARGIN): void {
    for (const line of lines) {
      this.keep(style.lineHeight);
      this.drawLine(line, style, x);
      this.y -= style.lineHeight;
    }
  }

  rule(thickness: number): void {
    this.page.drawLine({ start: { x: MARGIN, y: this.y }, end: { x: MARGIN + CONTENT_WIDTH, y: this.y }, thickness, color: RULE });
  }
}

interface Styles {
  title: TextStyle;
  subtitle: TextStyle;
  generated: TextStyle;
  label: TextStyle;
  value: TextStyle;
  heading: TextStyle;
  body: TextStyle;
  cell: TextStyle;
  headerCell: TextStyle;
  continued: TextStyle;
  footer: TextStyle;
}

function stylesFor(regular: PDFFont, bold: PDFFont): Styles {
  return {
    title: { font: bold, size: 20, lineHeight: 26, color: DARK_BLUE },
    subtitle: { font: regular, size: 13, lineHeight: 18, color: TEXT },
    generated: { font: regular, size: 9.5, lineHeight: 14, color: SECONDARY },
    label: { font: bold, size: 10, lineHeight: 14, color: TEXT },
    value: { font: regular, size: 10, lineHeight: 14, color: TEXT },
    heading: { font: bold, size: 14, lineHeight: 19, color: DARK_BLUE },
    body: { font: regular, size: 10.5, lineHeight: 15, color: TEXT },
    cell: { font: regular, size: 9, lineHeight: 12, color: TEXT },
    headerCell: { font: bold, size: 9, lineHeight: 12, color: TEXT },
    continued: { font: bold, size: 9, lineHeight: 14, color: SECONDARY },
    footer: { font: regular, size: 8, lineHeight: 10, color: SECONDARY },
  };
}

/** The title, subtitle, when it was generated, and the label–value pairs, with a rule below. */
function drawTitleBlock(flow: PageFlow, report: PdfReport, styles: Styles): void {
  flow.writeLines(textLines(winAnsiText(report.title), CONTENT_WIDTH, measureIn(styles.title)), styles.title);
  if (report.subtitle) flow.writeLines(textLines(winAnsiText(report.subtitle), CONTENT_WIDTH, measureIn(styles.subtitle)), styles.subtitle);
  flow.gap(2);
  flow.writeLines([`Generated ${UK_TIME.format(report.generatedAt)}`], styles.generated);
  flow.gap(8);
  const labelWidth = CONTENT_WIDTH * 0.3;
  for (const [label, value] of report.meta) {
    const labels = textLines(winAnsiText(label), labelWidth - 8, measureIn(styles.label));
    const values = textLines(winAnsiText(value), CONTENT_WIDTH - labelWidth, measureIn(styles.value));
    for (let index = 0; index < Math.max(labels.length, values.length); index += 1) {
      flow.keep(styles.value.lineHeight);
      flow.drawLine(labels[index] ?? '', styles.label, MARGIN);
      flow.drawLine(values[index] ?? '', styles.value, MARGIN + labelWidth);
      flow.y -= styles.value.lineHeight;
    }
  }
  flow.gap(8);
  flow.rule(0.75);
}

interface TableColumn {
  x: number;
  width: number;
}

/** Draws lines `from` to `from + count` of each cell as one band of a row, then a rule under it. */
function drawRowBand(flow: PageFlow, columns: TableColumn[], cells: string[][], from: number, count: number, style: TextStyle, header: boolean): void {
  const height = count * style.lineHeight + 2 * CELL_PADDING;
  if (header) flow.page.drawRectangle({ x: MARGIN, y: flow.y - height, width: CONTENT_WIDTH, height, color: HEADER_FILL });
  columns.forEach((column, index) => {
    for (let line = 0; line < count; line += 1) {
      flow.drawLine(cells[index]?.[from + line] ?? '', style, column.x + CELL_PADDING, CELL_PADDING + line * style.lineHeight);
    }
  });
  flow.y -= height;
  flow.rule(header ? 1 : 0.5);
}

function drawTable(flow: PageFlow, table: PdfReportTable, heading: string, styles: Styles): void {
  const total = table.columns.reduce((sum, column) => sum + Math.max(column.width, 0), 0);
  let x = MARGIN;
  const columns = table.columns.map((column) => {
    const width = (total > 0 ? Math.max(column.width, 0) / total : 1 / table.columns.length) * CONTENT_WIDTH;
    const placed = { x, width };
    x += width;
    return placed;
  });
  const cellLines = (texts: string[], style: TextStyle, placed: TableColumn[]) =>
    placed.map((column, index) => textLines(winAnsiText(texts[index] ?? ''), Math.max(column.width - 2 * CELL_PADDING, 1), measureIn(style)));
  const lineCount = (cells: string[][]) => Math.max(1, ...cells.map((lines) => lines.length));

  const header = cellLines(table.columns.map((column) => column.header), styles.headerCell, columns);
  const headerLines = lineCount(header);
  const headerHeight = headerLines * styles.headerCell.lineHeight + 2 * CELL_PADDING;
  const drawHeader = () => drawRowBand(flow, columns, header, 0, headerLines, styles.headerCell, true);
  const continued = `${fitted(winAnsiText(heading), CONTENT_WIDTH * 0.8, measureIn(styles.continued))} (continued)`;
  // Lines of a row that fit under the repeated header on a new page: a row longer than this is split.
  const linesPerPage = Math.floor((TOP - BOTTOM - styles.continued.lineHeight - headerHeight - 2 * CELL_PADDING) / styles.cell.lineHeight);

  flow.keep(headerHeight + styles.cell.lineHeight + 2 * CELL_PADDING);
  drawHeader();

  const wholeWidth = [{ x: MARGIN, width: CONTENT_WIDTH }];
  const rows = table.rows.length > 0 ? table.rows.map((row) => ({ cells: cellLines(row, styles.cell, columns), placed: columns })) : [{ cells: cellLines(['None.'], styles.cell, wholeWidth), placed: wholeWidth }];
  let freshPage = false;
  for (const row of rows) {
    const lines = lineCount(row.cells);
    let done = 0;
    while (done < lines) {
      const fits = Math.floor((flow.room() - 2 * CELL_PADDING) / styles.cell.lineHeight);
      const left = lines - done;
      // A row that would fit on a page of its own is moved there whole rather than split.
      if (!freshPage && (fits < 1 || (done === 0 && fits < left && left <= linesPerPage))) {
        flow.newPage();
        flow.writeLines([continued], styles.continued);
        drawHeader();
        freshPage = true;
        continue;
      }
      const count = Math.max(1, Math.min(fits, left));
      drawRowBand(flow, row.placed, row.cells, done, count, styles.cell, false);
      done += count;
      freshPage = false;
    }
  }
}

function drawSection(flow: PageFlow, section: PdfReportSection, styles: Styles): void {
  flow.gap(16);
  const heading = textLines(winAnsiText(section.heading), CONTENT_WIDTH, measureIn(styles.heading));
  // Keep the heading with the start of what follows it.
  flow.keep(heading.length * styles.heading.lineHeight + 6 + 3 * styles.body.lineHeight);
  flow.writeLines(heading, styles.heading);
  flow.gap(6);
  for (const paragraph of section.paragraphs ?? []) {
    flow.writeLines(textLines(winAnsiText(paragraph), CONTENT_WIDTH, measureIn(styles.body)), styles.body);
    flow.gap(6);
  }
  if (section.table) drawTable(flow, section.table, section.heading, styles);
}

/** The report's title on the left of each page's foot and "Page N of M" on the right. */
function drawFooters(document: PDFDocument, title: string, styles: Styles): void {
  const pages = document.getPages();
  const measure = measureIn(styles.footer);
  const titleText = fitted(winAnsiText(title).replaceAll('\n', ' '), CONTENT_WIDTH * 0.7, measure);
  pages.forEach((page, index) => {
    const pageText = `Page ${index + 1} of ${pages.length}`;
    const style = { size: styles.footer.size, font: styles.footer.font, color: styles.footer.color };
    page.drawText(titleText, { ...style, x: MARGIN, y: FOOTER_BASELINE });
    page.drawText(pageText, { ...style, x: PAGE_WIDTH - MARGIN - measure(pageText), y: FOOTER_BASELINE });
  });
}

/** The report as the bytes of a PDF file. */
export async function renderPdfReport(report: PdfReport): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  const styles = stylesFor(await document.embedFont(StandardFonts.Helvetica), await document.embedFont(StandardFonts.HelveticaBold));
  const flow = new PageFlow(document);
  drawTitleBlock(flow, report, styles);
  for (const section of report.sections) drawSection(flow, section, styles);
  drawFooters(document, report.title, styles);

  // The properties keep the text as given: they are stored in UTF-16, not drawn with the fonts.
  document.setTitle(report.title, { showInWindowTitleBar: true });
  document.setAuthor(documentAuthor(report.identity));
  document.setSubject(report.subject ?? report.subtitle ?? report.title);
  document.setLanguage('en-GB');
  document.setCreator(report.identity.serviceName);
  document.setProducer(report.identity.serviceName);
  document.setCreationDate(report.generatedAt);
  document.setModificationDate(report.generatedAt);
  return document.save();
}
