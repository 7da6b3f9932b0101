// Talking to a Bulwark server over its API with an API token, for commands run away from the
// server: `--server` (or BULWARK_SERVER) and BULWARK_TOKEN (or `--token`).
import { loadConfig } from '../platform/config.js';

export interface RemoteOptions {
  server?: string;
  token?: string;
}

export class RemoteError extends Error {}

export interface Remote {
  server: string;
  request<T>(method: string, path: string, body?: unknown): Promise<T>;
}

/** The remote server to use, or null to work on the local database. */
export function remoteFrom(opts: RemoteOptions): Remote | null {
  const config = loadConfig();
  const server = (opts.server ?? config.remote.server)?.replace(/\/+$/, '');
  if (!server) return null;
  const token = opts.token ?? config.remote.token;
  if (!token) throw new RemoteError('Set BULWARK_TOKEN to an API token (create one under Your account > API tokens) to use a remote server.');
  if (!/^https:/.test(server) && !/^http:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/.test(server)) {
    throw new RemoteError('The server address must use https (plain http only for this machine): the token would otherwise cross the network readable.');
  }
  return {
    server,
    async request<T>(method: string, path: string, body?: unknown): Promise<T> {
      let response: Response;
      try {
        response = await fetch(`${server}${path}`, {
          method,
          headers: { authorization: `Bearer ${token}`, accept: 'application/json', ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        });
      } catch (error) {
        throw new RemoteError(`Could not reach ${server}: ${(error as Error).message}`);
      }
      const text = await response.text();
      const data = text ? (JSON.parse(text) as unknown) : null;
      if (!response.ok) {
        const detail = (data as { detail?: string } | null)?.detail ?? response.statusText;
        throw new RemoteError(`${server} answered ${response.status}: ${detail}`);
      }
      return data as T;
    },
  };
}
