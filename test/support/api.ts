/** A small HTTP client for the gateway in e2e tests (Node's fetch). */
export interface ApiResponse<T = unknown> {
  status: number;
  contentType: string;
  body: T;
  headers: Headers;
}

export class Api {
  constructor(
    readonly baseUrl: string,
    private token: string | null = null,
  ) {}

  as(token: string): Api {
    return new Api(this.baseUrl, token);
  }

  async request<T = unknown>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<ApiResponse<T>> {
    const res = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      /* keep text */
    }
    return { status: res.status, contentType: res.headers.get('content-type') ?? '', body: parsed as T, headers: res.headers };
  }

  /** GET of a binary body (an XLSX export). */
  async getBytes(path: string, headers: Record<string, string> = {}): Promise<ApiResponse<Buffer>> {
    const res = await fetch(`${this.baseUrl}${path}`, { headers: { ...(this.token ? { authorization: `Bearer ${this.token}` } : {}), ...headers } });
    return { status: res.status, contentType: res.headers.get('content-type') ?? '', body: Buffer.from(await res.arrayBuffer()), headers: res.headers };
  }

  get<T = unknown>(path: string, headers?: Record<string, string>): Promise<ApiResponse<T>> {
    return this.request<T>('GET', path, undefined, headers);
  }

  post<T = unknown>(path: string, body: unknown, headers?: Record<string, string>): Promise<ApiResponse<T>> {
    return this.request<T>('POST', path, body, headers);
  }

  /** POST that must succeed: returns the body or throws with the problem. */
  async ok<T = Record<string, unknown>>(path: string, body: unknown): Promise<T> {
    const r = await this.post<T>(path, body);
    if (r.status >= 300) throw new Error(`POST ${path} → ${r.status}: ${JSON.stringify(r.body)}`);
    return r.body;
  }

  async getOk<T = Record<string, unknown>>(path: string): Promise<T> {
    const r = await this.get<T>(path);
    if (r.status >= 300) throw new Error(`GET ${path} → ${r.status}: ${JSON.stringify(r.body)}`);
    return r.body;
  }
}
