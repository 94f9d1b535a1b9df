#!/usr/bin/env bash
# Builds the offline basemap (vector tiles in the OpenMapTiles layout, a static z/x/y folder)
# and the demo territory's data layers from the OpenStreetMap extract in ../shared/data.
# The output is committed, so a fresh machine needs none of these tools; rerun after changing
# the extract: apt-get install -y tilemaker osmium-tool gdal-bin && npm run basemap
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
data=${SHARED_DATA:-$here/../shared/data}
pbf=$data/london-city.osm.pbf
out=$here/public/basemap
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for tool in tilemaker osmium ogr2ogr node; do
  command -v "$tool" >/dev/null || { echo "needs $tool (apt-get install -y tilemaker osmium-tool gdal-bin)" >&2; exit 1; }
done

# tilemaker's OpenMapTiles profile, without the layers whose shapefiles are not bundled,
# uncompressed (static files are served as they are) and limited to the zooms the map allows.
node - "$work/config.json" <<'JS'
const fs = require('node:fs');
const config = JSON.parse(fs.readFileSync('/usr/share/doc/tilemaker/examples/config-openmaptiles.json', 'utf8'));
for (const layer of ['ocean', 'urban_areas', 'ice_shelf', 'glacier']) delete config.layers[layer];
config.settings.minzoom = 10;
config.settings.compress = 'none';
config.settings.filemetadata.tiles = ['/basemap/tiles/{z}/{x}/{y}.pbf'];
config.settings.name = 'CivicTwin demo basemap: City of London';
fs.writeFileSync(process.argv[2], JSON.stringify(config, null, 1));
JS
cp /usr/share/doc/tilemaker/examples/process-openmaptiles.lua "$work/process.lua"

rm -rf "$out/tiles"
mkdir -p "$out/tiles"
# Tiles cover the whole territory (with a margin), not only the extract's own bounding box.
bbox=$(node -p "const [w,s,e,n]=require('$here/prisma/seed-data/demo-territory.json').bounds; [w-0.01,s-0.005,e+0.01,n+0.005].join(',')")
osmium extract --overwrite --set-bounds --strategy complete_ways --bbox "$bbox" "$pbf" -o "$work/territory.osm.pbf"
(cd "$work" && tilemaker --input territory.osm.pbf --output "$out/tiles" --config config.json --process process.lua)
rm -f "$out/tiles/metadata.json"

# Glyphs for labels (SIL OFL 1.1), copied with the licence note.
rm -rf "$out/glyphs"
cp -r "$data/glyphs" "$out/glyphs"

# Data layers of the digital twin, extracted from the same OpenStreetMap data.
node "$here/scripts/extract-layers.mjs" "$pbf" "$here/prisma/seed-data/layers"
echo "basemap: $(find "$out/tiles" -name '*.pbf' | wc -l) tiles, $(du -sh "$out" | cut -f1)"
