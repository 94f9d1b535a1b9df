// Marks that the demo's participants have left on the shared map: places that overheat, flood or
// could change, the way a first week of a consultation looks.
import type { AnnotationKind } from '@/lib/collab/annotation';
import type { Geometry } from '@/lib/geo/geometry';

export type DemoAnnotation = {
  author: string;
  kind: AnnotationKind;
  category: 'idea' | 'concern' | 'question';
  text: string;
  geometry: Geometry;
  daysAgo: number;
  /** A feature of a demo layer the mark is about: the layer's slug and the feature's name. */
  about?: { layer: string; feature: string };
  /** The scenario shown when the mark was made. */
  scenario?: string;
};

const point = (lng: number, lat: number): Geometry => ({ type: 'Point', coordinates: [lng, lat] });
const line = (...coordinates: [number, number][]): Geometry => ({ type: 'LineString', coordinates });
const area = (...corners: [number, number][]): Geometry => ({ type: 'Polygon', coordinates: [[...corners, corners[0]]] });

export const demoParticipants = [
  { email: 'priya@example.org', name: 'Priya Shah' },
  { email: 'tom@example.org', name: 'Tom Brennan' },
  { email: 'aisha@example.org', name: 'Aisha Bello' },
  { email: 'jan@example.org', name: 'Jan de Vries' },
];

export const demoAnnotations: DemoAnnotation[] = [
  {
    author: 'aisha@example.org', kind: 'point', category: 'idea', daysAgo: 3, scenario: 'Plan 2035', about: { layer: 'plan-2035', feature: 'Riverside pocket park at Queenhithe' },
    text: 'Yes to this pocket park! Please keep the river steps open so children can reach the foreshore at low tide.', geometry: point(-0.0951, 51.5101),
  },
  {
    author: 'jan@example.org', kind: 'point', category: 'question', daysAgo: 2, scenario: 'Plan 2035', about: { layer: 'plan-2035', feature: "Rain garden on Paul's Walk" },
    text: 'Will the rain garden on the riverside walk still leave room for wheelchairs and prams to pass?', geometry: point(-0.1003, 51.5105),
  },
  { author: 'citizen@example.org', kind: 'point', category: 'concern', daysAgo: 9, text: 'The bus stop here has no shelter. In July people wait in full sun for ten minutes.', geometry: point(-0.1049, 51.5141) },
  { author: 'priya@example.org', kind: 'point', category: 'idea', daysAgo: 9, text: 'Plant a row of plane trees along this stretch of Fleet Street.', geometry: point(-0.1072, 51.5142) },
  { author: 'tom@example.org', kind: 'point', category: 'concern', daysAgo: 8, text: 'Water pooled across the pavement after the storm in June; the drain cannot cope.', geometry: point(-0.1012, 51.5109) },
  { author: 'aisha@example.org', kind: 'point', category: 'idea', daysAgo: 8, text: 'A drinking fountain here would help runners and tourists alike.', geometry: point(-0.0986, 51.5112) },
  { author: 'jan@example.org', kind: 'point', category: 'question', daysAgo: 8, text: 'Is the flood wall along the Embankment high enough for 2035 tides?', geometry: point(-0.1083, 51.5104) },
  { author: 'citizen@example.org', kind: 'point', category: 'idea', daysAgo: 7, text: 'Benches in the shade of the churchyard: a cool place to sit at lunchtime.', geometry: point(-0.0977, 51.5166) },
  { author: 'priya@example.org', kind: 'point', category: 'concern', daysAgo: 7, text: 'Very hot courtyard, all stone, nowhere to sit out of the sun.', geometry: point(-0.0952, 51.5138) },
  { author: 'tom@example.org', kind: 'point', category: 'idea', daysAgo: 7, text: 'Green roof on the car park: it is flat and gets sun all day.', geometry: point(-0.1008, 51.5193) },
  { author: 'aisha@example.org', kind: 'point', category: 'question', daysAgo: 6, text: 'Who maintains these gardens? They were dry and brown all August.', geometry: point(-0.1128, 51.5207) },
  { author: 'jan@example.org', kind: 'point', category: 'idea', daysAgo: 6, text: 'Depave this corner and make a rain garden.', geometry: point(-0.1061, 51.5174) },
  { author: 'facilitator@example.org', kind: 'point', category: 'question', daysAgo: 6, text: 'Workshop question: where do you go to cool down on a hot day? Mark the place.', geometry: point(-0.1017, 51.5152) },
  { author: 'citizen@example.org', kind: 'point', category: 'concern', daysAgo: 5, text: 'The underpass floods every heavy rain and cyclists ride through it.', geometry: point(-0.1037, 51.5116) },
  { author: 'priya@example.org', kind: 'point', category: 'idea', daysAgo: 5, text: 'Misting fountain in the square for summer afternoons.', geometry: point(-0.0995, 51.5141) },
  { author: 'tom@example.org', kind: 'point', category: 'concern', daysAgo: 5, text: 'Basement flats on this street: where would the water go?', geometry: point(-0.0968, 51.5111) },
  { author: 'aisha@example.org', kind: 'point', category: 'idea', daysAgo: 4, text: 'Street trees on Cheapside — the pavement is wide enough.', geometry: point(-0.0939, 51.5142) },
  { author: 'jan@example.org', kind: 'point', category: 'idea', daysAgo: 4, text: 'In Rotterdam water squares hold rainwater and are playgrounds when dry. Could this square be one?', geometry: point(-0.1023, 51.5178) },
  { author: 'councillor@example.org', kind: 'point', category: 'question', daysAgo: 4, text: 'Would residents support closing this lane to traffic on summer weekends?', geometry: point(-0.1043, 51.5162) },
  { author: 'citizen@example.org', kind: 'point', category: 'idea', daysAgo: 3, text: 'Shade sails over the playground, the slide is too hot to touch in summer.', geometry: point(-0.1101, 51.5189) },
  { author: 'priya@example.org', kind: 'point', category: 'concern', daysAgo: 3, text: 'Elderly residents in this block have no cool room; a cooling centre nearby would help.', geometry: point(-0.0935, 51.5196) },
  { author: 'tom@example.org', kind: 'point', category: 'question', daysAgo: 2, text: 'Can the old pumping station be reused as a flood store?', geometry: point(-0.0958, 51.5104) },
  { author: 'aisha@example.org', kind: 'point', category: 'idea', daysAgo: 2, text: 'Wildflower planting on this verge instead of mown grass.', geometry: point(-0.1089, 51.5157) },
  { author: 'jan@example.org', kind: 'point', category: 'concern', daysAgo: 1, text: 'The river path is the only way out for pedestrians if the road floods.', geometry: point(-0.1057, 51.5103) },
  { author: 'citizen@example.org', kind: 'line', category: 'idea', daysAgo: 8, text: 'A shaded walking route from the station to the river: trees all the way.', geometry: line([-0.1047, 51.5199], [-0.1045, 51.5170], [-0.1040, 51.5140], [-0.1036, 51.5112]) },
  { author: 'priya@example.org', kind: 'line', category: 'concern', daysAgo: 6, text: 'This cycle route has no shade at all between the junctions.', geometry: line([-0.1110, 51.5172], [-0.1060, 51.5170], [-0.1010, 51.5168]) },
  { author: 'tom@example.org', kind: 'line', category: 'idea', daysAgo: 4, text: 'Continuous riverside walk with planting, linking the gardens.', geometry: line([-0.1100, 51.5106], [-0.1050, 51.5104], [-0.1000, 51.5107], [-0.0950, 51.5106]) },
  { author: 'aisha@example.org', kind: 'line', category: 'question', daysAgo: 2, text: 'Could this street become one-way to make room for trees on one side?', geometry: line([-0.0990, 51.5150], [-0.0960, 51.5152], [-0.0930, 51.5151]) },
  { author: 'jan@example.org', kind: 'polygon', category: 'idea', daysAgo: 7, text: 'Turn this car park into a pocket park with a rain garden.', geometry: area([-0.1022, 51.5184], [-0.1008, 51.5184], [-0.1008, 51.5176], [-0.1022, 51.5176]) },
  { author: 'citizen@example.org', kind: 'polygon', category: 'concern', daysAgo: 5, text: 'Heat island: all hard surfaces, no trees. It is the hottest place on my way to work.', geometry: area([-0.0972, 51.5148], [-0.0950, 51.5148], [-0.0950, 51.5134], [-0.0972, 51.5134]) },
  { author: 'priya@example.org', kind: 'polygon', category: 'idea', daysAgo: 3, text: 'Open these gardens to the public in heatwaves.', geometry: area([-0.1142, 51.5214], [-0.1120, 51.5214], [-0.1120, 51.5198], [-0.1142, 51.5198]) },
  { author: 'facilitator@example.org', kind: 'polygon', category: 'question', daysAgo: 1, text: 'Study area for the workshop on 3 December: what should change here?', geometry: area([-0.1075, 51.5125], [-0.1030, 51.5125], [-0.1030, 51.5108], [-0.1075, 51.5108]) },
];
