import { describe, expect, it } from 'vitest';

import { csvCell, toCsv } from './csv';

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
