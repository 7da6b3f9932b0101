// The details of a piece of evidence: a title, real dates in order, and links only to web addresses.
import { describe, expect, it } from 'vitest';
import { detailProblems, noteProblem, urlProblem } from '../../src/modules/evidence/domain/evidence-rules.js';

const details = (d: Partial<Parameters<typeof detailProblems>[0]> = {}) => ({ title: 'Backup test', description: null, validFrom: null, expiresOn: null, reviewOn: null, ...d });

describe('evidence details', () => {
  it.each([
    ['a title and nothing else', details(), []],
    ['dates in order', details({ validFrom: '2026-01-01', expiresOn: '2027-01-01', reviewOn: '2026-07-01' }), []],
    ['expiring on the day it becomes valid', details({ validFrom: '2026-01-01', expiresOn: '2026-01-01' }), []],
    ['a blank title', details({ title: '   ' }), ['title']],
    ['a title too long', details({ title: 'x'.repeat(201) }), ['title']],
    ['30 February', details({ expiresOn: '2026-02-30' }), ['expiresOn']],
    ['a UK-style date', details({ validFrom: '01/02/2026' }), ['validFrom']],
    ['expiry before valid from', details({ validFrom: '2026-06-01', expiresOn: '2026-05-31' }), ['expiresOn']],
    ['review before valid from', details({ validFrom: '2026-06-01', reviewOn: '2026-01-01' }), ['reviewOn']],
    ['29 February in a leap year', details({ reviewOn: '2028-02-29' }), []],
  ])('%s', (_, input, fields) => {
    expect(detailProblems(input).map((p) => p.field)).toEqual(fields);
  });
});

describe('a link’s web address', () => {
  it.each([
    ['https', 'https://intranet.trust.nhs.uk/policies/backup', null],
    ['http', 'http://intranet/policy', null],
    ['blank', '  ', 'Enter the web address'],
    ['not a URL', 'intranet policy page', 'Enter a full web address, starting https://'],
    ['javascript:', 'javascript:alert(1)', 'The web address must start https:// or http://'],
    ['data:', 'data:text/html,<script>alert(1)</script>', 'The web address must start https:// or http://'],
    ['a file path', 'file:///etc/passwd', 'The web address must start https:// or http://'],
    ['with a password in it', 'https://jo:secret@intranet.trust.nhs.uk/', 'The web address must not hold a user name or password'],
  ])('%s', (_, url, message) => {
    expect(urlProblem(url)?.message ?? null).toBe(message);
  });
});

describe('a note', () => {
  it.each([
    ['some text', 'Checked the firewall rules with the supplier.', null],
    ['blank', '\n  ', 'Enter the note'],
    ['too long', 'x'.repeat(20_001), 'The note must be 20000 characters or fewer'],
  ])('%s', (_, text, message) => {
    expect(noteProblem(text)?.message ?? null).toBe(message);
  });
});
