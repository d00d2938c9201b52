/** A refused request: the server's message, and its per-field messages when it gave them. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly fields: Record<string, string> = {},
  ) {
    super(message);
  }
}

/** Sends one request to our route handlers; resolves to the JSON body or throws its message. */
async function send<T>(url: string, method: string, body?: { type: string; data: BodyInit }): Promise<T> {
  const res = await fetch(url, {
    method,
    headers: body && { 'content-type': body.type },
    body: body?.data,
  });
  const data = await res.json().catch(() => ({}));
  if (!res.ok) throw new ApiError(data?.error?.message ?? `HTTP ${res.status}`, data?.error?.fields ?? {});
  return data as T;
}

/** Sends JSON to one of our route handlers. */
export function sendJson<T>(url: string, method: string, body?: unknown): Promise<T> {
  return send(url, method, body === undefined ? undefined : { type: 'application/json', data: JSON.stringify(body) });
}

/** Sends a file as it is, with the content type the route expects. */
export function sendFile<T>(url: string, method: string, file: Blob, type: string): Promise<T> {
  return send(url, method, { type, data: file });
}
