import { type APIRequestContext, type Browser, type BrowserContext, expect } from '@playwright/test';
import { type Account, storageStateOf } from './accounts';

export const origin = `http://localhost:${process.env.E2E_PORT ?? 3100}`;
/** What the app's own pages send with every change (the server refuses changes without it). */
export const jsonHeaders = { origin, 'content-type': 'application/json' };

/** A browser context holding the session the setup project saved for a shared account. */
export function contextOf(browser: Browser, account: Account): Promise<BrowserContext> {
  return browser.newContext({ storageState: storageStateOf(account) });
}

/** An HTTP client holding a shared account's session (a browser context's, so it speaks the browser's language). */
export async function sessionFor(browser: Browser, account: Account): Promise<APIRequestContext> {
  return (await contextOf(browser, account)).request;
}

/** The id of the unit with a Kemendagri code, as this session finds it through the search. */
export async function unitIdOf(api: APIRequestContext, code: string): Promise<number> {
  const res = await api.get(`/api/units/search?q=${code}`);
  expect(res.status()).toBe(200);
  const hit = (await res.json()).units.find((u: { code: string }) => u.code === code);
  expect(hit, `unit ${code} visible to this user`).toBeTruthy();
  return hit.id;
}

/** A unit of the test's own under `parent`, so what the test sets there (policies) reaches no other spec. */
export async function childUnit(api: APIRequestContext, parent: number, kind: 'agency' | 'venue', name: string): Promise<number> {
  const res = await api.post(`/api/units/${parent}/children`, { headers: jsonHeaders, data: { kind, name } });
  expect(res.status()).toBe(201);
  return (await res.json()).unit.id;
}
