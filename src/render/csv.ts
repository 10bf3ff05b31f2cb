/** RFC 4180: fields with comma, quote, CR or LF are quoted, quotes doubled, lines end in CRLF. */
export function csvField(value: unknown): string {
  const s = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvRow(values: unknown[]): string {
  return values.map(csvField).join(',') + '\r\n';
}

export function csv(header: string[], rows: unknown[][]): string {
  return csvRow(header) + rows.map(csvRow).join('');
}
