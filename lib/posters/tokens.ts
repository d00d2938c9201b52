import { randomBytes, randomInt } from 'node:crypto';

/** 144 random bits, URL-safe: unguessable, so a poster's URL cannot be enumerated. */
export function newToken(): string {
  return randomBytes(18).toString('base64url');
}

export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{24}$/;

// No 0/O, 1/I/L: the short code is read off a wall and typed on a phone.
export const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** Eight characters shown as ABCD-2345 for typing in by hand. */
export function newShortCode(): string {
  let code = '';
  for (let i = 0; i < 8; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return code;
}

export function formatShortCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/** Accepts what people type: lower case, spaces or a dash. */
export function normaliseShortCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s-]/g, '');
  return code.length === 8 && [...code].every((c) => ALPHABET.includes(c)) ? code : null;
}
