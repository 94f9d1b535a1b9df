// The demo's processes as an admin would set them up in /admin: the London process in four
// languages with its question, dates and kinds of marks with icons, and a draft only staff see.
import type { Category, ProcessTranslations } from '@/lib/schemas/process';
import { db } from '@/server/db';
import { sanitizeDescription } from '@/server/domain/processes/sanitize-description';

import { demoProcess } from './demo-process';

const categories: Category[] = [
  { id: 'idea', label: 'Idea', labels: { fr: 'Idée', nl: 'Idee', de: 'Idee' }, color: '#009E73', symbol: '+', icon: 'star' },
  { id: 'concern', label: 'Concern', labels: { fr: 'Inquiétude', nl: 'Zorg', de: 'Bedenken' }, color: '#D55E00', symbol: '!', icon: 'warning' },
  { id: 'question', label: 'Question', labels: { fr: 'Question', nl: 'Vraag', de: 'Frage' }, color: '#0072B2', symbol: '?', icon: 'question' },
];

const description = `<p>The City is preparing its riverside strategy for 2035: more shade and green space to cool streets in summer heatwaves, and room for the Thames when tides and storms push it higher.</p>
<h2>How to take part</h2>
<ul><li>Look at the map layers.</li><li>Mark the places that matter to you.</li><li>Tell us where trees, water-friendly spaces or safer routes would make the biggest difference.</li></ul>
<p>Open until 31 March 2027. Every contribution is read by the planning team and answered publicly. <a href="https://www.cityoflondon.gov.uk/">City of London</a></p>`;

const translations: ProcessTranslations = {
  fr: {
    title: 'Bords de Tamise : chaleur et inondations, horizon 2035',
    question: 'Où des arbres, de l’eau ou des trajets plus sûrs changeraient-ils le plus les choses ?',
    description: '<p>La City prépare sa stratégie des berges pour 2035 : plus d’ombre et de verdure pour rafraîchir les rues pendant les canicules, et de la place pour la Tamise quand marées et tempêtes la font monter.</p><h2>Comment participer</h2><ul><li>Regardez les couches de la carte.</li><li>Marquez les lieux qui comptent pour vous.</li></ul><p>Ouvert jusqu’au 31 mars 2027.</p>',
  },
  nl: {
    title: 'Theemsoever: hitte en overstromingen tot 2035',
    question: 'Waar zouden bomen, water of veiligere routes het meeste verschil maken?',
    description: '<p>De City werkt aan haar oeverstrategie voor 2035: meer schaduw en groen om straten koel te houden tijdens hittegolven, en ruimte voor de Theems als getij en storm het water opstuwen.</p><h2>Zo doet u mee</h2><ul><li>Bekijk de kaartlagen.</li><li>Markeer de plekken die voor u belangrijk zijn.</li></ul><p>Open tot 31 maart 2027.</p>',
  },
  de: {
    title: 'Themseufer: Hitze und Hochwasser bis 2035',
    question: 'Wo würden Bäume, Wasser oder sicherere Wege am meisten bewirken?',
    description: '<p>Die City erarbeitet ihre Uferstrategie für 2035: mehr Schatten und Grün gegen Hitzewellen und Raum für die Themse, wenn Gezeiten und Stürme sie steigen lassen.</p><h2>So machen Sie mit</h2><ul><li>Sehen Sie sich die Kartenebenen an.</li><li>Markieren Sie Orte, die Ihnen wichtig sind.</li></ul><p>Offen bis 31. März 2027.</p>',
  },
};

const sanitized = (all: ProcessTranslations) => Object.fromEntries(Object.entries(all).map(([locale, texts]) => [locale, { ...texts, description: texts.description && sanitizeDescription(texts.description) }]));

/** Runs after the demo process exists; safe to run again. Returns the draft's slug. */
export async function seedProcessAdmin(adminId: string): Promise<string> {
  await db.process.update({
    where: { slug: demoProcess.slug },
    data: {
      description: sanitizeDescription(description),
      question: 'Where would trees, water or safer routes make the biggest difference?',
      language: 'en',
      translations: JSON.stringify(sanitized(translations)),
      opensAt: new Date('2026-11-01T00:00:00Z'),
      closesAt: new Date('2027-03-31T23:59:59Z'),
      categories: JSON.stringify(categories),
    },
  });
  const [west, south, east, north] = demoProcess.bounds;
  const draft = {
    title: 'Riverside lighting: safer walks after dark',
    description: sanitizeDescription('<p>A draft, seen only by staff: where should the riverside path be lit, and how, without harming the river’s wildlife?</p>'),
    question: 'Where do you feel unsafe walking after dark?',
    status: 'draft',
    boundsWest: west,
    boundsSouth: south,
    boundsEast: east,
    boundsNorth: north,
    opensAt: new Date('2027-04-15T00:00:00Z'),
    closesAt: new Date('2027-06-30T23:59:59Z'),
    categories: JSON.stringify([{ id: 'dark-spot', label: 'Dark spot', labels: { fr: 'Endroit sombre', nl: 'Donkere plek', de: 'Dunkle Stelle' }, color: '#E69F00', symbol: '●', icon: 'walk' }] satisfies Category[]),
  };
  await db.process.upsert({ where: { slug: 'riverside-lighting' }, update: draft, create: { slug: 'riverside-lighting', ...draft, createdById: adminId } });
  return 'riverside-lighting';
}
