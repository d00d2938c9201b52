import type { Context } from 'hono';
import { LOCALE_COOKIE } from '@/lib/cookie-names';
import { en } from '@/lib/i18n/en';
import { id } from '@/lib/i18n/id';
import { DOOR_CSP, type Html, page } from './layout';

const ENGLISH = new RegExp(`(?:^|; )${LOCALE_COOKIE}=en(?:;|$)`);

/** The visitor's language, from the cookie the app's switcher sets; Bahasa Indonesia otherwise. */
export const langOf = (c: Context) =>
  ENGLISH.test(c.req.header('cookie') ?? '') ? ({ lang: 'en', t: en } as const) : ({ lang: 'id', t: id } as const);

export function send(c: Context, status: number, title: string, body: Html, head: Html | string = '') {
  c.header('cache-control', 'no-store');
  c.header('content-security-policy', DOOR_CSP);
  // Not no-referrer: with it a browser sends `Origin: null` on our own form posts.
  c.header('referrer-policy', 'same-origin');
  c.header('x-content-type-options', 'nosniff');
  return c.html(page(langOf(c).lang, title, body, head), status as 200);
}

export const seeOther = (c: Context, path: string) => {
  c.header('cache-control', 'no-store');
  return c.redirect(path, 303);
};
