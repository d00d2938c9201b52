import { LOCALE_COOKIE } from '@/lib/cookie-names';
import { en } from './en';
import { id } from './id';

const ENGLISH = new RegExp(`(?:^|; )${LOCALE_COOKIE}=en(?:;|$)`);

/**
 * The visitor's language from a Cookie header, where Next's request scope is not at hand (the
 * door's fast path, the queue display): the cookie the app's switcher sets; Bahasa Indonesia otherwise.
 */
export const langOfCookies = (header: string | null | undefined) =>
  ENGLISH.test(header ?? '') ? ({ lang: 'en', t: en } as const) : ({ lang: 'id', t: id } as const);
