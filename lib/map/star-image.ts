// The proposals' star, drawn as pixels for the map: a text "★" would make MapLibre fetch a glyph
// range (9728–9983) that the offline basemap does not ship, a 404 on every map load.
export type StarImage = { width: number; height: number; data: Uint8Array };

const SAMPLES = 4; // per pixel side, for smooth edges

function starCorners(size: number): [number, number][] {
  const centre = size / 2;
  const [outer, inner] = [size / 2, size / 5];
  return Array.from({ length: 10 }, (_, i) => {
    const radius = i % 2 === 0 ? outer : inner;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    return [centre + radius * Math.cos(angle), centre + radius * Math.sin(angle)];
  });
}

function inside(x: number, y: number, corners: [number, number][]): boolean {
  let result = false;
  for (let i = 0, j = corners.length - 1; i < corners.length; j = i, i += 1) {
    const [[xi, yi], [xj, yj]] = [corners[i], corners[j]];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) result = !result;
  }
  return result;
}

/** A white five-pointed star on transparency, `size` pixels square. */
export function starImage(size: number): StarImage {
  const corners = starCorners(size);
  const data = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      let hits = 0;
      for (let sy = 0; sy < SAMPLES; sy += 1) {
        for (let sx = 0; sx < SAMPLES; sx += 1) if (inside(px + (sx + 0.5) / SAMPLES, py + (sy + 0.5) / SAMPLES, corners)) hits += 1;
      }
      const offset = (py * size + px) * 4;
      data.set([255, 255, 255, Math.round((255 * hits) / (SAMPLES * SAMPLES))], offset);
    }
  }
  return { width: size, height: size, data };
}
