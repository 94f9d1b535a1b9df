import { z } from '@/lib/zod';

import { wellFormedText } from '@/lib/schemas/text';

export const PROCESS_STATUSES = ['draft', 'open', 'closed', 'archived'] as const;
export const processStatusSchema = z.enum(PROCESS_STATUSES);

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
});
export type Category = z.infer<typeof categorySchema>;
export const categoriesSchema = z.array(categorySchema).max(12);

/** A process as the browser and the public API receive it. */
export type ProcessView = {
  id: string;
  slug: string;
  title: string;
  description: string;
  status: z.infer<typeof processStatusSchema>;
  bounds: Bounds;
  basemap: string;
  categories: Category[];
  allowOppose: boolean;
  createdAt: string;
  updatedAt: string;
  layers: import('./layer').LayerView[];
  scenarios: import('./layer').ScenarioView[];
};
