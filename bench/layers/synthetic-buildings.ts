// A large synthetic building dataset over the demo territory: small rotated footprints with a few
// attributes, written as one GeoJSON file of roughly the asked size.
import fs from 'node:fs';

const USES = ['residential', 'office', 'retail', 'school', 'church', 'hotel', 'warehouse'];

/** Deterministic pseudo-random numbers, so every run measures the same file. */
function random(seed: number) {
  let state = seed;
  return () => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

export function writeSyntheticBuildings(file: string, targetBytes: number, [west, south, east, north]: [number, number, number, number]): number {
  const next = random(42);
  const out = fs.openSync(file, 'w');
  fs.writeSync(out, '{"type":"FeatureCollection","features":[\n');
  let written = 0;
  let count = 0;
  while (written < targetBytes) {
    const [cx, cy] = [west + next() * (east - west), south + next() * (north - south)];
    const [w, h, turn] = [0.00004 + next() * 0.0001, 0.00003 + next() * 0.00007, next() * Math.PI];
    const corners = [[-1, -1], [1, -1], [1, 1], [-1, 1], [-1, -1]].map(([dx, dy]) => {
      const x = (dx * w) / 2;
      const y = (dy * h) / 2;
      return [Number((cx + x * Math.cos(turn) - y * Math.sin(turn)).toFixed(7)), Number((cy + x * Math.sin(turn) + y * Math.cos(turn)).toFixed(7))];
    });
    const feature = {
      type: 'Feature',
      properties: { ref: `B${count}`, use: USES[Math.floor(next() * USES.length)], height_m: Math.round(3 + next() * 120), levels: Math.ceil(1 + next() * 30), year_built: 1700 + Math.floor(next() * 325) },
      geometry: { type: 'Polygon', coordinates: [corners] },
    };
    const line = `${count ? ',\n' : ''}${JSON.stringify(feature)}`;
    fs.writeSync(out, line);
    written += line.length;
    count += 1;
  }
  fs.writeSync(out, '\n]}\n');
  fs.closeSync(out);
  return count;
}
