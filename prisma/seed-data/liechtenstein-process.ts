// The demo's second territory: the whole of Liechtenstein, a regional-scale process on its own
// basemap (public/basemap/liechtenstein.pmtiles) with layers extracted from the same extract
// (scripts/extract-regional-layers.mjs). Places and figures are illustrative.
import type { Geometry } from '@/lib/geo/geometry';
import type { LayerStyle, LegendRow } from '@/lib/schemas/layer';
import type { Category } from '@/lib/schemas/process';

import type { DemoAnnotation } from './demo-annotations';
import type { DemoProposal } from './demo-participation';

export const liechtensteinProcess = {
  slug: 'rhine-valley',
  title: 'Rhine valley 2040: living with the river, cycling between villages',
  description:
    'The eleven municipalities of Liechtenstein are preparing a shared plan for the Rhine valley: where the river needs more room when it floods, and how people can cycle safely from one village to the next, to school, to work and to the train. ' +
    'Look at the layers, mark the places that matter to you, and tell us which links are missing and where water already comes too close.\n\n' +
    'Open until 30 June 2027. The joint planning office answers every proposal publicly.',
  status: 'open',
  basemap: 'liechtenstein',
  bounds: [9.4711, 47.0477, 9.6362, 47.2713] as [number, number, number, number],
  categories: [
    { id: 'idea', label: 'Idea', color: '#009E73', symbol: '+' },
    { id: 'concern', label: 'Concern', color: '#D55E00', symbol: '!' },
    { id: 'question', label: 'Question', color: '#0072B2', symbol: '?' },
    { id: 'cycling', label: 'Cycling link', color: '#CC79A7', symbol: '⇄', icon: 'bike' },
  ] satisfies Category[],
};

export const liechtensteinAttribution = '© OpenStreetMap contributors (ODbL 1.0)';

export const liechtensteinLayers: { slug: string; file: string; name: string; description: string; owner: string; style: LayerStyle; legend: LegendRow[]; illustrative?: boolean; visibleByDefault: boolean }[] = [
  {
    slug: 'municipalities',
    file: 'municipalities.geojson',
    name: 'Municipalities',
    description: 'The eleven municipalities: the plan crosses their borders, and so do most trips.',
    owner: 'Joint planning office',
    style: { color: '#5B534B', opacity: 0.04, outline: '#5B534B', width: 1.5 },
    legend: [{ label: 'Municipal boundary', color: '#5B534B' }],
    visibleByDefault: true,
  },
  {
    slug: 'rhine-flood',
    file: 'rhine-flood-illustrative.geojson',
    name: 'Rhine flood bands',
    description: 'Bands by distance from the Rhine, drawn to start the discussion about where the river could reach. For the official hazard maps, see the national geoportal.',
    owner: 'Office for the environment',
    style: { color: { by: 'band', match: [['high', '#D55E00'], ['medium', '#E69F00'], ['low', '#F0E442']], fallback: '#999999' }, opacity: 0.35 },
    legend: [
      { label: 'Within 300 m of the river', color: '#D55E00' },
      { label: '300 – 800 m from the river', color: '#E69F00' },
      { label: '800 m – 1.5 km from the river', color: '#F0E442' },
    ],
    illustrative: true,
    visibleByDefault: true,
  },
  {
    slug: 'water',
    file: 'water.geojson',
    name: 'Rivers, lakes and ponds',
    description: 'The Rhine’s banks, the inland canal, lakes, reservoirs and ponds.',
    owner: 'Office for the environment',
    style: { color: '#0072B2', opacity: 0.5, outline: '#005A8C' },
    legend: [{ label: 'Water', color: '#0072B2' }],
    visibleByDefault: true,
  },
  {
    slug: 'forest',
    file: 'forest.geojson',
    name: 'Forest',
    description: 'Forest and woodland: protection forest on the slopes holds back rockfall and runoff.',
    owner: 'Office for the environment',
    style: { color: '#1B7837', opacity: 0.35, outline: '#0B4F2C', width: 0.5 },
    legend: [{ label: 'Forest or wood', color: '#1B7837' }],
    visibleByDefault: false,
  },
  {
    slug: 'cycle-routes',
    file: 'cycle-routes.geojson',
    name: 'Cycle paths and lanes',
    description: 'Cycle paths, shared paths and painted cycle lanes as mapped in OpenStreetMap (2015).',
    owner: 'Joint planning office',
    style: { color: { by: 'kind', match: [['cycleway', '#CC79A7'], ['shared path', '#8E4585'], ['cycle lane', '#E7A3CF']], fallback: '#CC79A7' }, opacity: 0.9, width: 2.5 },
    legend: [
      { label: 'Cycle path', color: '#CC79A7' },
      { label: 'Shared path', color: '#8E4585' },
      { label: 'Painted cycle lane', color: '#E7A3CF' },
    ],
    visibleByDefault: true,
  },
];

const point = (lng: number, lat: number): Geometry => ({ type: 'Point', coordinates: [lng, lat] });
const line = (...coordinates: [number, number][]): Geometry => ({ type: 'LineString', coordinates });

export const liechtensteinMarks: (Omit<DemoAnnotation, 'category' | 'about' | 'scenario'> & { category: string })[] = [
  { author: 'jan@example.org', kind: 'point', category: 'concern', daysAgo: 6, text: 'The old wooden bridge to Sevelen is the only crossing for cyclists here, and it closes when the river is high.', geometry: point(9.5075, 47.1374) },
  { author: 'priya@example.org', kind: 'line', category: 'cycling', daysAgo: 6, text: 'A direct cycle link from Schaan station to Vaduz centre along the Rhine dam, away from the main road.', geometry: line([9.5036, 47.1655], [9.5021, 47.1540], [9.5085, 47.1425]) },
  { author: 'tom@example.org', kind: 'point', category: 'concern', daysAgo: 5, text: 'Basements in Ruggell flooded in 2005 when the inland canal backed up.', geometry: point(9.5262, 47.2405) },
  { author: 'aisha@example.org', kind: 'line', category: 'cycling', daysAgo: 5, text: 'Eschen to Mauren: children cycle to school on the road shoulder. A separate path please.', geometry: line([9.5225, 47.2105], [9.5330, 47.2150], [9.5430, 47.2185]) },
  { author: 'citizen@example.org', kind: 'point', category: 'idea', daysAgo: 4, text: 'Give the river more room here: the fields between dam and motorway could flood on purpose and protect the villages.', geometry: point(9.4950, 47.0900) },
  { author: 'facilitator@example.org', kind: 'point', category: 'question', daysAgo: 4, text: 'Workshop question: which trip between two villages would you make by bike if it felt safe? Draw it.', geometry: point(9.5210, 47.1650) },
  { author: 'jan@example.org', kind: 'line', category: 'cycling', daysAgo: 3, text: 'Balzers to Triesen along the foot of the slope, through the orchards: flat and quiet.', geometry: line([9.5010, 47.0670], [9.5150, 47.0860], [9.5280, 47.1070]) },
  { author: 'priya@example.org', kind: 'point', category: 'question', daysAgo: 2, text: 'Is the Rhine dam path going to stay open to bikes during the dam works?', geometry: point(9.4990, 47.1850) },
  { author: 'tom@example.org', kind: 'point', category: 'idea', daysAgo: 1, text: 'Secure bike parking at the Schaan-Vaduz station would make the train + bike trip to Buchs realistic.', geometry: point(9.5095, 47.1668) },
];

export const liechtensteinProposals: (Omit<DemoProposal, 'category'> & { category: string })[] = [
  {
    author: 'aisha@example.org',
    title: 'A valley cycle route from Balzers to Ruggell',
    geometry: line([9.5010, 47.0670], [9.5150, 47.0860], [9.5200, 47.1400], [9.5090, 47.1660], [9.5150, 47.2100], [9.5260, 47.2400]),
    body: 'One continuous, signposted cycle route through all the valley villages, separated from the main road where traffic is fast.\n\nToday the pieces exist, but the gaps between municipalities are where people give up.',
    category: 'cycling',
    daysAgo: 8,
    status: 'under_review',
    answer: { by: 'councillor@example.org', body: 'Thank you. The joint planning office is mapping the gaps with each municipality; we will publish the list here in the spring.' },
    supporters: ['priya@example.org', 'jan@example.org', 'citizen@example.org', 'tom@example.org'],
    comments: [{ author: 'jan@example.org', body: 'The stretch between Schaan and Eschen is the worst gap.', replies: [{ author: 'aisha@example.org', body: 'Agreed, it is on my mark too.' }] }],
  },
  {
    author: 'citizen@example.org',
    title: 'Room for the Rhine south of Vaduz',
    geometry: point(9.4950, 47.0900),
    body: 'Move the dam back where farmland allows, so the Rhine can spread in a flood instead of rising against the villages.',
    category: 'idea',
    daysAgo: 5,
    status: 'published',
    supporters: ['tom@example.org', 'priya@example.org'],
    comments: [{ author: 'tom@example.org', body: 'Farmers need to be compensated fairly, or this will not happen.' }],
  },
];
