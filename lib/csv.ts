// CSV (RFC 4180) that spreadsheets open safely: quoted where needed, and cells that a spreadsheet
// would run as a formula are prefixed with an apostrophe.
export type CsvValue = string | number | null | undefined;

/** Starts a file so that Excel reads it as UTF-8 (accents, emoji) instead of the system's code page. */
export const CSV_BOM = '\uFEFF';

export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One record with its CRLF line end, for files written a page of rows at a time. */
export function csvLine(row: CsvValue[]): string {
  return row.map(csvCell).join(',') + '\r\n';
}

export function toCsv(header: string[], rows: CsvValue[][]): string {
  return [header, ...rows].map(csvLine).join('');
}
