'use client';

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { statusColors } from '@/lib/stats/colors';
import { statuses } from '@/lib/services/vocabulary';

export type ChartDatum = { label: string } & Record<(typeof statuses)[number], number>;

/** Check-ins per row of the statistics table, stacked by status. */
export function StatsChart({ data, names, locale }: { data: ChartDatum[]; names: Record<string, string>; locale: 'id' | 'en' }) {
  const fmt = new Intl.NumberFormat(locale === 'id' ? 'id-ID' : 'en-GB');
  return (
    <div className="h-80 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ top: 8, right: 8, bottom: 8, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 12 }} />
          <YAxis tickFormatter={(v: number) => fmt.format(v)} allowDecimals={false} />
          <Tooltip formatter={(v) => fmt.format(Number(v))} />
          <Legend itemSorter={null} />
          {statuses.map((s) => (
            <Bar key={s} dataKey={s} name={names[s]} stackId="status" fill={statusColors[s]} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
