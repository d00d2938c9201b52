/**
 * The numbers behind a chart, as a real table: folded under the chart, read by screen readers
 * and copyable. Cells are already formatted.
 */
export function ChartTable(props: {
  summary: string;
  caption: string;
  head: string[];
  rows: (string | number)[][];
  testId?: string;
}) {
  return (
    <details className="mt-2 text-sm" data-testid={props.testId}>
      <summary className="cursor-pointer text-slate-600">{props.summary}</summary>
      <div className="relative mt-2 max-h-80 overflow-auto">
        <table className="w-full text-left">
          <caption className="sr-only">{props.caption}</caption>
          <thead className="text-slate-500">
            <tr>
              {props.head.map((h, i) => (
                <th key={h} scope="col" className={`py-1 ${i ? 'text-right' : ''}`}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {props.rows.map((row, r) => (
              <tr key={r} className="border-t border-slate-100">
                {row.map((cell, i) =>
                  i === 0 ? (
                    <th key={i} scope="row" className="py-1 font-normal">
                      {cell}
                    </th>
                  ) : (
                    <td key={i} className="text-right tabular-nums">
                      {cell}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
