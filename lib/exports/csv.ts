import { Readable } from 'node:stream';
import { stringify } from 'csv-stringify';
import type { Cell, ExportColumn, ExportTable } from './table';

/**
 * `standard`: commas and decimal points, as other programs read CSV. `excel-id`: what Excel set
 * to Indonesian (or any locale with a decimal comma) opens in columns: semicolons and 92,1.
 */
export type CsvDialect = 'standard' | 'excel-id';

const decimalComma = (c: ExportColumn, v: Cell) =>
  (c.kind === 'share' || c.kind === 'decimal') && typeof v === 'number'
    ? String(v).replace('.', ',')
    : (v ?? '');

/**
 * The table as a CSV stream: UTF-8 with a byte-order mark so that Excel reads the names right,
 * a header row, one record written at a time (nothing is joined in memory).
 */
export function csvStream(
  table: ExportTable,
  dialect: CsvDialect = 'standard',
): ReadableStream<Uint8Array> {
  const excel = dialect === 'excel-id';
  const csv = stringify({
    bom: true,
    header: true,
    delimiter: excel ? ';' : ',',
    columns: table.columns.map((c) => ({ key: c.key, header: c.header })),
    record_delimiter: 'windows',
  });
  const records = Readable.from(
    (function* () {
      for (const row of table.rows) {
        yield Object.fromEntries(
          table.columns.map((c, i) => [
            c.key,
            excel ? decimalComma(c, row[i] ?? null) : (row[i] ?? ''),
          ]),
        );
      }
    })(),
  );
  records.on('error', (e) => csv.destroy(e));
  records.pipe(csv);
  return Readable.toWeb(csv) as ReadableStream<Uint8Array>;
}
