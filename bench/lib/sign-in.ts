// Signing in to a benchmark's Bulwark server as a person would, through its own API: a person whose
// roles need a second factor enrols an authenticator app first, so the session is a complete one.
import { totpCodeAt } from '../../src/modules/mfa/domain/totp.js';
import type { Server } from '../../src/app/server.js';

export interface Session {
  /** `bulwark_session=…`, for the Cookie header. */
  cookie: string;
  csrfToken: string;
  userId: string;
}

export async function signIn(server: Server, email: string, password: string): Promise<Session> {
  const login = await server.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });
  if (login.statusCode !== 200) throw new Error(`sign-in as ${email} failed: ${login.statusCode} ${login.body}`);
  const session = login.cookies.find((c) => c.name === 'bulwark_session');
  if (!session) throw new Error('sign-in set no bulwark_session cookie');
  const { csrfToken, stage, user } = login.json<{ csrfToken: string; stage: string; user: { id: string } }>();
  if (stage !== 'enrolment') return { cookie: `bulwark_session=${session.value}`, csrfToken, userId: user.id };

  const headers = { cookie: `bulwark_session=${session.value}`, 'x-csrf-token': csrfToken };
  const setup = await server.inject({ method: 'POST', url: '/api/v1/me/mfa/totp/setup', headers });
  const { secret } = setup.json<{ secret: string }>();
  const confirm = await server.inject({ method: 'POST', url: '/api/v1/me/mfa/totp/confirm', headers, payload: { code: totpCodeAt(secret, new Date()) } });
  if (confirm.statusCode !== 200) throw new Error(`second factor enrolment for ${email} failed: ${confirm.statusCode} ${confirm.body}`);
  // Finishing enrolment renews the session: later requests carry the new cookie and token.
  const renewed = confirm.cookies.find((c) => c.name === 'bulwark_session');
  if (!renewed) throw new Error('second factor enrolment set no new bulwark_session cookie');
  const body = confirm.json<{ csrfToken?: string }>();
  return { cookie: `bulwark_session=${renewed.value}`, csrfToken: body.csrfToken ?? csrfToken, userId: user.id };
}
