/** Cookies that both the server and the browser read; neither holds anything secret. */
export const SEEN_COOKIE = 'pindai_seen'; // set at login: no session + this cookie = expired
export const LOCALE_COOKIE = 'pindai_lang';
