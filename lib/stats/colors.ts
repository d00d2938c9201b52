import type { Status } from '@/lib/services/vocabulary';

/**
 * PeduliLindungi's colours, one palette for the dashboard, the statistics page and the chart
 * images; on screen each also has a texture (components/charts/status-style.ts).
 */
export const statusColour: Record<Status, string> = {
  hijau: '#15803d',
  kuning: '#facc15',
  merah: '#b91c1c',
  hitam: '#111827',
  tidak_tercatat: '#94a3b8', // neutral: never a colour of the vaccination scale
};
