// The one way the app talks to the Bulwark API: same-origin JSON with the session cookie, the CSRF
// token on every state-changing request, and RFC 9457 problem details turned into ApiError.

export interface FieldError {
  field: string;
  message: string;
  /** For a file's problems: where in the file, and the value found there. */
  row?: number;
  column?: string;
  value?: string;
}

/** A problem the API reported (or a network failure, status 0), in words a person can act on. */
export class ApiError extends Error {
  readonly status: number;
  readonly title: string;
  readonly detail: string;
  readonly errors: FieldError[];
  readonly type: string;
  /** The problem's other members (RFC 9457 extensions), such as the record someone else saved first. */
  readonly extensions: Record<string, unknown>;

  constructor(init: { status: number; title: string; detail?: string; errors?: FieldError[]; type?: string; extensions?: Record<string, unknown> }) {
    super(init.detail || init.title);
    this.name = 'ApiError';
    this.status = init.status;
    this.title = init.title;
    this.detail = init.detail || init.title;
    this.errors = init.errors ?? [];
    this.type = init.type ?? 'about:blank';
    this.extensions = init.extensions ?? {};
  }

  /** The message for a field, if the API named one (422 validation problems). */
  messageFor(field: string): string | undefined {
    return this.errors.find((error) => error.field === field)?.message;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

// The CSRF token is kept in memory only (from /me or sign-in), never in storage a script could read later.
let csrfToken: string | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RequestOptions {
  method?: Method;
  body?: unknown;
  /** A file sent as it is (application/octet-stream), instead of a JSON body. */
  file?: Blob;
  signal?: AbortSignal;
}

export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json, application/problem+json' };
  if (options.file !== undefined) headers['content-type'] = 'application/octet-stream';
  else if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;

  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: options.file ?? (options.body === undefined ? null : JSON.stringify(options.body)),
      signal: options.signal ?? null,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError({
      status: 0,
      // Not named: the service's name is read through this very client (lib/identity).
      title: 'The server could not be reached',
      detail: 'The server could not be reached. Check your connection and try again.',
    });
  }

  if (response.status === 204) return undefined as T;
  const payload = await readJson(response);
  if (!response.ok) throw toApiError(response, payload);
  return payload as T;
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function toApiError(response: Response, payload: unknown): ApiError {
  const problem = isRecord(payload) ? payload : {};
  const title = typeof problem.title === 'string' ? problem.title : response.statusText || 'Something went wrong';
  const detail = typeof problem.detail === 'string' ? problem.detail : fallbackDetail(response.status);
  const errors = Array.isArray(problem.errors)
    ? problem.errors.filter(isRecord).map((error) => ({
        field: typeof error.field === 'string' ? error.field : '',
        message: typeof error.message === 'string' ? error.message : 'is not valid',
        ...(typeof error.row === 'number' ? { row: error.row } : {}),
        ...(typeof error.column === 'string' ? { column: error.column } : {}),
        ...(typeof error.value === 'string' ? { value: error.value } : {}),
      }))
    : [];
  const { type, title: _title, status: _status, detail: _detail, errors: _errors, instance: _instance, ...extensions } = problem;
  return new ApiError({
    status: response.status,
    title,
    detail,
    errors,
    extensions,
    ...(typeof type === 'string' ? { type } : {}),
  });
}

function fallbackDetail(status: number): string {
  if (status === 401) return 'Sign in to continue.';
  if (status === 403) return 'You do not have permission to do this.';
  if (status === 404) return 'This page or record could not be found.';
  if (status >= 500) return 'Bulwark had a problem. Try again later.';
  return 'Something went wrong. Try again.';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Encodes one path segment, so identifiers can never change the path's shape. */
export function segment(value: string): string {
  return encodeURIComponent(value);
}
