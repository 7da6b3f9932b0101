import { describe, expect, it } from 'vitest';
import { aDpia } from './dpia-test-record';
import { dpiaChangeBodyOf, dpiaDetailsFacts, dpiaDetailsValuesOf, EMPTY_NEW_DPIA, newDpiaBodyOf } from './dpia-values';

describe('a DPIA’s details as the API takes them', () => {
  it('starts a DPIA with its title trimmed, a blank description as null and nobody as owner', () => {
    const { body, errors } = newDpiaBodyOf({ ...EMPTY_NEW_DPIA, title: '  Virtual ward  ', description: '   ' });
    expect(errors).toEqual([]);
    expect(body).toEqual({ title: 'Virtual ward', description: null, ownerId: null });
  });

  it('refuses an empty title, and an owner said to have an account but not chosen, before sending', () => {
    const { errors } = newDpiaBodyOf({ ...EMPTY_NEW_DPIA, title: '  ', owner: { kind: 'account', id: '', name: '' } });
    expect(errors).toEqual([
      { field: 'title', message: 'Enter the title of the DPIA' },
      { field: 'ownerId', message: 'Choose the DPIA owner, or say nobody yet' },
    ]);
  });

  it('names a title longer than the API takes', () => {
    expect(newDpiaBodyOf({ ...EMPTY_NEW_DPIA, title: 'x'.repeat(201) }).errors).toEqual([{ field: 'title', message: 'Title must be 200 characters or fewer' }]);
  });

  it('sends on a change only what differs from the DPIA read, with the version it rests on', () => {
    const dpia = aDpia({ description: 'Readings sent from home', owner: { id: 'u-1', name: 'Sam Patel' }, version: 4 });
    const read = dpiaDetailsValuesOf(dpia);
    const edited = { ...read, necessity: ' Only the readings the clinicians act on ', reviewOn: '2027-03-31', owner: { kind: 'none' as const, id: 'u-1', name: '' } };
    const { body, errors } = dpiaChangeBodyOf(read, edited, 5);
    expect(errors).toEqual([]);
    expect(body).toEqual({ necessity: 'Only the readings the clinicians act on', reviewOn: '2027-03-31', ownerId: null, version: 5 });
  });

  it('sends nothing but the version when nothing changed, and clears a field emptied', () => {
    const read = dpiaDetailsValuesOf(aDpia({ consultation: 'Patient panel, May 2026' }));
    expect(dpiaChangeBodyOf(read, read, 2).body).toEqual({ version: 2 });
    expect(dpiaChangeBodyOf(read, { ...read, consultation: '  ' }, 2).body).toEqual({ consultation: null, version: 2 });
  });

  it('says in words what is not recorded, who owns it and when it is next reviewed', () => {
    const facts = Object.fromEntries(dpiaDetailsFacts(aDpia({ owner: { id: 'u-1', name: 'Sam Patel' }, reviewOn: '2027-03-31' })).map((fact) => [fact.field, fact.text]));
    expect(facts).toMatchObject({ owner: 'Sam Patel', necessity: 'Not recorded', reviewOn: '31 March 2027' });
    expect(dpiaDetailsFacts(aDpia()).find((fact) => fact.field === 'reviewOn')?.text).toBe('Not set');
  });
});
