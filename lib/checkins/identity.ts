import { createHmac } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { onChange } from '@/lib/cache/changes';
import { LookupCache } from '@/lib/cache/lookup';
import type { Db } from '@/lib/db/client';
import { units } from '@/lib/db/schema';

export type Identity = { kind: 'nik' | 'phone'; value: string };
export type IdentityError =
  | 'empty'
  | 'not_digits'
  | 'nik_format'
  | 'nik_region'
  | 'nik_day'
  | 'nik_month'
  | 'nik_birthdate'
  | 'phone_format';

function validDate(day: number, month: number, yy: number): boolean {
  // The century is not in the NIK: accept a date valid in either 19yy or 20yy.
  return [1900 + yy, 2000 + yy].some((year) => {
    const d = new Date(Date.UTC(year, month - 1, day));
    return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
  });
}

/** A mobile number by its shape: 08…, +62 8… or 62 8…, never 16 digits (that is a NIK). */
const looksLikePhone = (raw: string) => raw.length !== 16 && /^(\+?62|0)8/.test(raw);

/**
 * Reads what a visitor typed, told apart by shape: a NIK (16 digits: district code, birth date
 * DDMMYY with 40 added to the day for women, serial) or an Indonesian mobile number. Each
 * implausible part of a NIK has its own error, so the visitor knows what to check.
 */
export function parseIdentity(input: string): Identity | { error: IdentityError } {
  const raw = input.replace(/[\s.-]/g, '');
  if (!raw) return { error: 'empty' };
  if (!/^\+?\d+$/.test(raw)) return { error: 'not_digits' };
  if (looksLikePhone(raw)) {
    const phone = raw.replace(/^\+?62/, '0');
    return /^08\d{8,11}$/.test(phone) ? { kind: 'phone', value: `62${phone.slice(1)}` } : { error: 'phone_format' };
  }
  if (!/^\d{16}$/.test(raw)) return { error: raw.length > 12 ? 'nik_format' : 'phone_format' };
  const rawDay = Number(raw.slice(6, 8));
  const month = Number(raw.slice(8, 10));
  if (!((rawDay >= 1 && rawDay <= 31) || (rawDay >= 41 && rawDay <= 71))) return { error: 'nik_day' };
  if (month < 1 || month > 12) return { error: 'nik_month' };
  if (!validDate(rawDay > 40 ? rawDay - 40 : rawDay, month, Number(raw.slice(10, 12)))) return { error: 'nik_birthdate' };
  if (raw.slice(12) === '0000') return { error: 'nik_format' };
  return { kind: 'nik', value: raw };
}

/** "3275 •••• •••• 0003": enough for the visitor to spot a typo, too little to identify them. */
export function maskIdentity(identity: Identity): string {
  const v = identity.kind === 'nik' ? identity.value : `0${identity.value.slice(2)}`;
  return identity.kind === 'nik' ? `${v.slice(0, 4)} •••• •••• ${v.slice(12)}` : `${v.slice(0, 4)} •••• ${v.slice(-3)}`;
}

/** "32.16.08" from a NIK: the district where the card was issued. */
export function nikDistrictCode(nik: string): string {
  return `${nik.slice(0, 2)}.${nik.slice(2, 4)}.${nik.slice(4, 6)}`;
}

const districts = new LookupCache<'all', Set<string>>('district-codes', 3_600_000);
onChange('units', () => districts.clear());

/** District codes change only with a Kemendagri import, which announces it (lib/tenancy/import.ts). */
export async function isKnownDistrict(db: Db, code: string): Promise<boolean> {
  const known = await districts.get(db, 'all', async () => {
    const rows = await db.select({ code: units.code }).from(units).where(eq(units.kind, 'district'));
    return new Set(rows.map((r) => r.code!));
  });
  if (known.size === 0) districts.forget(db, 'all'); // areas not imported yet
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
