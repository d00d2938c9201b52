import { PassThrough, Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Cell, ExportColumn, ExportTable } from './table';

const numFmt: Record<ExportColumn['kind'], string | undefined> = {
  text: undefined,
  date: 'dd/mm/yyyy',
  month: 'mmmm yyyy',
  count: '#,##0',
  share: '0.0%',
  decimal: '0.00##',
};

/** A local calendar day as the spreadsheet's date of that day (Excel's dates have no zone). */
const day = (text: string) => new Date(`${text}T00:00:00Z`);

function value(c: ExportColumn, v: Cell): ExcelJS.CellValue {
  if (typeof v === 'string' && c.kind === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(v)) return day(v);
  if (typeof v === 'string' && c.kind === 'month' && /^\d{4}-\d{2}$/.test(v)) return day(`${v}-01`);
  if (typeof v === 'number' && c.kind === 'share') return v / 100;
  return v;
}

/**
 * The table as an XLSX workbook written through exceljs's streaming writer: each row is
 * committed to the zip stream as it is added. A title above, the header frozen and filtered
 * (totals below the filter), the source beneath. Counts are numbers, shares real percentages,
 * days and months real dates (the unit's local calendar days), so Excel sums, sorts and filters them.
 */
export function xlsxStream(table: ExportTable, sheetName: string): ReadableStream<Uint8Array> {
  const out = new PassThrough();
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  const headerRow = table.title ? 2 : 1;
  const sheet = book.addWorksheet(sheetName.slice(0, 31), {
    views: [{ state: 'frozen', ySplit: headerRow }],
  });
  sheet.columns = table.columns.map((c) => ({
    key: c.key,
    width: c.kind === 'text' ? 36 : c.kind === 'date' || c.kind === 'month' ? 14 : 16,
    style: numFmt[c.kind] ? { numFmt: numFmt[c.kind] } : {},
  }));
  const dataRows = table.rows.length - (table.footerRows ?? 0);
  sheet.autoFilter = {
    from: { row: headerRow, column: 1 },
    to: { row: headerRow + dataRows, column: table.columns.length },
  };
  void (async () => {
    if (table.title) {
      const title = sheet.addRow([table.title]);
      title.font = { bold: true, size: 14 };
      title.commit();
    }
    const header = sheet.addRow(table.columns.map((c) => c.header));
    header.font = { bold: true };
    header.commit();
    table.rows.forEach((row, i) => {
      const added = sheet.addRow(table.columns.map((c, j) => value(c, row[j] ?? null)));
      if (i >= dataRows) added.font = { bold: true };
      added.commit();
    });
    if (table.source) {
      sheet.addRow([]).commit();
      const source = sheet.addRow([table.source]);
      source.font = { italic: true, color: { argb: 'FF475569' } };
      source.commit();
    }
    sheet.commit();
    await book.commit();
  })().catch((e: unknown) => out.destroy(e as Error));
  return Readable.toWeb(out) as ReadableStream<Uint8Array>;
}
