import { PassThrough, Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { ExportTable } from './table';

/**
 * The table as an XLSX workbook written through exceljs's streaming writer: each row is
 * committed to the zip stream as it is added. Counts are numbers, shares real percentages,
 * dates plain local calendar days (the unit's zone), so Excel sums and sorts them.
 */
export function xlsxStream(table: ExportTable, sheetName: string): ReadableStream<Uint8Array> {
  const out = new PassThrough();
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const sheet = book.addWorksheet(sheetName.slice(0, 31));
  sheet.columns = table.columns.map((c) => ({
    header: c.header,
    key: c.key,
    width: c.kind === 'text' ? 36 : c.kind === 'date' ? 14 : 16,
    style: c.kind === 'share' ? { numFmt: '0.0%' } : c.kind === 'count' ? { numFmt: '#,##0' } : c.kind === 'decimal' ? { numFmt: '0.00##' } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  void (async () => {
    for (const row of table.rows) {
      sheet.addRow(table.columns.map((c, i) => (c.kind === 'share' && typeof row[i] === 'number' ? (row[i] as number) / 100 : row[i]))).commit();
    }
    sheet.commit();
    await book.commit();
  })().catch((e: unknown) => out.destroy(e as Error));
  return Readable.toWeb(out) as ReadableStream<Uint8Array>;
}
