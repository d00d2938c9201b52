import type { Status } from '@/lib/services/vocabulary';

/**
 * PeduliLindungi's colours, each with its own texture so a greyscale print or a colour-blind
 * reader still tells them apart: hijau solid, kuning stripes, merah dots, hitam cross-hatch.
 */
export const statusColour: Record<Status, string> = {
  hijau: '#15803d',
  kuning: '#facc15',
  merah: '#b91c1c',
  hitam: '#111827',
};
export const statusFill = (s: Status) => `url(#pindai-status-${s})`;
export const statusMark: Record<Status, string> = {
  hijau: '■',
  kuning: '▨',
  merah: '◍',
  hitam: '▩',
};
