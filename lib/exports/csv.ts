import { Readable } from 'node:stream';
import { stringify } from 'csv-stringify';
import type { ExportTable } from './table';

/**
 * The table as a CSV stream: UTF-8 with a byte-order mark so that Excel reads the names right,
 * a header row, one record written at a time (nothing is joined in memory).
 */
export function csvStream(table: ExportTable): ReadableStream<Uint8Array> {
  const csv = stringify({ bom: true, header: true, columns: table.columns.map((c) => ({ key: c.key, header: c.header })), record_delimiter: 'windows' });
  const records = Readable.from(
    (function* () {
      for (const row of table.rows) yield Object.fromEntries(table.columns.map((c, i) => [c.key, row[i] ?? '']));
    })(),
  );
  records.on('error', (e) => csv.destroy(e));
  records.pipe(csv);
  return Readable.toWeb(csv) as ReadableStream<Uint8Array>;
}
