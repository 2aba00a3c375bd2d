/**
 * Starts test/support/oidc/oidc-provider.mjs (the real `oidc-provider` package, ES module only) in a child
 * Node process, and drives a browser through it with fetch: redirects followed by hand, cookies kept by hand,
 * the login and consent forms read from the HTML and posted as a browser would.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

export interface TestProviderConfig {
  port: number;
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  accounts: Record<string, Record<string, unknown>>;
}

export interface TestProvider {
  issuer: string;
  stop(): Promise<void>;
  /** stderr of the process so far (for failure messages). */
  logs(): string;
}

export async function startTestProvider(config: TestProviderConfig): Promise<TestProvider> {
  const script = join(__dirname, 'oidc-provider.mjs');
  const child: ChildProcess = spawn(process.execPath, [script], {
    env: { ...process.env, NODE_ENV: 'test', OIDC_TEST_CONFIG: JSON.stringify(config) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let err = '';
  child.stderr!.on('data', (c: Buffer) => (err += c.toString()));
  const issuer = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`oidc-provider did not start: ${err}`)), 20_000);
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /READY (\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`oidc-provider exited with ${code}: ${err}`));
    });
  });
  return {
    issuer,
    logs: () => err,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

interface Cookie {
  name: string;
  value: string;
  path: string;
}

/** Just enough of a browser's cookie jar for one host: name + path, Path prefix matching, deletion by expiry. */
export class CookieJar {
  private readonly cookies: Cookie[] = [];

  store(res: Response): void {
    for (const line of res.headers.getSetCookie()) {
      const [pair, ...attrs] = line.split(';').map((s) => s.trim());
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq);
      const value = pair.slice(eq + 1);
      let path = '/';
      let expired = false;
      for (const a of attrs) {
        const [k, v = ''] = a.split('=');
        if (k.toLowerCase() === 'path') path = v || '/';
        if (k.toLowerCase() === 'expires' && Date.parse(v) <= Date.now()) expired = true;
        if (k.toLowerCase() === 'max-age' && Number(v) <= 0) expired = true;
      }
      const i = this.cookies.findIndex((c) => c.name === name && c.path === path);
      if (i >= 0) this.cookies.splice(i, 1);
      if (!expired) this.cookies.push({ name, value, path });
    }
  }

  header(url: string): string {
    const p = new URL(url).pathname;
    return this.cookies
      .filter((c) => p === c.path || p.startsWith(c.path.endsWith('/') ? c.path : `${c.path}/`))
      .map((c) => `${c.name}=${c.value}`)
      .join('; ');
  }
}

/** The first <form> of an HTML page: its action and its named inputs with their values. */
export function readForm(html: string, baseUrl: string): { action: string; fields: Record<string, string> } {
  const form = /<form[^>]*action="([^"]+)"[^>]*>([\s\S]*?)<\/form>/i.exec(html);
  if (!form) throw new Error(`no form in page: ${html.slice(0, 500)}`);
  const fields: Record<string, string> = {};
  for (const m of form[2].matchAll(/<input([^>]*)>/gi)) {
    const name = /name="([^"]*)"/.exec(m[1])?.[1];
    if (!name) continue;
    fields[name] = /value="([^"]*)"/.exec(m[1])?.[1] ?? '';
  }
  const action = form[1].replace(/&amp;/g, '&');
  return { action: new URL(action, baseUrl).toString(), fields };
}

/**
 * Plays the browser from the authorization URL to the redirect URI: follows redirects, fills the login form with
 * `login` (any password), confirms the consent form, and GETs the redirect URI. Returns that final URL.
 */
export async function browseToRedirect(authorizeUrl: string, redirectUri: string, login: string, arrive = true): Promise<URL> {
  const jar = new CookieJar();
  let url = authorizeUrl;
  let method: 'GET' | 'POST' = 'GET';
  let body: string | undefined;
  for (let step = 0; step < 20; step++) {
    if (url.startsWith(redirectUri)) {
      if (!arrive) return new URL(url); // the caller makes that last request itself
      // Arrive at the relying party's redirect URI, as the browser would.
      const arrived = await fetch(url, { redirect: 'manual' });
      await arrived.arrayBuffer();
      return new URL(url);
    }
    const res = await fetch(url, {
      method,
      redirect: 'manual',
      headers: { cookie: jar.header(url), ...(body ? { 'content-type': 'application/x-www-form-urlencoded' } : {}) },
      body,
    });
    jar.store(res);
    method = 'GET';
    body = undefined;
    if (res.status >= 300 && res.status < 400) {
      url = new URL(res.headers.get('location')!, url).toString();
      continue;
    }
    const html = await res.text();
    if (res.status !== 200) throw new Error(`HTTP ${res.status} at ${url}: ${html.slice(0, 500)}`);
    const form = readForm(html, url);
    if (form.fields.prompt === 'login') {
      form.fields.login = login;
      form.fields.password = 'any-password';
    }
    url = form.action;
    method = 'POST';
    body = new URLSearchParams(form.fields).toString();
  }
  throw new Error('too many steps before the redirect URI');
}
