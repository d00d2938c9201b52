'use client';

import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { niceTicks } from '@/lib/charts/nice-ticks';
import { formatNumber } from '@/lib/i18n/format';
import { statuses, type Status } from '@/lib/services/vocabulary';
import { statusFill } from './status-style';

export type StatusBarDatum = { label: string } & Record<Status, number> & { compare?: number };
/** A labelled vertical mark at one bar (`x` is that bar's label), e.g. an entry policy taking effect. */
export type ChartMark = { x: string; label: string };

const short = (s: string) => (s.length > 24 ? `${s.slice(0, 23)}…` : s);

/**
 * Check-ins stacked by status along an axis of hours or days, optionally with a comparison line
 * (the same weekday last week) and labelled marks. Textured fills keep the statuses apart
 * without colour.
 */
export function StatusBarChart(props: {
  data: StatusBarDatum[];
  names: Record<Status, string>;
  compareName?: string;
  locale: 'id' | 'en';
  title: string;
  marks?: ChartMark[];
}) {
  const number = (v: unknown) => formatNumber(Number(v), props.locale);
  const ticks = niceTicks(
    Math.max(0, ...props.data.map((d) => Math.max(statuses.reduce((sum, s) => sum + d[s], 0), d.compare ?? 0))),
  );
  return (
    <div role="img" aria-label={props.title} className="h-64 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart data={props.data} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis
            dataKey="label"
            tick={{ fontSize: 11 }}
            interval="preserveStartEnd"
            minTickGap={8}
          />
          <YAxis ticks={ticks} domain={[0, ticks.at(-1)!]} interval={0} tick={{ fontSize: 11 }} tickFormatter={number} />
          <Tooltip formatter={(value, name) => [number(value), String(name)]} />
          {statuses.map((s) => (
            <Bar
              key={s}
              dataKey={s}
              name={props.names[s]}
              stackId="status"
              fill={statusFill(s)}
              stroke="#334155"
              strokeWidth={0.5}
              isAnimationActive={false}
            />
          ))}
          {props.marks?.map((m) => {
            // The label runs away from the nearer edge, so it stays inside the chart.
            const right = props.data.findIndex((d) => d.label === m.x) > props.data.length / 2;
            return (
              <ReferenceLine
                key={m.x}
                x={m.x}
                stroke="#1d4ed8"
                strokeDasharray="4 2"
                strokeWidth={2}
                ifOverflow="extendDomain"
                label={{ value: short(m.label), position: right ? 'insideTopRight' : 'insideTopLeft', fontSize: 10, fill: '#1d4ed8' }}
              />
            );
          })}
          {props.compareName && (
            <Line
              dataKey="compare"
              name={props.compareName}
              type="monotone"
              stroke="#475569"
              strokeDasharray="5 3"
              strokeWidth={2}
              dot={false}
              isAnimationActive={false}
            />
          )}
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
