/** The overview's URL with some query parameters changed (undefined drops one). */
export function overviewHref(
  unitId: number,
  current: Record<string, string | undefined>,
  changes: Record<string, string | undefined>,
) {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...current, ...changes })) if (v) query.set(k, v);
  const text = query.toString();
  return `/u/${unitId}${text ? `?${text}` : ''}`;
}
