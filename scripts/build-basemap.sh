#!/usr/bin/env bash
# Builds a basemap for any OpenStreetMap extract: vector tiles in the OpenMapTiles layout, packed
# into one PMTiles archive, public/basemap/<name>.pmtiles, which our style (lib/map/basemap-style.ts)
# draws and every process can pick. The output is committed, so a fresh machine needs none of these
# tools. Usage:
#   apt-get install -y tilemaker osmium-tool gdal-bin
#   npm run basemap -- <extract.osm.pbf> <name> ["Title"] [west,south,east,north]
# The bounding box (default: the extract's own) cuts the extract, e.g. to a territory and its margin.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
pbf=${1:?usage: npm run basemap -- <extract.osm.pbf> <name> [title] [west,south,east,north]}
name=${2:?usage: npm run basemap -- <extract.osm.pbf> <name> [title] [west,south,east,north]}
title=${3:-$name}
bbox=${4:-}
[[ $name =~ ^[a-z0-9]+(-[a-z0-9]+)*$ ]] || { echo "the name must be lower-case letters, digits and dashes: $name" >&2; exit 1; }
pbf=$(realpath "$pbf")
data=${SHARED_DATA:-$here/../shared/data}
out=$here/public/basemap
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for tool in tilemaker osmium node; do
  command -v "$tool" >/dev/null || { echo "needs $tool (apt-get install -y tilemaker osmium-tool gdal-bin)" >&2; exit 1; }
done

if [[ -z $bbox ]]; then
  # The extract's declared bounding box, else the one of its data.
  bbox=$(osmium fileinfo -g header.boxes "$pbf" | head -1 | tr -d '()')
  [[ -n $bbox ]] || bbox=$(osmium fileinfo -e -g data.bbox "$pbf" | tr -d '()')
fi
osmium extract --overwrite --set-bounds --strategy complete_ways --bbox "$bbox" "$pbf" -o "$work/territory.osm.pbf"

# The lowest zoom shows the whole extent on a phone: a city starts at 10, a region lower.
minzoom=$(node -p "const [w,s,e,n]='$bbox'.split(',').map(Number); const span=Math.max(e-w,(n-s)*1.5); Math.max(6,Math.min(10,Math.floor(Math.log2(360/span))-2))")

# tilemaker's OpenMapTiles profile, without the layers whose shapefiles are not bundled.
node - "$work/config.json" "$minzoom" "$title" <<'JS'
const fs = require('node:fs');
const [file, minzoom, title] = process.argv.slice(2);
const config = JSON.parse(fs.readFileSync('/usr/share/doc/tilemaker/examples/config-openmaptiles.json', 'utf8'));
for (const layer of ['ocean', 'urban_areas', 'ice_shelf', 'glacier']) delete config.layers[layer];
config.settings.minzoom = Number(minzoom);
config.settings.compress = 'gzip';
config.settings.name = title;
fs.writeFileSync(file, JSON.stringify(config, null, 1));
JS
cp /usr/share/doc/tilemaker/examples/process-openmaptiles.lua "$work/process.lua"
(cd "$work" && tilemaker --input territory.osm.pbf --output tiles --config config.json --process process.lua)

mkdir -p "$out"
npx tsx "$here/scripts/pack-pmtiles.ts" "$work/tiles" "$out/$name.pmtiles" "$title" "$bbox"

# Glyphs for labels (SIL OFL 1.1), shared by every basemap, copied with the licence note.
if [[ -d $data/glyphs ]]; then rm -rf "$out/glyphs" && cp -r "$data/glyphs" "$out/glyphs"; fi
