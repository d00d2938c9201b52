import { isDatabaseUnavailable } from './db/unavailable';
import { log } from './log';

/** One error type for the whole app: a code that maps to an HTTP status and a user message. */
export const errorCodes = {
  invalid: { status: 422, message: 'Data yang dikirim tidak valid.' },
  unauthorized: { status: 401, message: 'Silakan masuk terlebih dahulu.' },
  forbidden: { status: 403, message: 'Anda tidak punya akses ke unit ini.' },
  not_found: { status: 404, message: 'Data tidak ditemukan.' },
  conflict: { status: 409, message: 'Data sudah ada.' },
  idempotency_mismatch: {
    status: 409,
    message: 'Kunci idempotensi ini sudah dipakai untuk check-in dengan isi lain: buat kunci baru untuk check-in baru.',
  },
  unsupported: { status: 415, message: 'Jenis data tidak didukung: kirim JSON.' },
  too_large: { status: 413, message: 'Data yang dikirim terlalu besar.' },
  gone: { status: 410, message: 'Poster ini sudah dicabut.' },
  rate_limited: { status: 429, message: 'Terlalu banyak permintaan. Coba lagi nanti.' },
  unavailable: { status: 503, message: 'Layanan sedang tidak tersedia. Coba lagi sebentar lagi.' },
} as const;

export type ErrorCode = keyof typeof errorCodes;

/**
 * The brand that marks an AppError. A symbol from the global registry is the same in every
 * bundle, so an error thrown by one copy of lib/ (Next's bundle) is recognised by another (the
 * fast path's), where `instanceof` would say no.
 */
const APP_ERROR = Symbol.for('pindai.AppError');

export class AppError extends Error {
  readonly [APP_ERROR] = true;
  readonly code: ErrorCode;
  readonly status: number;
  /** Per-field messages for forms (`invalid`). */
  readonly fields?: Record<string, string>;
  /** Seconds for a Retry-After header (`rate_limited`, `unavailable`). */
  readonly retryAfter?: number;

  constructor(
    code: ErrorCode,
    options: { message?: string; cause?: unknown; fields?: Record<string, string>; retryAfter?: number } = {},
  ) {
    super(options.message ?? errorCodes[code].message, { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.status = errorCodes[code].status;
    this.fields = options.fields;
    this.retryAfter = options.retryAfter ?? (code === 'unavailable' ? 2 : undefined);
  }
}

export function isAppError(error: unknown): error is AppError {
  return typeof error === 'object' && error !== null && (error as { [APP_ERROR]?: unknown })[APP_ERROR] === true;
}

let lastOutageLog = 0;

/**
 * What a thrown error means for the client: an AppError as it is, a database outage as
 * `unavailable` (503 with Retry-After), anything else null (a bug: 500, logged).
 */
export function knownError(error: unknown): AppError | null {
  if (isAppError(error)) return error;
  if (isDatabaseUnavailable(error)) {
    // An outage fails every request: one line every ten seconds tells it without a flood.
    if (Date.now() - lastOutageLog > 10_000) {
      lastOutageLog = Date.now();
      log.warn({ err: error }, 'database unavailable');
    }
    return new AppError('unavailable', { cause: error });
  }
  return null;
}

/** The JSON answer for any thrown error; unknown errors are logged and answered as 500. */
export function errorResponse(thrown: unknown): Response {
  const error = knownError(thrown);
  if (error) {
    return Response.json(
      { error: { code: error.code, message: error.message, fields: error.fields } },
      {
        status: error.status,
        headers: error.retryAfter ? { 'retry-after': String(error.retryAfter) } : undefined,
      },
    );
  }
  log.error({ err: thrown }, 'request failed');
  return Response.json(
    { error: { code: 'internal', message: 'Terjadi kesalahan di server. Coba lagi.' } },
    { status: 500 },
  );
}
