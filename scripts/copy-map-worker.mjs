// MapLibre loads its web worker from a URL next to its module, which the Next.js bundle does
// not keep; serve the worker from public/ instead (run on install, so it matches the package).
import fs from 'node:fs';

const source = 'node_modules/maplibre-gl/dist/maplibre-gl-worker.mjs';
fs.mkdirSync('public/vendor', { recursive: true });
fs.copyFileSync(source, 'public/vendor/maplibre-gl-worker.mjs');
