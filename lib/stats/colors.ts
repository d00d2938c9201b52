import type { Status } from '@/lib/services/vocabulary';

/** PeduliLindungi's colours, for the statistics chart on screen and as an image. */
export const statusColors: Record<Status, string> = { hijau: '#16a34a', kuning: '#eab308', merah: '#dc2626', hitam: '#1f2937' };
