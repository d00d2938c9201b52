import { createHmac } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { units } from '@/lib/db/schema';

export type Identity = { kind: 'nik' | 'phone'; value: string };
export type IdentityError = 'nik_format' | 'nik_region' | 'nik_birthdate' | 'phone_format' | 'empty';

function validDate(day: number, month: number, yy: number): boolean {
  // The century is not in the NIK: accept a date valid in either 19yy or 20yy.
  return [1900 + yy, 2000 + yy].some((year) => {
    const d = new Date(Date.UTC(year, month - 1, day));
    return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
  });
}

/**
 * Reads what a visitor typed: a NIK (16 digits: district code, birth date DDMMYY with 40 added
 * to the day for women, serial) or an Indonesian mobile number (08…, +62 8…, 62 8…).
 */
export function parseIdentity(input: string): Identity | { error: IdentityError } {
  const raw = input.replace(/[\s.-]/g, '');
  if (!raw) return { error: 'empty' };
  if (/^\d{16}$/.test(raw)) {
    let day = Number(raw.slice(6, 8));
    if (day > 40) day -= 40;
    if (!validDate(day, Number(raw.slice(8, 10)), Number(raw.slice(10, 12)))) return { error: 'nik_birthdate' };
    if (raw.slice(12) === '0000') return { error: 'nik_format' };
    return { kind: 'nik', value: raw };
  }
  const phone = raw.replace(/^\+?62/, '0');
  if (/^08\d{8,11}$/.test(phone)) return { kind: 'phone', value: `62${phone.slice(1)}` };
  return { error: /^\d+$/.test(raw) && raw.length > 13 ? 'nik_format' : 'phone_format' };
}

/** "32.16.08" from a NIK: the district where the card was issued. */
export function nikDistrictCode(nik: string): string {
  return `${nik.slice(0, 2)}.${nik.slice(2, 4)}.${nik.slice(4, 6)}`;
}

const globalForCodes = globalThis as unknown as { pindaiDistricts?: Promise<Set<string>> };

/** District codes change only with a new Kemendagri import: read them once per process. */
export async function isKnownDistrict(db: Db, code: string): Promise<boolean> {
  globalForCodes.pindaiDistricts ??= db
    .select({ code: units.code })
    .from(units)
    .where(eq(units.kind, 'district'))
    .then((rows) => new Set(rows.map((r) => r.code!)));
  const known = await globalForCodes.pindaiDistricts;
  if (known.size === 0) globalForCodes.pindaiDistricts = undefined; // areas not imported yet
  return known.has(code);
}

export function visitorSecret(): string {
  const secret = process.env.PINDAI_VISITOR_SECRET;
  if (!secret || secret.length < 16) {
    throw new Error('PINDAI_VISITOR_SECRET must be set (16+ characters) to pseudonymise visitors.');
  }
  return secret;
}

/** The only form in which a NIK or phone number is kept: a keyed hash. */
export function visitorKey(identity: Identity): string {
  return createHmac('sha256', visitorSecret()).update(`${identity.kind}:${identity.value}`).digest('base64url');
}
