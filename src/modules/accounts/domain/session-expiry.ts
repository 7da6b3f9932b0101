// When a login session ends: after a spell without activity (idle) or a fixed time after sign-in
// (absolute), whichever comes first.

export interface SessionTimes {
  last_seen_at: string;
  expires_at: string;
}

export type SessionState = 'active' | 'idle-expired' | 'expired';

export function sessionState(s: SessionTimes, now: Date, idleMinutes: number): SessionState {
  const t = now.getTime();
  if (t >= new Date(s.expires_at).getTime()) return 'expired';
  if (t >= new Date(s.last_seen_at).getTime() + idleMinutes * 60_000) return 'idle-expired';
  return 'active';
}

/** Recording every request's time would make every read a write; a minute's precision is enough. */
export function shouldRecordActivity(s: SessionTimes, now: Date): boolean {
  return now.getTime() - new Date(s.last_seen_at).getTime() >= 60_000;
}
