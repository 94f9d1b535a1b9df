import { describe, expect, it } from 'vitest';

import { equalBreaks } from './style-editor';

describe('choropleth classes', () => {
  it('cuts the range into equal intervals with readable limits', () => {
    expect(equalBreaks(0, 100, 4)).toEqual([25, 50, 75]);
    expect(equalBreaks(3.5, 230.1, 3)).toEqual([79, 155]);
  });

  it('never repeats a limit when the range is tiny', () => {
    const breaks = equalBreaks(1, 1.0001, 6);
    expect(breaks.every((b, i) => i === 0 || b > breaks[i - 1])).toBe(true);
  });
});
