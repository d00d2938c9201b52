import pino from 'pino';

/** Field names that may hold a person's identity, a secret or what a visitor typed. */
const secretFields = [
  'identity',
  'identitas',
  'nik',
  'phone',
  'visitorKey',
  'key',
  'apiKey',
  'keyHash',
  'password',
  'token',
  'authorization',
  'cookie',
  'query',
  'params',
  'search',
];

// pino's paths are exact; a secret is looked for at the top and up to two levels down.
const redactPaths = secretFields.flatMap((f) => [f, `*.${f}`, `*.*.${f}`]);

/**
 * An error as it may be logged: name, SQLSTATE, constraint and the SQL text with its $n
 * placeholders, never the values. drizzle puts a failed query's parameters in its message
 * (and so in its stack), and PostgreSQL's `detail` quotes the offending row: both are dropped.
 */
export function safeError(error: unknown, depth = 0): Record<string, unknown> {
  if (!(error instanceof Error)) return { type: typeof error };
  const e = error as Error & Record<string, unknown>;
  const isFailedQuery = typeof e.query === 'string' && 'params' in e;
  // PostgreSQL quotes what it could not take (`value "3216…" is out of range`); the names it
  // quotes too are kept in `constraint`, `table` and `column`.
  const fromDatabase = typeof e.severity === 'string';
  const message = isFailedQuery ? 'Failed query' : fromDatabase ? e.message.replace(/"[^"]*"/g, '"…"') : e.message;
  const at = e.stack?.indexOf(e.message) ?? -1;
  const frames = at >= 0 ? e.stack!.slice(at + e.message.length) : '';
  const out: Record<string, unknown> = { type: e.name, message, stack: `${e.name}: ${message}${frames}` };
  if (isFailedQuery) out.sql = e.query;
  for (const field of ['code', 'constraint', 'table', 'column', 'routine', 'severity']) {
    if (typeof e[field] === 'string') out[field] = e[field];
  }
  if (e.cause !== undefined && depth < 4) out.cause = safeError(e.cause, depth + 1);
  return out;
}

/**
 * A structured log (JSON lines, on stdout unless told otherwise). Errors go through safeError;
 * fields named like an identity, a key, a credential or a query string are replaced wherever
 * they appear.
 */
export function createLog(destination?: pino.DestinationStream) {
  const options: pino.LoggerOptions = {
    level: process.env.PINDAI_LOG_LEVEL ?? 'info',
    base: undefined,
    redact: { paths: redactPaths, censor: '[disembunyikan]' },
    serializers: { err: (error: unknown) => safeError(error) },
  };
  return destination ? pino(options, destination) : pino(options);
}

export const log = createLog();
