import { describe, expect, it } from 'vitest';

import { CSV_BOM, csvCell, csvLine, toCsv } from './csv';

describe('CSV', () => {
  it('quotes commas, quotes and line breaks', () => {
    expect(csvCell('a, "b"\nc')).toBe('"a, ""b""\nc"');
  });
  it('defuses spreadsheet formulas', () => {
    expect(csvCell('=HYPERLINK("evil")')).toBe(`"'=HYPERLINK(""evil"")"`);
    expect(csvCell('-1+2')).toBe("'-1+2");
    expect(csvCell(-1)).toBe('-1');
  });
  it('writes a header and rows with CRLF line ends', () => {
    expect(toCsv(['a', 'b'], [[1, null], ['x', 'é']])).toBe('a,b\r\n1,\r\nx,é\r\n');
  });
});

describe('CSV lines', () => {
  it('ends each record with CRLF and quotes line breaks inside a cell', () => {
    expect(csvLine(['a', 'b\nc', 2])).toBe('a,"b\nc",2\r\n');
    expect(CSV_BOM.charCodeAt(0)).toBe(0xfeff);
  });
});
