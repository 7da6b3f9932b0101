// The pure rules behind passkeys: which relying party a request belongs to, what a signature counter
// says about cloning, and what makes a usable passkey name.
import { describe, expect, it } from 'vitest';
import { passkeyNameProblem, tidyPasskeyName } from '../../src/modules/passkeys/domain/passkey-name.js';
import { relyingPartyFor } from '../../src/modules/passkeys/domain/relying-party.js';
import { checkSignCounter } from '../../src/modules/passkeys/domain/sign-counter.js';

describe('the relying party', () => {
  it.each([
    ['the configured public URL wins', 'https://bulwark.trust.nhs.uk', 'http', '10.0.0.5:3000', 'bulwark.trust.nhs.uk', 'https://bulwark.trust.nhs.uk'],
    ['a public URL with a path still gives its origin', 'https://trust.nhs.uk/bulwark', 'http', 'x', 'trust.nhs.uk', 'https://trust.nhs.uk'],
    ['without one, the request’s host and scheme', undefined, 'http', 'localhost:3000', 'localhost', 'http://localhost:3000'],
    ['a default port is dropped, as browsers do', undefined, 'https', 'bulwark.example:443', 'bulwark.example', 'https://bulwark.example'],
  ])('%s', (_, publicUrl, protocol, host, id, origin) => {
    expect(relyingPartyFor(publicUrl, { protocol, host })).toEqual({ id, name: 'Bulwark', origin });
  });

  it('a Host header that is not a host gives none', () => {
    expect(relyingPartyFor(undefined, { protocol: 'http', host: 'bad host/with spaces' })).toBeNull();
  });
});

describe('signature counters', () => {
  it.each([
    ['an authenticator that never counts', 0, 0, 'not-counted'],
    ['the first count after registration', 0, 1, 'advanced'],
    ['a higher count', 41, 42, 'advanced'],
    ['the same count again (a copy used in between)', 42, 42, 'regressed'],
    ['a lower count', 42, 7, 'regressed'],
    ['back to zero after counting', 42, 0, 'regressed'],
  ] as const)('%s → %s', (_, stored, presented, expected) => {
    expect(checkSignCounter(stored, presented)).toBe(expected);
  });
});

describe('passkey names', () => {
  it('are tidied of surrounding and repeated spaces', () => {
    expect(tidyPasskeyName('  Blue   security key ')).toBe('Blue security key');
  });
  it.each([
    ['', /Enter a name/],
    ['x'.repeat(61), /60 characters or fewer/],
  ])('%j is refused', (name, message) => {
    expect(passkeyNameProblem(name)).toMatch(message);
  });
  it('a sensible name is fine', () => {
    expect(passkeyNameProblem('Work laptop')).toBeNull();
  });
});
