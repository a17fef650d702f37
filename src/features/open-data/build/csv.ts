/**
 * CSV as spreadsheets open it: RFC 4180 (comma between fields, CRLF after every row, a field with a comma, quote or
 * line break in double quotes, quotes doubled), one header row, UTF-8 with a byte-order mark. Without the mark,
 * Excel reads the file in the computer's old code page and shows "ö" as "Ã¶".
 */
export const BOM = '\uFEFF';

export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | undefined)[])[]): string {
  const field = (value: string | number | undefined) => {
    const text = value === undefined ? '' : String(value);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return BOM + [header, ...rows].map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}
