import { expect, it } from 'vitest';
import { id } from '@/lib/i18n/id';
import { exportTable } from '@/lib/exports/table';
import type { GroupedStats } from '@/lib/stats/grouped';
import { dateRange } from '@/lib/stats/range';

const counts = { checkins: 2, admitted: 1, byStatus: { hijau: 1, kuning: 0, merah: 1, hitam: 0, tidak_tercatat: 0 } };

it('marks a name that starts like a spreadsheet formula as text, leaving plain names alone', () => {
  const stats: GroupedStats = {
    grouping: 'service',
    range: dateRange('2026-11-01', '2026-11-30', 'Asia/Jakarta'),
    rows: ['=HYPERLINK("http://x")', '+62 loket', '-', '@kiosk', 'Perekaman KTP-el'].map((name, i) => ({ key: String(i + 1), name, ...counts })),
    totals: counts,
  };
  expect(exportTable(stats, id, 'id').rows.map((r) => r[0])).toEqual([
    `'=HYPERLINK("http://x")`,
    `'+62 loket`,
    `'-`,
    `'@kiosk`,
    'Perekaman KTP-el',
    id.stats.total,
  ]);
});
