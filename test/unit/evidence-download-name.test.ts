// File names kept safe to store and to send back as a download.
import { describe, expect, it } from 'vitest';
import { contentDisposition, extensionOf, safeFileName } from '../../src/modules/evidence/domain/download-name.js';

describe('a safe file name', () => {
  it.each([
    ['an ordinary name', 'Backup test 2026.pdf', 'Backup test 2026.pdf'],
    ['a Unix path', '/etc/passwd', 'passwd'],
    ['a Windows path', 'C:\\Users\\jo\\report.pdf', 'report.pdf'],
    ['climbing out of a folder', '../../secret.pdf', 'secret.pdf'],
    ['control characters and a newline', 'rep\u0000ort\r\n.pdf', 'report.pdf'],
    ['double quotes', 'the "final" plan.pdf', 'the final plan.pdf'],
    ['a right-to-left override hiding .exe', 'invoice\u202Efdp.exe', 'invoicefdp.exe'],
    ['leading dots', '...hidden.txt', 'hidden.txt'],
    ['trailing dots and spaces', 'report.pdf. . ', 'report.pdf'],
    ['nothing left', '/../', 'evidence'],
    ['runs of spaces', 'a   b\tc.txt', 'a b c.txt'],
    ['accents kept', 'Résumé café.pdf', 'Résumé café.pdf'],
  ])('%s', (_, name, safe) => {
    expect(safeFileName(name)).toBe(safe);
  });

  it('a long name is cut, keeping its extension', () => {
    const safe = safeFileName(`${'a'.repeat(500)}.pdf`);
    expect(safe).toHaveLength(200);
    expect(safe.endsWith('.pdf')).toBe(true);
  });
});

describe('the extension of a name', () => {
  it.each([
    ['report.PDF', 'pdf'],
    ['archive.tar.gz', 'gz'],
    ['README', null],
    ['trailing.', null],
  ])('%s → %s', (name, extension) => {
    expect(extensionOf(name)).toBe(extension);
  });
});

describe('the Content-Disposition header', () => {
  it.each([
    ['a plain ASCII name', 'report.pdf', `attachment; filename="report.pdf"; filename*=UTF-8''report.pdf`],
    ['spaces and accents', 'Résumé final.pdf', `attachment; filename="R_sum_ final.pdf"; filename*=UTF-8''R%C3%A9sum%C3%A9%20final.pdf`],
    ['quotes and a path', '../a "b".pdf', `attachment; filename="a b.pdf"; filename*=UTF-8''a%20b.pdf`],
    ['characters RFC 8187 wants encoded', "it's (v2)*.pdf", `attachment; filename="it's (v2)*.pdf"; filename*=UTF-8''it%27s%20%28v2%29%2A.pdf`],
    ['a semicolon or percent in the ASCII form', 'a;b%20c.pdf', `attachment; filename="a_b_20c.pdf"; filename*=UTF-8''a%3Bb%2520c.pdf`],
    ['a header injection attempt', 'x.pdf\r\nSet-Cookie: a=b', `attachment; filename="x.pdfSet-Cookie: a=b"; filename*=UTF-8''x.pdfSet-Cookie%3A%20a%3Db`],
  ])('%s', (_, name, header) => {
    expect(contentDisposition(name)).toBe(header);
  });
});
