// The evidence library through the API: files kept byte for byte and sent back safely, links and
// notes, versions, dates and states, optimistic locking, and who may see and change what.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evidenceInOrg, expiringEvidence } from '../../src/modules/evidence/service.js';
import { type Client, createTestApp, orgId, signIn, type TestApp } from '../support/app.js';
import { zipOf } from '../support/zip-archive.js';

const MAX_BYTES = 64 * 1024;

let t: TestApp;
let acute: string, mentalHealth: string;
let seclead: Client, iao: Client, auditor: Client, staff: Client, mhAdmin: Client, icsLead: Client, sysAdmin: Client;

const PDF = Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n%%EOF\n');
const PDF_V2 = Buffer.from('%PDF-1.7\n% second edition\n%%EOF\n');
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(32, 7)]);
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

const base = () => `/api/v1/orgs/${acute}/evidence`;

function upload(client: Client, url: string, bytes: Buffer, contentType = 'application/octet-stream') {
  return client.request('POST', url, bytes, { 'content-type': contentType });
}

async function addPdf(client: Client, query: string) {
  const res = await upload(client, `${base()}?fileName=backup-test.pdf&${query}`, PDF, 'application/pdf');
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ id: string; version: number; currentVersion: number; sha256: string }>();
}

async function counts() {
  const items = await t.app.db.selectFrom('evidence_items').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const versions = await t.app.db.selectFrom('evidence_versions').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return { items: Number(items.n), versions: Number(versions.n) };
}

beforeAll(async () => {
  t = await createTestApp({ env: { EVIDENCE_MAX_BYTES: String(MAX_BYTES) } });
  [acute, mentalHealth] = await Promise.all([orgId(t.app, 'RZZ'), orgId(t.app, 'RZY')]);
  [seclead, iao, auditor, staff, mhAdmin, icsLead, sysAdmin] = await Promise.all([
    signIn(t.server, 'seclead@northshire-acute.example'),
    signIn(t.server, 'iao@northshire-acute.example'),
    signIn(t.server, 'auditor@northshire-acute.example'),
    signIn(t.server, 'staff@northshire-acute.example'),
    signIn(t.server, 'orgadmin@northshire-mh.example'),
    signIn(t.server, 'icslead@northshire-ics.example'),
    signIn(t.server, 'admin@northshire-ics.example'),
  ]);
});
afterAll(() => t.close());

describe('a file uploaded as evidence', () => {
  let id: string;

  it('is stored with the type its content shows, its size and its SHA-256', async () => {
    const item = await addPdf(seclead, 'title=Backup%20restore%20test&expiresOn=2099-03-31');
    id = item.id;
    const got = (await seclead.get(`${base()}/${id}`)).json();
    expect(got).toMatchObject({ title: 'Backup restore test', kind: 'file', currentVersion: 1, fileName: 'backup-test.pdf', mediaType: 'application/pdf', sizeBytes: PDF.length, sha256: sha256(PDF), expiresOn: '2099-03-31', state: 'current', version: 1 });
    expect(got.versions).toHaveLength(1);
  });

  it('downloads byte for byte, as an attachment, under headers that stop a browser running it', async () => {
    const res = await seclead.get(`${base()}/${id}/versions/1/file`);
    expect(res.statusCode).toBe(200);
    expect(res.rawPayload.equals(PDF)).toBe(true);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="backup-test.pdf"; filename*=UTF-8''backup-test.pdf`);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toBe("sandbox; default-src 'none'");
    expect(res.headers['cache-control']).toBe('private, no-store');
    expect(res.headers.etag).toBe(`"${sha256(PDF)}"`);
    expect(res.headers['repr-digest']).toBe(`sha-256=:${createHash('sha256').update(PDF).digest('base64')}:`);
  });

  it('keeps every version: a new upload becomes current and the first still downloads as it was', async () => {
    const res = await upload(iao, `${base()}/${id}/versions?fileName=backup-test-2.pdf`, PDF_V2);
    expect(res.statusCode, res.body).toBe(201);
    const item = res.json();
    expect(item).toMatchObject({ currentVersion: 2, fileName: 'backup-test-2.pdf', sha256: sha256(PDF_V2), version: 2 });
    expect(item.versions.map((v: { number: number; sha256: string }) => [v.number, v.sha256])).toEqual([
      [2, sha256(PDF_V2)],
      [1, sha256(PDF)],
    ]);
    expect(item.versions[0].createdByName).toBe('Mark Donnelly');
    expect((await seclead.get(`${base()}/${id}/versions/1/file`)).rawPayload.equals(PDF)).toBe(true);
    expect((await seclead.get(`${base()}/${id}/versions/2/file`)).rawPayload.equals(PDF_V2)).toBe(true);
    expect((await seclead.get(`${base()}/${id}/versions/3/file`)).statusCode).toBe(404);
  });

  it('decides the type from the bytes, not from the Content-Type sent: text sent as text/plain is text', async () => {
    const res = await upload(seclead, `${base()}?fileName=${encodeURIComponent('patching log.txt')}`, Buffer.from('Patched 14 servers.\n'), 'text/plain');
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ title: 'patching log', mediaType: 'text/plain' });
    const download = await seclead.get(`${base()}/${res.json().id}/versions/1/file`);
    expect(download.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(download.headers['content-disposition']).toBe(`attachment; filename="patching log.txt"; filename*=UTF-8''patching%20log.txt`);
  });

  it('accepts a Word document, read from the zip’s directory', async () => {
    const docx = zipOf([{ name: '[Content_Types].xml', content: Buffer.from('<Types/>') }, { name: 'word/document.xml', content: Buffer.from('<w:document/>') }]);
    const res = await upload(seclead, `${base()}?fileName=plan.docx`, docx);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().mediaType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  });
});

describe('files that are refused leave nothing behind', () => {
  it.each([
    ['a web page renamed .pdf', 'report.pdf', Buffer.from('<!doctype html><script>alert(1)</script>'), /“report.pdf” is not accepted: it is a web page/],
    ['an SVG with a script', 'logo.svg', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), /SVG image/],
    ['a Windows program', 'setup.exe', Buffer.concat([Buffer.from('MZ'), Buffer.alloc(100)]), /Windows program/],
    ['a PNG named .pdf', 'report.pdf', PNG, /its name says a PDF document but its content is a PNG image/],
    ['text with a NUL byte', 'notes.txt', Buffer.from('abc\u0000def'), /binary data/],
  ])('%s', async (_, name, bytes, reason) => {
    const before = await counts();
    const res = await upload(seclead, `${base()}?fileName=${encodeURIComponent(name)}`, bytes);
    expect(res.statusCode).toBe(422);
    expect(res.json().detail).toMatch(reason);
    expect(await counts()).toEqual(before);
  });

  it('a file over the size limit is refused with 422, as a new item or as a new version', async () => {
    const { id } = await addPdf(seclead, 'title=Size%20limit');
    const before = await counts();
    const big = Buffer.concat([PDF, Buffer.alloc(MAX_BYTES)]);
    const res = await upload(seclead, `${base()}?fileName=big.pdf`, big);
    expect(res.statusCode).toBe(422);
    expect(res.json().detail).toMatch(/too large: the most one piece of evidence can be is 64 KiB/);
    const asVersion = await upload(seclead, `${base()}/${id}/versions?fileName=big.pdf`, big);
    expect(asVersion.statusCode).toBe(422);
    expect(await counts()).toEqual(before);
    expect((await seclead.get(`${base()}/${id}`)).json().currentVersion).toBe(1);
  });

  it('a file exactly at the limit is accepted', async () => {
    const atLimit = Buffer.concat([PDF, Buffer.alloc(MAX_BYTES - PDF.length, 0x20)]);
    const res = await upload(seclead, `${base()}?fileName=at-limit.pdf`, atLimit);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().sizeBytes).toBe(MAX_BYTES);
  });

  it('an upload with no file, or no name, is refused', async () => {
    expect((await upload(seclead, `${base()}?fileName=x.pdf`, Buffer.alloc(0))).statusCode).toBe(422);
    const noName = await upload(seclead, base(), PDF);
    expect(noName.statusCode).toBe(422);
    expect(noName.json().errors[0].field).toBe('fileName');
  });
});

describe('links and notes', () => {
  it('a link is kept with its address, a note with its text', async () => {
    const link = await seclead.post(base(), { kind: 'link', title: 'Backup policy on the intranet', url: 'https://intranet.northshire.nhs.uk/policies/backup', reviewOn: '2099-01-01' });
    expect(link.statusCode, link.body).toBe(201);
    expect(link.json()).toMatchObject({ kind: 'link', url: 'https://intranet.northshire.nhs.uk/policies/backup', sha256: null, state: 'current' });
    const note = await seclead.post(base(), { kind: 'note', title: 'Supplier call', noteText: 'The supplier confirmed the firewall rules on 3 March.' });
    expect(note.statusCode, note.body).toBe(201);
    expect(note.json().versions[0].noteText).toBe('The supplier confirmed the firewall rules on 3 March.');
    expect((await seclead.get(`${base()}/${note.json().id}/versions/1/file`)).statusCode).toBe(404);
  });

  it.each([
    ['a javascript: link', { kind: 'link', title: 'Sneaky', url: 'javascript:alert(1)' }, 'url'],
    ['a link with no title', { kind: 'link', title: ' ', url: 'https://example.nhs.uk' }, 'title'],
    ['an impossible date', { kind: 'note', title: 'x', noteText: 'y', expiresOn: '2026-02-30' }, 'expiresOn'],
    ['expiry before valid from', { kind: 'note', title: 'x', noteText: 'y', validFrom: '2026-06-01', expiresOn: '2026-01-01' }, 'expiresOn'],
    ['an owner from another Trust', { kind: 'note', title: 'x', noteText: 'y', ownerId: 'mh-admin' }, 'ownerId'],
    ['an unknown kind', { kind: 'video', title: 'x' }, 'kind'],
  ])('%s is refused, naming the field', async (_, body: Record<string, string>, field) => {
    const payload = body.ownerId === 'mh-admin' ? { ...body, ownerId: mhAdmin.userId } : body;
    const before = await counts();
    const res = await seclead.post(base(), payload);
    expect(res.statusCode).toBe(422);
    expect(res.json().errors.map((e: { field: string }) => e.field)).toContain(field);
    expect(await counts()).toEqual(before);
  });
});

describe('changing the details', () => {
  it('names the owner, and refuses a stale version with a clear message', async () => {
    const { id } = await addPdf(seclead, 'title=Pen%20test%20report');
    const res = await seclead.patch(`${base()}/${id}`, { ownerId: iao.userId, reviewOn: '2099-06-30', version: 1 });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ ownerId: iao.userId, ownerName: 'Mark Donnelly', reviewOn: '2099-06-30', version: 2 });
    const stale = await iao.patch(`${base()}/${id}`, { title: 'Renamed', version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().detail).toMatch(/changed by someone else since you loaded it/);
  });

  it('of two changes made at once from the same version, exactly one wins', async () => {
    const { id } = await addPdf(seclead, 'title=Race');
    const results = await Promise.all([seclead.patch(`${base()}/${id}`, { title: 'First', version: 1 }), iao.patch(`${base()}/${id}`, { title: 'Second', version: 1 })]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const winner = results.find((r) => r.statusCode === 200)!.json().title;
    const item = (await seclead.get(`${base()}/${id}`)).json();
    expect(item).toMatchObject({ title: winner, version: 2 });
  });

  it('null clears a date', async () => {
    const { id } = await addPdf(seclead, 'title=Dates&expiresOn=2099-01-01');
    const res = await seclead.patch(`${base()}/${id}`, { expiresOn: null, version: 1 });
    expect(res.json().expiresOn).toBeNull();
  });
});

describe('the list, states and archiving', () => {
  it('works out each state as of the day asked, and filters by state, owner and words', async () => {
    const { id } = await addPdf(seclead, `title=Business%20continuity%20exercise&expiresOn=2030-06-30&ownerId=${iao.userId}`);
    const asOf = (day: string, query = '') => seclead.get(`${base()}?asOf=${day}${query}`);
    const stateOn = async (day: string) => (await asOf(day)).json().items.find((i: { id: string }) => i.id === id).state;
    expect(await stateOn('2030-05-01')).toBe('current');
    expect(await stateOn('2030-06-01')).toBe('expiring');
    expect(await stateOn('2030-06-30')).toBe('expiring');
    expect(await stateOn('2030-07-01')).toBe('expired');
    const expired = (await asOf('2030-07-01', '&state=expired')).json().items.map((i: { id: string }) => i.id);
    expect(expired).toContain(id);
    expect((await asOf('2030-05-01', '&state=expired')).json().items.map((i: { id: string }) => i.id)).not.toContain(id);
    const owned = (await seclead.get(`${base()}?owner=${iao.userId}`)).json().items;
    expect(owned.map((i: { id: string }) => i.id)).toContain(id);
    expect(owned.every((i: { ownerId: string }) => i.ownerId === iao.userId)).toBe(true);
    const found = (await seclead.get(`${base()}?q=CONTINUITY`)).json().items;
    expect(found.map((i: { id: string }) => i.id)).toEqual([id]);
  });

  it('refuses an as-of that is not a date', async () => {
    expect((await seclead.get(`${base()}?asOf=31/12/2030`)).statusCode).toBe(422);
  });

  it('archived evidence leaves the list, cannot be changed, and is still there to read', async () => {
    const { id } = await addPdf(seclead, 'title=Old%20policy');
    const res = await seclead.post(`${base()}/${id}/archive`, { version: 1 });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().archivedAt).not.toBeNull();
    expect((await seclead.get(base())).json().items.map((i: { id: string }) => i.id)).not.toContain(id);
    expect((await seclead.get(`${base()}?archived=true`)).json().items.map((i: { id: string }) => i.id)).toContain(id);
    expect((await seclead.patch(`${base()}/${id}`, { title: 'x', version: 2 })).statusCode).toBe(409);
    expect((await seclead.get(`${base()}/${id}/versions/1/file`)).statusCode).toBe(200);
  });
});

describe('the service other modules call', () => {
  it('evidenceInOrg gives only the organisation’s own items; another Trust’s ids are simply absent', async () => {
    const ours = await addPdf(seclead, 'title=Ours');
    const theirs = await upload(mhAdmin, `/api/v1/orgs/${mentalHealth}/evidence?fileName=theirs.pdf`, PDF);
    expect(theirs.statusCode).toBe(201);
    const found = await evidenceInOrg(t.app.db, acute, [ours.id, theirs.json().id, 'no-such-id'], new Date());
    expect(found.map((e) => e.id)).toEqual([ours.id]);
    expect(found[0]).toMatchObject({ kind: 'file', sha256: sha256(PDF), state: 'current' });
  });

  it('expiringEvidence lists expired and expiring items in use, soonest first', async () => {
    const soon = await addPdf(seclead, 'title=Soon&expiresOn=2040-01-20');
    const past = await addPdf(seclead, 'title=Past&expiresOn=2040-01-02');
    const later = await addPdf(seclead, 'title=Later&expiresOn=2040-06-01');
    const archived = await addPdf(seclead, 'title=Gone&expiresOn=2040-01-05');
    await seclead.post(`${base()}/${archived.id}/archive`, {});
    const list = await expiringEvidence(t.app.db, acute, new Date('2040-01-10T12:00:00Z'));
    const ids = list.map((e) => e.id);
    expect(ids.indexOf(past.id)).toBeLessThan(ids.indexOf(soon.id));
    expect(ids).not.toContain(later.id);
    expect(ids).not.toContain(archived.id);
    expect(list.find((e) => e.id === past.id)!.state).toBe('expired');
    expect(list.find((e) => e.id === soon.id)!.state).toBe('expiring');
  });
});

describe('who may see and change evidence', () => {
  let id: string;
  beforeAll(async () => {
    id = (await addPdf(seclead, 'title=Access%20review')).id;
  });

  it('an auditor can list, read and download, but not add, change, upload or archive', async () => {
    expect((await auditor.get(base())).statusCode).toBe(200);
    expect((await auditor.get(`${base()}/${id}`)).statusCode).toBe(200);
    const download = await auditor.get(`${base()}/${id}/versions/1/file`);
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(PDF)).toBe(true);
    expect((await upload(auditor, `${base()}?fileName=a.pdf`, PDF)).statusCode).toBe(403);
    expect((await auditor.post(base(), { kind: 'note', title: 'x', noteText: 'y' })).statusCode).toBe(403);
    expect((await upload(auditor, `${base()}/${id}/versions?fileName=a.pdf`, PDF)).statusCode).toBe(403);
    expect((await auditor.patch(`${base()}/${id}`, { title: 'x', version: 1 })).statusCode).toBe(403);
    expect((await auditor.post(`${base()}/${id}/archive`, {})).statusCode).toBe(403);
  });

  it('staff can read the library but not add to it', async () => {
    expect((await staff.get(base())).statusCode).toBe(200);
    const res = await staff.post(base(), { kind: 'note', title: 'x', noteText: 'y' });
    expect(res.statusCode).toBe(403);
    expect(res.json().detail).toMatch(/Staff, line managers and auditors may not/);
  });

  it.each([
    ['list it', (c: Client) => c.get(`/api/v1/orgs/${acute}/evidence`)],
    ['read an item', (c: Client) => c.get(`/api/v1/orgs/${acute}/evidence/${id}`)],
    ['download a file', (c: Client) => c.get(`/api/v1/orgs/${acute}/evidence/${id}/versions/1/file`)],
    ['add to it', (c: Client) => upload(c, `/api/v1/orgs/${acute}/evidence?fileName=a.pdf`, PDF)],
    ['change an item', (c: Client) => c.patch(`/api/v1/orgs/${acute}/evidence/${id}`, { title: 'Taken', version: 1 })],
  ])('another Trust’s administrator cannot %s: the organisation looks as if it does not exist', async (_, call) => {
    const res = await call(mhAdmin);
    expect(res.statusCode).toBe(404);
  });

  it('another Trust’s administrator cannot reach this Trust’s item through their own organisation', async () => {
    expect((await mhAdmin.get(`/api/v1/orgs/${mentalHealth}/evidence/${id}`)).statusCode).toBe(404);
    expect((await mhAdmin.get(`/api/v1/orgs/${mentalHealth}/evidence/${id}/versions/1/file`)).statusCode).toBe(404);
    expect((await upload(mhAdmin, `/api/v1/orgs/${mentalHealth}/evidence/${id}/versions?fileName=a.pdf`, PDF)).statusCode).toBe(404);
    expect((await mhAdmin.patch(`/api/v1/orgs/${mentalHealth}/evidence/${id}`, { title: 'Taken', version: 1 })).statusCode).toBe(404);
  });

  it('ICS oversight and a system administrator without a role in the Trust cannot see its evidence', async () => {
    for (const client of [icsLead, sysAdmin]) {
      const res = await client.get(base());
      expect(res.statusCode).toBe(403);
      expect(res.json().detail).toMatch(/ICS and national oversight may not/);
      expect((await client.get(`${base()}/${id}/versions/1/file`)).statusCode).toBe(403);
    }
  });
});

describe('the audit trail', () => {
  it('records each change, with the file’s fingerprint but never its contents', async () => {
    const marker = Buffer.from('%PDF-1.7\nSECRET-NETWORK-DIAGRAM-MARKER\n%%EOF\n');
    const res = await upload(seclead, `${base()}?fileName=diagram.pdf`, marker);
    const id = res.json().id;
    await seclead.patch(`${base()}/${id}`, { title: 'Network diagram', version: 1 });
    await upload(seclead, `${base()}/${id}/versions?fileName=diagram.pdf`, PDF);
    await seclead.post(`${base()}/${id}/archive`, {});
    const events = await t.app.db.selectFrom('audit_events').select(['action', 'after_json', 'before_json']).where('entity_id', '=', id).orderBy('seq').execute();
    expect(events.map((e) => e.action)).toEqual(['evidence.add', 'evidence.update', 'evidence.version', 'evidence.archive']);
    const all = events.map((e) => `${e.before_json ?? ''}${e.after_json ?? ''}`).join('');
    expect(all).toContain(sha256(marker));
    expect(all).not.toContain('SECRET-NETWORK-DIAGRAM-MARKER');
    expect(all).not.toContain(marker.toString('base64').slice(0, 20));
  });
});
