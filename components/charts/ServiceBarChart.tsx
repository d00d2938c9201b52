'use client';

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { niceTicks } from '@/lib/charts/nice-ticks';
import { formatNumber } from '@/lib/i18n/format';
import { statusFill } from './status-style';

export type ServiceDatum = { label: string; admitted: number; notAdmitted: number };

/** Check-ins per service, admitted (solid) and not admitted (striped) side by side in one bar. */
export function ServiceBarChart(props: {
  data: ServiceDatum[];
  admittedName: string;
  notAdmittedName: string;
  locale: 'id' | 'en';
  title: string;
}) {
  const number = (v: unknown) => formatNumber(Number(v), props.locale);
  const height = Math.max(120, props.data.length * 36 + 40);
  const ticks = niceTicks(Math.max(0, ...props.data.map((d) => d.admitted + d.notAdmitted)));
  return (
    <div role="img" aria-label={props.title} className="w-full" style={{ height }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart
          data={props.data}
          layout="vertical"
          margin={{ top: 4, right: 16, bottom: 0, left: 8 }}
        >
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis
            type="number"
            ticks={ticks}
            domain={[0, ticks.at(-1)!]}
            interval={0}
            tick={{ fontSize: 11 }}
            tickFormatter={number}
          />
          <YAxis type="category" dataKey="label" width={150} tick={{ fontSize: 11 }} />
          <Tooltip formatter={(value, name) => [number(value), String(name)]} />
          {(
            [
              ['admitted', props.admittedName, 'hijau'],
              ['notAdmitted', props.notAdmittedName, 'merah'],
            ] as const
          ).map(([key, name, look]) => (
            <Bar key={key} dataKey={key} name={name} stackId="s" fill={statusFill(look)} stroke="#334155" strokeWidth={0.5} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
