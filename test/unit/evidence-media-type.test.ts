// The kind of an evidence file is decided from its bytes; the name may only agree with it.
import { describe, expect, it } from 'vitest';
import { sniffMediaType, zipEntryNames } from '../../src/modules/evidence/domain/media-type.js';
import { zipOf } from '../support/zip-archive.js';

const bytes = (...b: number[]) => Buffer.from(b);
const text = (s: string) => Buffer.from(s, 'utf8');
const part = (name: string, content = 'x') => ({ name, content: Buffer.from(content) });

const PDF = text('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n');
const PNG = Buffer.concat([bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a), Buffer.alloc(20)]);
const JPEG = Buffer.concat([bytes(0xff, 0xd8, 0xff, 0xe0), Buffer.alloc(20)]);
const GIF = text('GIF89a\x01\x00\x01\x00');
const WEBP = Buffer.concat([text('RIFF'), bytes(20, 0, 0, 0), text('WEBPVP8 '), Buffer.alloc(8)]);
const DOCX = zipOf([part('[Content_Types].xml'), part('_rels/.rels'), part('word/document.xml')]);
const XLSX = zipOf([part('[Content_Types].xml'), part('xl/workbook.xml'), part('xl/worksheets/sheet1.xml')]);
const PPTX = zipOf([part('[Content_Types].xml'), part('ppt/presentation.xml')]);
const DOCM = zipOf([part('[Content_Types].xml'), part('word/document.xml'), part('word/vbaProject.bin')]);
const ODT = zipOf([{ name: 'mimetype', content: text('application/vnd.oasis.opendocument.text'), method: 0 }, part('content.xml')]);
const ODS = zipOf([{ name: 'mimetype', content: text('application/vnd.oasis.opendocument.spreadsheet'), method: 0 }, part('content.xml')]);
const PLAIN_ZIP = zipOf([part('report.pdf'), part('notes.txt')]);
const OLE = Buffer.concat([bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1), Buffer.alloc(64)]);
const MSG = Buffer.concat([OLE, Buffer.from('__substg1.0_0037001F', 'utf16le')]);
const EXE = Buffer.concat([text('MZ'), Buffer.alloc(60)]);
const ELF = Buffer.concat([bytes(0x7f, 0x45, 0x4c, 0x46), Buffer.alloc(60)]);

describe('files that are accepted, with the type their content shows', () => {
  it.each([
    ['a PDF', 'policy.pdf', PDF, 'application/pdf'],
    ['a PNG', 'diagram.png', PNG, 'image/png'],
    ['a JPEG named .jpg', 'photo.jpg', JPEG, 'image/jpeg'],
    ['a JPEG named .JPEG in capitals', 'PHOTO.JPEG', JPEG, 'image/jpeg'],
    ['a GIF', 'chart.gif', GIF, 'image/gif'],
    ['a WebP', 'shot.webp', WEBP, 'image/webp'],
    ['a Word document (word/ in the zip)', 'plan.docx', DOCX, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['an Excel workbook (xl/ in the zip)', 'register.xlsx', XLSX, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ['a PowerPoint presentation (ppt/ in the zip)', 'board.pptx', PPTX, 'application/vnd.openxmlformats-officedocument.presentationml.presentation'],
    ['an OpenDocument text (its mimetype entry)', 'minutes.odt', ODT, 'application/vnd.oasis.opendocument.text'],
    ['an OpenDocument spreadsheet', 'assets.ods', ODS, 'application/vnd.oasis.opendocument.spreadsheet'],
    ['plain UTF-8 text', 'notes.txt', text('Backups tested 3 March. Café signed off.\n'), 'text/plain'],
    ['text with a byte order mark', 'notes.txt', Buffer.concat([bytes(0xef, 0xbb, 0xbf), text('hello')]), 'text/plain'],
    ['a CSV (text, named .csv)', 'training.csv', text('name,completed\nJo,2026-01-02\n'), 'text/csv'],
    ['an email message', 'notice.eml', text('From: it@trust.nhs.uk\r\nSubject: Patch applied\r\n\r\nDone.\r\n'), 'message/rfc822'],
    ['an Outlook message', 'notice.msg', MSG, 'application/vnd.ms-outlook'],
  ])('%s', (_, name, content, mediaType) => {
    const result = sniffMediaType(name, content);
    expect(result.ok && result.type.mediaType).toBe(mediaType);
  });

  it('a name without an extension gets the one its content shows', () => {
    const result = sniffMediaType('scan', PDF);
    expect(result.ok && result.fileName).toBe('scan.pdf');
  });
});

describe('files that are refused, with the file named and the reason', () => {
  it.each([
    ['an empty file', 'empty.pdf', Buffer.alloc(0), /“empty.pdf” is empty/],
    ['HTML renamed .pdf', 'report.pdf', text('<!DOCTYPE html><html><body><script>alert(1)</script></body></html>'), /“report.pdf” is not accepted: it is a web page \(HTML\)/],
    ['HTML after blank lines', 'notes.txt', text('\n\n  <html><body>hi</body></html>'), /web page \(HTML\)/],
    ['an SVG with a script', 'logo.png', text('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), /SVG image, which can carry scripts/],
    ['an SVG on its own', 'logo.svg', text('<svg xmlns="http://www.w3.org/2000/svg"></svg>'), /SVG image/],
    ['XML', 'data.txt', text('<?xml version="1.0"?><root/>'), /markup/],
    ['text with a script tag part-way', 'notes.txt', text('hello <script>alert(1)</script>'), /holds a script/],
    ['a Windows program', 'setup.pdf', EXE, /Windows program/],
    ['a Windows program named .exe', 'setup.exe', EXE, /Windows program/],
    ['a Linux program', 'tool', ELF, /Linux program/],
    ['a shell script', 'fix.txt', text('#!/bin/sh\nrm -rf /\n'), /a script/],
    ['text with a NUL byte', 'notes.txt', Buffer.concat([text('abc'), bytes(0), text('def')]), /binary data/],
    ['text that is not UTF-8', 'notes.txt', bytes(0x48, 0xe9, 0x6c, 0x6c, 0x6f), /must be UTF-8/],
    ['a plain zip archive', 'bundle.zip', PLAIN_ZIP, /zip archive\. Upload the documents inside it/],
    ['a Word document with macros', 'plan.docx', DOCM, /Office document with macros/],
    ['an older Office document', 'plan.doc', OLE, /older Office document/],
    ['a damaged zip', 'plan.docx', Buffer.concat([text('PK\x03\x04'), Buffer.alloc(40)]), /zip archive Bulwark cannot read/],
    ['unrecognised binary', 'data.bin', Buffer.concat([bytes(1, 2, 3, 0), Buffer.alloc(10)]), /not a kind of file Bulwark accepts/],
  ])('%s', (_, name, content, reason) => {
    const result = sniffMediaType(name, content);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(reason);
  });
});

describe('a name that contradicts the content is refused', () => {
  it.each([
    ['a PNG named .pdf', 'report.pdf', PNG, '“report.pdf” is not accepted: its name says a PDF document but its content is a PNG image. Rename it to end .png, or upload the right file.'],
    ['a PDF named .docx', 'plan.docx', PDF, '“plan.docx” is not accepted: its name says a Word document but its content is a PDF document. Rename it to end .pdf, or upload the right file.'],
    ['a Word document named .xlsx', 'register.xlsx', DOCX, '“register.xlsx” is not accepted: its name says an Excel workbook but its content is a Word document. Rename it to end .docx, or upload the right file.'],
    ['text named .pdf', 'report.pdf', text('just words'), '“report.pdf” is not accepted: its name says a PDF document but its content is a plain text file. Rename it to end .txt, or upload the right file.'],
    ['text named .eml without mail headers', 'notice.eml', text('just words'), '“notice.eml” is not accepted: its name says an email message but its content is a plain text file. Rename it to end .txt, or upload the right file.'],
    ['a PDF named .html', 'report.html', PDF, '“report.html” is not accepted: its content is a PDF document but its name ends .html. Rename it to end .pdf.'],
  ])('%s', (_, name, content, reason) => {
    expect(sniffMediaType(name, content)).toEqual({ ok: false, reason });
  });
});

describe('reading a zip’s central directory', () => {
  it('lists the entry names', () => {
    expect(zipEntryNames(DOCX)).toEqual(['[Content_Types].xml', '_rels/.rels', 'word/document.xml']);
  });
  it.each([
    ['no end record', Buffer.from('PK\x03\x04 nothing else here at all, no directory')],
    ['a directory offset past the end', (() => {
      const z = Buffer.from(DOCX);
      z.writeUInt32LE(0x7fffffff, z.length - 6);
      return z;
    })()],
  ])('gives up on a zip with %s', (_, zip) => {
    expect(zipEntryNames(zip)).toBeNull();
  });
});
