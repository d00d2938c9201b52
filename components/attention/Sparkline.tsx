/** A small line of daily counts, today last, drawn to the row's own maximum; the numbers are its label. */
export function Sparkline(props: { values: number[]; label: string }) {
  const { values } = props;
  const width = 84;
  const height = 22;
  const max = Math.max(1, ...values);
  const step = values.length > 1 ? width / (values.length - 1) : 0;
  const y = (v: number) => (height - 2 - (v / max) * (height - 4)).toFixed(1);
  const points = values.map((v, i) => `${(i * step).toFixed(1)},${y(v)}`).join(' ');
  const last = values.at(-1) ?? 0;
  return (
    <svg
      width={width}
      height={height}
      viewBox={`-2 0 ${width + 4} ${height}`}
      role="img"
      aria-label={props.label}
    >
      <title>{props.label}</title>
      <polyline
        points={points}
        fill="none"
        stroke="#0f766e"
        strokeWidth="1.5"
        strokeLinejoin="round"
      />
      <circle cx={((values.length - 1) * step).toFixed(1)} cy={y(last)} r="2" fill="#0f766e" />
    </svg>
  );
}
