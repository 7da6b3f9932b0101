// The signature counter an authenticator reports with each assertion. Authenticators that keep one
// must report a higher number every time; a lower or equal one means a copy of the key is in use
// somewhere (a cloned authenticator). Synced passkeys usually report 0 always, which says nothing.
export type CounterCheck = 'advanced' | 'not-counted' | 'regressed';

export function checkSignCounter(stored: number, presented: number): CounterCheck {
  if (stored === 0 && presented === 0) return 'not-counted';
  return presented > stored ? 'advanced' : 'regressed';
}
