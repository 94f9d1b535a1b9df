// Proposals, comments, votes and official answers of the demo's first weeks.
import type { Geometry } from '@/lib/geo/geometry';

export type DemoProposal = {
  geometry?: Geometry;
  author: string;
  title: string;
  body: string;
  category: 'idea' | 'concern' | 'question';
  daysAgo: number;
  status: 'published' | 'under_review' | 'accepted' | 'rejected';
  answer?: { by: string; body: string };
  supporters: string[];
  comments: { author: string; body: string; replies?: { author: string; body: string }[] }[];
};

export const demoProposals: DemoProposal[] = [
  {
    author: 'citizen@example.org',
    title: 'Plane trees along Fleet Street',
    geometry: { type: 'LineString', coordinates: [[-0.1110, 51.5141], [-0.1075, 51.5142], [-0.1040, 51.5140]] },
    body: 'Plant a continuous row of plane trees on the south side of Fleet Street, from Ludgate Circus to Chancery Lane.\n\nThe street is the hottest walking route in the area in summer and the bus stops have no shade.',
    category: 'idea',
    daysAgo: 9,
    status: 'accepted',
    answer: { by: 'councillor@example.org', body: 'Accepted. The highways team has checked the pavement width and the services underneath: 18 trees can go in during the 2026–27 planting season. We will publish the planting plan here.' },
    supporters: ['priya@example.org', 'tom@example.org', 'aisha@example.org', 'jan@example.org', 'facilitator@example.org'],
    comments: [
      { author: 'priya@example.org', body: 'Yes! And please choose species that cope with drought.', replies: [{ author: 'citizen@example.org', body: 'Good point — the tree officer suggested a mix of plane and Chinese elm.' }] },
      { author: 'tom@example.org', body: 'Will this take space from the cycle lane?' },
    ],
  },
  {
    author: 'jan@example.org',
    title: 'A water square in Smithfield',
    geometry: { type: 'Polygon', coordinates: [[[-0.1030, 51.5182], [-0.1015, 51.5182], [-0.1015, 51.5173], [-0.1030, 51.5173], [-0.1030, 51.5182]]] },
    body: 'Rebuild the square north of the market as a water square: a playground and seating most of the year that holds rainwater during storms, like the ones in Rotterdam.',
    category: 'idea',
    daysAgo: 7,
    status: 'under_review',
    answer: { by: 'councillor@example.org', body: 'Thank you. Our drainage engineers are studying how much water the square could hold. We will answer fully after the study, expected in February.' },
    supporters: ['citizen@example.org', 'aisha@example.org', 'priya@example.org'],
    comments: [{ author: 'aisha@example.org', body: 'Love this. Could local schools help design it?' }],
  },
  {
    author: 'tom@example.org',
    title: 'Flood doors for the basement flats on Upper Thames Street',
    geometry: { type: 'Point', coordinates: [-0.0968, 51.5111] },
    body: 'Several basement flats flooded in 2021. Fund flood doors and non-return valves for the homes closest to the river.',
    category: 'concern',
    daysAgo: 6,
    status: 'published',
    supporters: ['jan@example.org', 'priya@example.org'],
    comments: [{ author: 'jan@example.org', body: 'The Environment Agency has a grant for property flood resilience — worth applying.' }],
  },
  {
    author: 'aisha@example.org',
    title: 'Open the Inns of Court gardens in heatwaves',
    body: 'Ask the Inns to open their gardens to the public on days with a heat alert, as cool spaces for residents and workers.',
    category: 'question',
    daysAgo: 4,
    status: 'published',
    supporters: ['citizen@example.org'],
    comments: [],
  },
  {
    author: 'priya@example.org',
    title: 'Car-free Cheapside on summer Sundays',
    body: 'Close Cheapside to motor traffic on summer Sundays and fill it with shade sails, seating and water play.',
    category: 'idea',
    daysAgo: 3,
    status: 'rejected',
    answer: { by: 'councillor@example.org', body: 'Not this year: Cheapside is a diversion route for the bus network during the Bank junction works until 2027. We will look at it again once the works end.' },
    supporters: ['aisha@example.org'],
    comments: [{ author: 'tom@example.org', body: 'A pity, but understandable. Can we try a smaller street instead?' }],
  },
];

/**
 * A long discussion under the Fleet Street trees, so the demo shows a thread read a page at a time
 * ("Show more comments"): these remarks, in turn, by the demo's residents.
 */
export const fleetStreetDiscussion = {
  title: 'Plane trees along Fleet Street',
  authors: ['priya@example.org', 'tom@example.org', 'aisha@example.org', 'jan@example.org'],
  remarks: [
    'The bus stop by St Bride’s is unbearable in July. Shade would help a lot.',
    'Please keep the pavement wide enough for wheelchairs and prams.',
    'Who waters the young trees in the first summers?',
    'Plane trees drop a lot of leaves; will the street cleaning change?',
    'A tree pit with seating around it would be lovely.',
    'Good for the shops too: people stay longer in the shade.',
    'Check the roots will not damage the old cellars under the pavement.',
    'Could the school on Bride Lane plant one of them?',
    'Less glare on the office windows as well.',
    'Birds will come back to the street. Count me in.',
    'Mix in some smaller species near the junctions so drivers can see.',
    'Happy to help water them on weekends.',
  ],
  rounds: 5,
};
