import type { APIRequestContext } from '@playwright/test';
import { expect } from '@playwright/test';
import { origin, unitIdOf } from './api';
import { units } from './units';

/**
 * Registers a visitor of a spec's own (fully vaccinated unless `doses` says otherwise) through
 * Kabupaten Bekasi's health office: a NIK no other spec types, so no other spec's scans count
 * against its rate limit.
 */
export async function registerVisitor(
  health: APIRequestContext,
  nik: string,
  doses = 2,
): Promise<string> {
  const kab = await unitIdOf(health, units.regency);
  const res = await health.post(`/api/units/${kab}/registry`, {
    headers: { origin, 'content-type': 'text/csv' },
    data: `nik,dosis,positif\n${nik},${doses},tidak\n`,
  });
  expect(res.status()).toBe(200);
  return nik;
}
