/** A query string of the parameters that are set ('' for none). */
export function queryString(params: Record<string, string | undefined>): string {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) query.set(k, v);
  return query.toString();
}

/** The overview's URL with some query parameters changed (undefined drops one). */
export function overviewHref(
  unitId: number,
  current: Record<string, string | undefined>,
  changes: Record<string, string | undefined>,
) {
  const text = queryString({ ...current, ...changes });
  return `/u/${unitId}${text ? `?${text}` : ''}`;
}
