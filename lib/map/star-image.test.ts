import { describe, expect, it } from 'vitest';

import { starImage } from './star-image';

const alpha = (image: ReturnType<typeof starImage>, x: number, y: number) => image.data[(y * image.width + x) * 4 + 3];

describe('starImage', () => {
  it('is a white star: solid in the middle and at the top point, clear in the corners and between the points', () => {
    const image = starImage(26);
    expect(image.data).toHaveLength(26 * 26 * 4);
    expect(alpha(image, 13, 13)).toBe(255);
    expect(alpha(image, 13, 2)).toBeGreaterThan(128);
    for (const [x, y] of [[0, 0], [25, 0], [0, 25], [25, 25], [13, 24]]) expect(alpha(image, x, y)).toBe(0);
    expect(image.data[(13 * 26 + 13) * 4]).toBe(255);
  });
});
