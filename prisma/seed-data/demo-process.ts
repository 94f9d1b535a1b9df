// The demo territory: the City of London's Thames riverside, from the bundled OpenStreetMap extract.
import type { Category } from '@/lib/schemas/process';
import type { LayerStyle, LegendRow } from '@/lib/schemas/layer';

import territory from './demo-territory.json';

const OSM = '© OpenStreetMap contributors (ODbL 1.0)';

export const demoProcess = {
  slug: 'demo',
  title: 'Thames riverside: heat and flood resilience 2035',
  description:
    'The City is preparing its riverside strategy for 2035: more shade and green space to cool streets in summer heatwaves, and room for the Thames when tides and storms push it higher. ' +
    'Look at the map layers, mark the places that matter to you, and tell us where trees, water-friendly spaces or safer routes would make the biggest difference.\n\n' +
    'Open until 31 March 2027. Every contribution is read by the planning team and answered publicly.',
  status: 'open',
  bounds: territory.bounds as [number, number, number, number],
  categories: [
    { id: 'idea', label: 'Idea', color: '#009E73', symbol: '+' },
    { id: 'concern', label: 'Concern', color: '#D55E00', symbol: '!' },
    { id: 'question', label: 'Question', color: '#0072B2', symbol: '?' },
  ] satisfies Category[],
};

type DemoLayer = {
  slug: string;
  name: string;
  description: string;
  owner: string;
  style: LayerStyle;
  legend: LegendRow[];
  illustrative?: boolean;
  visibleByDefault: boolean;
  /** File under prisma/seed-data/layers, imported like any upload. */
  file: string;
};

export const demoLayers: DemoLayer[] = [
  {
    slug: 'green-space',
    file: 'green-space.geojson',
    name: 'Green space',
    description: 'Parks, gardens, churchyards and lawns: the places that keep streets cooler in a heatwave.',
    owner: 'Parks and open spaces team',
    style: { color: '#009E73', opacity: 0.5, outline: '#00694D' },
    legend: [{ label: 'Park, garden or lawn', color: '#009E73' }],
    visibleByDefault: true,
  },
  {
    slug: 'buildings',
    file: 'buildings.geojson',
    name: 'Buildings by height',
    description: 'Every building with its height: measured where known, otherwise estimated from its number of floors (3.5 m a floor).',
    owner: 'Planning and building control',
    style: {
      color: { by: 'height_m', base: '#FDE6C8', steps: [[15, '#F6A96B'], [40, '#D8574A'], [100, '#7A1F4F']], missing: '#CFC8BE' },
      opacity: 0.75,
      outline: '#8C7F72',
      width: 0.5,
      extrude: 'height_m',
    },
    legend: [
      { label: 'Under 15 m', color: '#FDE6C8' },
      { label: '15 – 40 m', color: '#F6A96B' },
      { label: '40 – 100 m', color: '#D8574A' },
      { label: '100 m and taller', color: '#7A1F4F' },
      { label: 'Height not known', color: '#CFC8BE' },
    ],
    visibleByDefault: false,
  },
  {
    slug: 'water',
    file: 'water.geojson',
    name: 'River and water',
    description: 'The Thames and the fountains and ponds of the area.',
    owner: 'Environment and flood team',
    style: { color: '#0072B2', opacity: 0.45, outline: '#005A8C' },
    legend: [{ label: 'River, pond or fountain', color: '#0072B2' }],
    visibleByDefault: true,
  },
  {
    slug: 'flood-risk',
    file: 'flood-risk-illustrative.geojson',
    name: 'Flood risk bands',
    description: 'Bands by distance from the Thames, drawn to start the discussion about where water could reach. For official flood data, see the Environment Agency’s flood map for planning.',
    owner: 'Climate resilience team',
    style: {
      color: { by: 'band', match: [['high', '#D55E00'], ['medium', '#E69F00'], ['low', '#F0E442']], fallback: '#999999' },
      opacity: 0.45,
    },
    legend: [
      { label: 'Closest to the river (within 80 m)', color: '#D55E00' },
      { label: '80 – 200 m from the river', color: '#E69F00' },
      { label: '200 – 350 m from the river', color: '#F0E442' },
    ],
    illustrative: true,
    visibleByDefault: true,
  },
  {
    slug: 'plan-2035',
    file: 'plan-2035-green-blue.geojson',
    name: 'Plan 2035: new green and blue spaces',
    description: 'The draft plan’s new pocket parks, rain gardens, tree-lined streets and green roofs. Shapes are indicative: tell us what you think of each one.',
    owner: 'Planning and building control',
    style: {
      color: { by: 'kind', match: [['park', '#2E8B57'], ['rain-garden', '#56B4E9'], ['square', '#A6D96A'], ['green-roof', '#66A61E'], ['street-trees', '#1B7837']], fallback: '#2E8B57' },
      opacity: 0.65,
      outline: '#0B4F2C',
      width: 1.5,
    },
    legend: [
      { label: 'Pocket or play park', color: '#2E8B57' },
      { label: 'Rain garden', color: '#56B4E9' },
      { label: 'Shaded square', color: '#A6D96A' },
      { label: 'Green roofs', color: '#66A61E' },
      { label: 'Street trees', color: '#1B7837' },
    ],
    illustrative: true,
    visibleByDefault: false,
  },
];

/** Scenarios of the demo: the layers of each, by slug. */
export const demoScenarios = [
  { name: 'Today', description: 'The riverside as it is: green space, water, buildings and the flood bands.', layers: ['green-space', 'water', 'buildings', 'flood-risk'] },
  { name: 'Plan 2035', description: 'The draft plan: today’s map with the planned green and blue spaces.', layers: ['green-space', 'water', 'buildings', 'flood-risk', 'plan-2035'] },
];

export const demoLayerAttribution = OSM;
