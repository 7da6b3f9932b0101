// Every request to an identity provider (discovery, keys, token exchange) goes through here. Each
// address the provider's name resolves to is checked before connecting, the connection is pinned to
// those checked addresses (so the name cannot be rebound to another between check and connect), and
// redirects are followed here, a few at most, each one checked again.
import { lookup as dnsLookup } from 'node:dns/promises';
import http from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import type { CustomFetch, CustomFetchOptions } from 'openid-client';
import { isPublicAddress } from './domain/provider-address.js';

/** Why a provider could not be fetched, in detail: for the log, never for the person at the screen. */
export class ProviderUnreachable extends Error {}

export interface ResolvedAddress {
  address: string;
  family: number;
}

export interface ProviderFetchOptions {
  /** BULWARK_SSO_ALLOW_PRIVATE_ISSUERS: when true, any address may be reached. */
  allowPrivateAddresses: boolean;
  /** The system resolver unless given another. */
  resolve?: (hostname: string) => Promise<ResolvedAddress[]>;
  /** Public addresses by the rule in domain/provider-address.ts unless given another. */
  isPublic?: (address: string) => boolean;
}

const MAX_REDIRECTS = 3;
/** A discovery document or key set is a few kilobytes; this is generous. */
const MAX_BODY_BYTES = 1024 * 1024;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const NO_BODY_STATUSES = new Set([204, 205, 304]);

const systemResolve = async (hostname: string): Promise<ResolvedAddress[]> => dnsLookup(hostname, { all: true, verbatim: true });

export function providerFetch(options: ProviderFetchOptions): CustomFetch {
  return async (url, init) => {
    let target = new URL(url);
    for (let redirects = 0; ; redirects++) {
      const response = await fetchOnce(target, init, options);
      const location = response.headers.get('location');
      // Only reads follow redirects: a token request is never re-sent somewhere else.
      if (init.method !== 'GET' || !REDIRECT_STATUSES.has(response.status) || !location) return response;
      if (redirects === MAX_REDIRECTS) throw new ProviderUnreachable(`more than ${MAX_REDIRECTS} redirects from ${url}`);
      const next = new URL(location, target);
      const allowed = next.protocol === 'https:' || (next.protocol === 'http:' && target.protocol === 'http:');
      if (!allowed) throw new ProviderUnreachable(`a redirect from ${target.href} to ${next.protocol} is not followed`);
      target = next;
    }
  };
}

/** The addresses to connect to, each checked; throws when any is not allowed. */
async function checkedAddresses(hostname: string, options: ProviderFetchOptions, signal: AbortSignal | undefined): Promise<ResolvedAddress[]> {
  const family = isIP(hostname);
  const resolve = options.resolve ?? systemResolve;
  const addresses = family ? [{ address: hostname, family }] : await abortable(resolve(hostname), signal);
  if (!addresses.length) throw new ProviderUnreachable(`${hostname} has no addresses`);
  if (!options.allowPrivateAddresses) {
    // Every address, not just the first: the connection could be made to any of them.
    const isPublic = options.isPublic ?? isPublicAddress;
    const refused = addresses.find((a) => !isPublic(a.address));
    if (refused) throw new ProviderUnreachable(`${hostname} is at ${refused.address}, which is not a public address`);
  }
  return addresses;
}

async function fetchOnce(url: URL, init: CustomFetchOptions, options: ProviderFetchOptions): Promise<Response> {
  const hostname = url.hostname.replace(/^\[(.*)\]$/, '$1');
  const addresses = await checkedAddresses(hostname, options, init.signal);
  const first = addresses[0]!;
  // The connection uses exactly the addresses just checked, not a second lookup.
  const pinned = ((_host, lookupOptions, callback) => {
    if (lookupOptions.all) callback(null, addresses);
    else callback(null, first.address, first.family);
  }) as LookupFunction;
  const body = bodyOf(init.body);
  return new Promise<Response>((resolve, reject) => {
    const request = (url.protocol === 'https:' ? https : http).request(
      url,
      // No shared agent: a pooled connection could have been opened to an address not checked here.
      { method: init.method, headers: init.headers, lookup: pinned, agent: false, ...(init.signal ? { signal: init.signal } : {}) },
      (response) => {
        const chunks: Buffer[] = [];
        let size = 0;
        response.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > MAX_BODY_BYTES) request.destroy(new ProviderUnreachable(`the answer from ${url.href} is larger than ${MAX_BODY_BYTES} bytes`));
          else chunks.push(chunk);
        });
        response.on('error', reject);
        response.on('end', () => {
          const status = response.statusCode ?? 502;
          resolve(new Response(NO_BODY_STATUSES.has(status) ? null : Buffer.concat(chunks), { status, headers: headersOf(response.headers) }));
        });
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

function bodyOf(body: CustomFetchOptions['body']): string | Buffer | undefined {
  if (body === undefined || body === null) return undefined;
  if (typeof body === 'string') return body;
  if (body instanceof URLSearchParams) return body.toString();
  if (body instanceof Uint8Array) return Buffer.from(body);
  if (body instanceof ArrayBuffer) return Buffer.from(new Uint8Array(body));
  throw new ProviderUnreachable('a request body of this kind is not supported');
}

function headersOf(raw: http.IncomingHttpHeaders): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(raw)) {
    if (Array.isArray(value)) for (const v of value) headers.append(name, v);
    else if (value !== undefined) headers.set(name, value);
  }
  return headers;
}

function abortable<T>(work: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return work;
  signal.throwIfAborted();
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason instanceof Error ? signal.reason : new ProviderUnreachable('the request timed out'));
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
