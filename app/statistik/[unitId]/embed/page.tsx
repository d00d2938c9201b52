import { PublicStatsView } from '@/components/stats/PublicStatsView';
import { publicPageStats } from '@/lib/http/public-page';

/** The compact view for an iframe on the city's website; the only page that may be framed (next.config.js). */
export default async function EmbeddedStatsPage({ params }: { params: Promise<{ unitId: string }> }) {
  return <PublicStatsView stats={await publicPageStats((await params).unitId)} compact />;
}
