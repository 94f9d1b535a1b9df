// What an admin sends to create or change a process (POST /api/processes, PATCH /api/processes/<slug>),
// shared by the admin form and the route handlers.
import { LOCALES } from '@/lib/i18n/locales';
import { z } from '@/lib/zod';

import { boundsSchema, categoriesSchema, territorySchema, DESCRIPTION_MAX, processStatusSchema, QUESTION_MAX, slugSchema, TITLE_MAX, translationsSchema } from './process';
import { wellFormedText } from './text';

const dateSchema = z.iso.datetime({ offset: true }).or(z.iso.date()).nullable();


const fields = {
  slug: slugSchema,
  title: wellFormedText().trim().min(1, 'empty').max(TITLE_MAX, 'titleTooLong'),
  description: wellFormedText().max(DESCRIPTION_MAX, 'bodyTooLong'),
  question: wellFormedText().trim().max(QUESTION_MAX),
  language: z.enum(LOCALES),
  translations: translationsSchema,
  bounds: boundsSchema,
  territory: territorySchema.nullable(),
  status: processStatusSchema,
  opensAt: dateSchema,
  closesAt: dateSchema,
  categories: categoriesSchema,
  allowOppose: z.boolean(),
  /** A basemap's id from the basemap registry (server/basemaps), or the path of a style we serve. */
  basemap: wellFormedText().min(1).max(200).regex(/^([a-z0-9-]+|\/[\w./-]*)$/),
  /** The admin saw the warning and opens a process whose closing date has passed. */
  confirm: z.boolean(),
};

const datesInOrder = (input: { opensAt?: string | null; closesAt?: string | null }) => !input.opensAt || !input.closesAt || new Date(input.opensAt) < new Date(input.closesAt);
const ORDER = { message: 'datesNotInOrder', path: ['closesAt'] };

export const createProcessSchema = z
  .object({ ...fields, description: fields.description.default(''), question: fields.question.optional(), language: fields.language.optional(), translations: fields.translations.optional(), territory: fields.territory.optional(), status: fields.status.optional(), opensAt: fields.opensAt.optional(), closesAt: fields.closesAt.optional(), categories: fields.categories.optional(), allowOppose: fields.allowOppose.optional(), basemap: fields.basemap.optional(), confirm: fields.confirm.optional() })
  .strict()
  .refine(datesInOrder, ORDER);
export type CreateProcessInput = z.infer<typeof createProcessSchema>;

export const updateProcessSchema = z.object(fields).partial().strict().refine(datesInOrder, ORDER);
export type UpdateProcessInput = z.infer<typeof updateProcessSchema>;
