import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './schema';

/** A problem+json answer of the gateway (RFC 9457), with its title already in the caller's language. */
export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  code?: string;
  field?: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem,
  ) {
    super(problem.detail ?? problem.title ?? `HTTP ${status}`);
  }
}

export interface Session {
  accessToken: string;
  refreshToken: string;
  user: SessionUser;
}

export interface SessionUser {
  id: string;
  login: string;
  fullName: string;
  locale: string;
  organization: { id: string; type: string; name: { kk: string; ru: string; en: string }; regionCode: string | null; countryCode: string | null };
}

const SESSION_KEY = 'ndip.session';
let session: Session | null = readSession();
const listeners = new Set<(s: Session | null) => void>();

function readSession(): Session | null {
  try {
    const raw = sessionStorage.getItem(SESSION_KEY);
    return raw ? (JSON.parse(raw) as Session) : null;
  } catch {
    return null;
  }
}

export function getSession(): Session | null {
  return session;
}

export function setSession(s: Session | null): void {
  session = s;
  if (s) sessionStorage.setItem(SESSION_KEY, JSON.stringify(s));
  else sessionStorage.removeItem(SESSION_KEY);
  for (const l of listeners) l(s);
}

export function onSession(l: (s: Session | null) => void): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}

/** The UI language, sent as Accept-Language so that problem titles and exports come in it. */
let language = 'ru';
export function setApiLanguage(lang: string): void {
  language = lang;
}

const headers: Middleware = {
  onRequest({ request }) {
    request.headers.set('Accept-Language', language);
    if (session && !request.headers.has('Authorization')) request.headers.set('Authorization', `Bearer ${session.accessToken}`);
    return request;
  },
};

/** The typed client of the gateway API (paths and bodies generated from its OpenAPI document). */
export const api = createClient<paths>({ baseUrl: '' });
api.use(headers);

let refreshing: Promise<boolean> | null = null;

/** Exchanges the refresh token once for all concurrent callers; false when the session is over. */
export function refreshSession(): Promise<boolean> {
  const current = session;
  if (!current) return Promise.resolve(false);
  refreshing ??= (async () => {
    try {
      const r = await api.POST('/api/v1/auth/refresh', { body: { refreshToken: current.refreshToken }, headers: { Authorization: '' } });
      if (!r.response.ok) {
        setSession(null);
        return false;
      }
      const body = r.data as unknown as Session;
      setSession({ accessToken: body.accessToken, refreshToken: body.refreshToken, user: body.user ?? current.user });
      return true;
    } finally {
      refreshing = null;
    }
  })();
  return refreshing;
}

type Answer = { data?: unknown; error?: unknown; response: Response };

/**
 * Awaits an openapi-fetch call and returns its body as T, or throws an ApiError with the problem.
 * The gateway's OpenAPI document types the requests (paths, query, bodies); the answers are typed
 * by the view interfaces in ./types. A 401 refreshes the session once and repeats the call.
 */
export async function call<T>(make: () => Promise<Answer>): Promise<T> {
  let r = await make();
  if (r.response.status === 401 && session && (await refreshSession())) r = await make();
  if (!r.response.ok) {
    const p = (r.error && typeof r.error === 'object' ? r.error : { title: String(r.error ?? r.response.statusText) }) as Problem;
    if (r.response.status === 401) setSession(null);
    throw new ApiError(r.response.status, { status: r.response.status, ...p });
  }
  return r.data as T;
}

/** Downloads an export (CSV/XLSX) with the session's token and hands it to the browser. */
export async function download(path: string, filename: string): Promise<void> {
  const res = await fetch(path, { headers: { Authorization: `Bearer ${session?.accessToken ?? ''}`, 'Accept-Language': language } });
  if (!res.ok) throw new ApiError(res.status, (await res.json().catch(() => ({ title: res.statusText }))) as Problem);
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  URL.revokeObjectURL(url);
}
