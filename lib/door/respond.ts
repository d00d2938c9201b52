import type { Context } from 'hono';
import { langOfCookies } from '@/lib/i18n/cookie';
import { DOOR_CSP, type Html, page } from './layout';

/** The visitor's language, from the cookie the app's switcher sets; Bahasa Indonesia otherwise. */
export const langOf = (c: Context) => langOfCookies(c.req.header('cookie'));

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
