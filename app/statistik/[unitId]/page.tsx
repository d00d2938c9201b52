import type { Metadata } from 'next';
import { PublicStatsView } from '@/components/stats/PublicStatsView';
import { publicPageStats } from '@/lib/http/public-page';

export const metadata: Metadata = { title: 'Statistik publik' };

/** A unit's published statistics: no login, aggregates only, small counts hidden. */
export default async function PublicStatsPage({ params }: { params: Promise<{ unitId: string }> }) {
  return <PublicStatsView stats={await publicPageStats((await params).unitId)} />;
}
