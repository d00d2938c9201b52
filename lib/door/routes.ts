/**
 * The routes served on the fast path (scripts/server.ts), beside Next's app/ tree: the
 * visitor's door and the scanner API. Tools that must cover every route (the fuzz harness,
 * the authorisation matrix) read this list with the app/ tree.
 */
export const fastPathRoutes = [
  { method: 'GET', path: '/c' },
  { method: 'GET', path: '/c/:token' },
  { method: 'POST', path: '/c/:token/masuk' },
  { method: 'POST', path: '/c/:token/keluar' },
  { method: 'GET', path: '/c/:token/hasil/:eventId' },
  { method: 'GET', path: '/c/:token/antrean/:eventId' },
  { method: 'GET', path: '/c/:token/skm/:eventId' },
  { method: 'POST', path: '/c/:token/skm' },
  { method: 'GET', path: '/c/:token/skm/terima-kasih' },
  { method: 'POST', path: '/api/v1/checkins' },
] as const;
