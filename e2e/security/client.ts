/**
 * A bare HTTP client with a cookie jar: what an attacker's script is, and what the harness
 * needs to send bytes a browser would not (broken escapes, wrong content types) and to time
 * each answer. Signs in through next-auth's credentials flow as the login page does.
 */
export type Answer = { status: number; ms: number; headers: Headers; body: string };

export class Client {
  private readonly cookies = new Map<string, string>();

  constructor(
    readonly origin: string,
    readonly name: string,
  ) {}

  async send(
    path: string,
    init: { method?: string; headers?: Record<string, string>; body?: string } = {},
    timeoutMs = 15_000,
  ): Promise<Answer> {
    const started = performance.now();
    const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const res = await fetch(`${this.origin}${path}`, {
      method: init.method ?? 'GET',
      headers: { ...(cookie ? { cookie } : {}), ...init.headers },
      body: init.body,
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = pair!.indexOf('=');
      const [name, value] = [pair!.slice(0, at).trim(), pair!.slice(at + 1).trim()];
      if (value === '' || /max-age=0|expires=thu, 01 jan 1970/i.test(line))
        this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    let body = '';
    // A live stream never ends: its first bytes are its answer.
    if (res.headers.get('content-type')?.startsWith('text/event-stream')) await res.body?.cancel();
    else body = await res.text();
    return { status: res.status, ms: performance.now() - started, headers: res.headers, body };
  }

  async csrfToken(): Promise<string> {
    const res = await this.send('/api/auth/csrf');
    return (JSON.parse(res.body) as { csrfToken: string }).csrfToken;
  }

  /** next-auth's credentials sign-in, as the login form posts it. */
  async signIn(email: string, password: string): Promise<void> {
    const csrfToken = await this.csrfToken();
    const res = await this.send('/api/auth/callback/credentials', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: this.origin },
      body: new URLSearchParams({ csrfToken, email, password, json: 'true' }).toString(),
    });
    if (![...this.cookies.keys()].some((k) => k.includes('session-token'))) {
      throw new Error(`sign-in as ${email} failed: ${res.status} ${res.body.slice(0, 200)}`);
    }
  }

  json<T>(answer: Answer): T {
    return JSON.parse(answer.body) as T;
  }
}
