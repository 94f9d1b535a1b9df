import { z } from '@/lib/zod';

import { LOCALES } from '@/lib/i18n/locales';
import { CATEGORY_ICONS } from '@/lib/process/category-icons';
import { wellFormedText } from '@/lib/schemas/text';

export const PROCESS_STATUSES = ['draft', 'open', 'closed', 'archived'] as const;
export const processStatusSchema = z.enum(PROCESS_STATUSES);
export type ProcessStatus = z.infer<typeof processStatusSchema>;

export const slugSchema = wellFormedText()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'slugInvalid');

/** [west, south, east, north] in WGS84 degrees. */
export const boundsSchema = z
  .tuple([z.number().min(-180).max(180), z.number().min(-90).max(90), z.number().min(-180).max(180), z.number().min(-90).max(90)])
  .refine(([w, s, e, n]) => w < e && s < n, 'boundsInvalid');
export type Bounds = z.infer<typeof boundsSchema>;

const hexColor = wellFormedText().regex(/^#[0-9a-fA-F]{6}$/, 'colorInvalid');

export const categorySchema = z.object({
  id: wellFormedText().regex(/^[a-z][a-z0-9-]{0,31}$/),
  label: wellFormedText().min(1).max(40),
  color: hexColor,
  /** A symbol drawn with the colour so a category never relies on colour alone. */
  symbol: wellFormedText().min(1).max(2),
  /** The label in the process's other languages; `label` is the main language's. */
  labels: z.partialRecord(z.enum(LOCALES), wellFormedText().trim().min(1).max(40)).optional(),
  /** One of the icons we ship, drawn on the map and in lists beside colour and symbol. */
  icon: z.enum(CATEGORY_ICONS).optional(),
});
export type Category = z.infer<typeof categorySchema>;
export const categoriesSchema = z.array(categorySchema).max(12);

/** A territory outline: one ring of [lon, lat] corners, closed, at most 2,000 corners. */
export const territorySchema = z.object({
  type: z.literal('Polygon'),
  coordinates: z.array(z.array(z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)])).min(4).max(2000)).length(1),
});
export type Territory = z.infer<typeof territorySchema>;

export const TITLE_MAX = 120;
export const DESCRIPTION_MAX = 20_000;
export const QUESTION_MAX = 300;

/** Title, description and question in one language other than the main one; an absent field falls back to the main text. */
export const processTextsSchema = z.object({
  title: wellFormedText().trim().max(TITLE_MAX, 'titleTooLong').optional(),
  description: wellFormedText().max(DESCRIPTION_MAX, 'bodyTooLong').optional(),
  question: wellFormedText().trim().max(QUESTION_MAX).optional(),
});
export const translationsSchema = z.partialRecord(z.enum(LOCALES), processTextsSchema);
export type ProcessTranslations = z.infer<typeof translationsSchema>;

/** A process as the browser and the public API receive it. */
export type ProcessView = {
  id: string;
  slug: string;
  /** The main language's text (`language`); `translations` holds the others. */
  title: string;
  /** Sanitised HTML. */
  description: string;
  question: string;
  language: (typeof LOCALES)[number];
  translations: ProcessTranslations;
  opensAt: string | null;
  closesAt: string | null;
  /** The territory's outline when it is more than the bounds' rectangle. */
  territory: Territory | null;
  status: z.infer<typeof processStatusSchema>;
  bounds: Bounds;
  /** The id of its basemap (lib/schemas/basemap.ts), and what the map draws for it. */
  basemap: string;
  basemapSource: import('./basemap').BasemapSource;
  categories: Category[];
  allowOppose: boolean;
  createdAt: string;
  updatedAt: string;
  layers: import('./layer').LayerView[];
  scenarios: import('./layer').ScenarioView[];
};
