// The Rhine valley process's description as an admin writes it with the formatting toolbar: headings,
// a numbered and a bulleted list, bold, and a link, in each of the four languages.
import { parseTranslations } from '@/lib/process/localized';
import type { PrismaClient } from '@/server/generated/prisma/client';
import { sanitizeDescription } from '@/server/domain/processes/sanitize-description';

import { liechtensteinProcess } from './liechtenstein-process';

const GEOPORTAL = '<a href="https://www.geoportal.li/">';

const descriptions: Record<'en' | 'fr' | 'nl' | 'de', string> = {
  en: `<p>The eleven municipalities of Liechtenstein are preparing <strong>one shared plan</strong> for the Rhine valley: where the river needs more room when it floods, and how people can cycle safely from one village to the next.</p><h2>How to take part</h2><ol><li><p>Look at the layers: flood bands, water, forest and cycle routes.</p></li><li><p>Mark the places that matter to you.</p></li><li><p>Tell us which links are missing and where water already comes too close.</p></li></ol><h3>What happens next</h3><ul><li><p>Open until <em>30 June 2027</em>.</p></li><li><p>The joint planning office answers every proposal publicly.</p></li></ul><p>Official hazard maps are on the ${GEOPORTAL}national geoportal</a>.</p>`,
  fr: `<p>Les onze communes du Liechtenstein préparent <strong>un plan commun</strong> pour la vallée du Rhin : où le fleuve a besoin de place en crue, et comment aller à vélo d’un village à l’autre en sécurité.</p><h2>Comment participer</h2><ol><li><p>Regardez les couches : zones inondables, eau, forêt et itinéraires cyclables.</p></li><li><p>Marquez les lieux qui comptent pour vous.</p></li><li><p>Dites-nous quelles liaisons manquent et où l’eau arrive déjà trop près.</p></li></ol><h3>Et ensuite</h3><ul><li><p>Ouvert jusqu’au <em>30 juin 2027</em>.</p></li><li><p>Le bureau de planification commun répond publiquement à chaque proposition.</p></li></ul><p>Les cartes officielles des dangers sont sur le ${GEOPORTAL}géoportail national</a>.</p>`,
  nl: `<p>De elf gemeenten van Liechtenstein maken <strong>één gezamenlijk plan</strong> voor het Rijndal: waar de rivier meer ruimte nodig heeft bij hoogwater, en hoe mensen veilig van dorp naar dorp fietsen.</p><h2>Zo doet u mee</h2><ol><li><p>Bekijk de lagen: overstromingszones, water, bos en fietsroutes.</p></li><li><p>Markeer de plekken die voor u belangrijk zijn.</p></li><li><p>Vertel ons welke verbindingen ontbreken en waar het water al te dichtbij komt.</p></li></ol><h3>Wat er daarna gebeurt</h3><ul><li><p>Open tot <em>30 juni 2027</em>.</p></li><li><p>Het gezamenlijke planningsbureau beantwoordt elk voorstel openbaar.</p></li></ul><p>De officiële gevarenkaarten staan op het ${GEOPORTAL}nationale geoportaal</a>.</p>`,
  de: `<p>Die elf Gemeinden Liechtensteins erarbeiten <strong>einen gemeinsamen Plan</strong> für das Rheintal: wo der Fluss bei Hochwasser mehr Raum braucht und wie man sicher von Dorf zu Dorf Rad fährt.</p><h2>So machen Sie mit</h2><ol><li><p>Sehen Sie sich die Ebenen an: Hochwasserzonen, Gewässer, Wald und Radrouten.</p></li><li><p>Markieren Sie Orte, die Ihnen wichtig sind.</p></li><li><p>Sagen Sie uns, welche Verbindungen fehlen und wo das Wasser schon zu nahe kommt.</p></li></ol><h3>Wie es weitergeht</h3><ul><li><p>Offen bis <em>30. Juni 2027</em>.</p></li><li><p>Das gemeinsame Planungsbüro beantwortet jeden Vorschlag öffentlich.</p></li></ul><p>Die amtlichen Gefahrenkarten finden Sie im ${GEOPORTAL}Geoportal des Landes</a>.</p>`,
};

/** Runs after the Rhine valley process exists; safe to run again. */
export async function seedFormattedDescriptions(db: PrismaClient): Promise<void> {
  const process = await db.process.findUnique({ where: { slug: liechtensteinProcess.slug }, select: { id: true, language: true, translations: true } });
  if (!process) return;
  const translations = parseTranslations(process.translations);
  for (const locale of ['fr', 'nl', 'de'] as const) if (locale !== process.language) translations[locale] = { ...translations[locale], description: sanitizeDescription(descriptions[locale]) };
  await db.process.update({ where: { id: process.id }, data: { description: sanitizeDescription(descriptions.en), translations: JSON.stringify(translations) } });
}
