/** One error type for the whole app: a code that maps to an HTTP status and a user message. */
export const errorCodes = {
  invalid: { status: 422, message: 'Data yang dikirim tidak valid.' },
  unauthorized: { status: 401, message: 'Silakan masuk terlebih dahulu.' },
  forbidden: { status: 403, message: 'Anda tidak punya akses ke unit ini.' },
  not_found: { status: 404, message: 'Data tidak ditemukan.' },
  conflict: { status: 409, message: 'Data sudah ada.' },
  unsupported: { status: 415, message: 'Jenis data tidak didukung: kirim JSON.' },
  too_large: { status: 413, message: 'Data yang dikirim terlalu besar.' },
  gone: { status: 410, message: 'Poster ini sudah dicabut.' },
  rate_limited: { status: 429, message: 'Terlalu banyak permintaan. Coba lagi nanti.' },
  unavailable: { status: 503, message: 'Layanan sedang tidak tersedia. Coba lagi sebentar lagi.' },
} as const;

export type ErrorCode = keyof typeof errorCodes;

const BRAND = Symbol.for('pindai.AppError');

export class AppError extends Error {
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
    Object.defineProperty(this, BRAND, { value: true });
  }
}

/** The JSON answer for any thrown error; unknown errors are logged and answered as 500. */
export function errorResponse(error: unknown): Response {
  if (isAppError(error)) {
    return Response.json(
      { error: { code: error.code, message: error.message, fields: error.fields } },
      {
        status: error.status,
        headers: error.retryAfter ? { 'retry-after': String(error.retryAfter) } : undefined,
      },
    );
  }
  console.error(error);
  return Response.json(
    { error: { code: 'internal', message: 'Terjadi kesalahan di server. Coba lagi.' } },
    { status: 500 },
  );
}

/**
 * True for an AppError from any copy of this module: a bundle and a second loader may each
 * hold one, and `instanceof` fails across them (a 503 would be answered as a 500).
 */
export function isAppError(error: unknown): error is AppError {
  return typeof error === 'object' && error !== null && (error as Record<symbol, unknown>)[BRAND] === true;
}
