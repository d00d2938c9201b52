/**
 * The address phones use to reach this server: printed into every QR code. Set
 * PINDAI_PUBLIC_URL in production (e.g. https://pindai.bekasikab.go.id); it falls back to
 * NEXTAUTH_URL, which only suits a demo.
 */
export function publicUrl(): string {
  const url = process.env.PINDAI_PUBLIC_URL || process.env.NEXTAUTH_URL || 'http://localhost:3000';
  return url.replace(/\/+$/, '');
}

export function checkInUrl(token: string): string {
  return `${publicUrl()}/c/${token}`;
}

/** The address people use for the app itself (links in emails): NEXTAUTH_URL. */
export function appUrl(): string {
  return (process.env.NEXTAUTH_URL || 'http://localhost:3000').replace(/\/+$/, '');
}
