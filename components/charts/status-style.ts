import type { Status } from '@/lib/services/vocabulary';

export { statusColour } from '@/lib/stats/colors';

/**
 * Each status has its own texture besides its colour, so a greyscale print or a colour-blind
 * reader still tells them apart: hijau solid, kuning stripes, merah dots, hitam cross-hatch,
 * tidak tercatat hollow.
 */
export const statusFill = (s: Status) => `url(#pindai-status-${s})`;
export const statusMark: Record<Status, string> = {
  hijau: '■',
  kuning: '▨',
  merah: '◍',
  hitam: '▩',
  tidak_tercatat: '□',
};
