// An admin's validated input as the Process row's columns: texts sanitised, JSON fields serialised.
import type { CreateProcessInput, UpdateProcessInput } from '@/lib/schemas/process-input';
import type { ProcessTranslations } from '@/lib/schemas/process';

import { sanitizeDescription } from './sanitize-description';

const date = (value: string | null | undefined) => (value === undefined ? undefined : value === null ? null : new Date(value));

function cleanTranslations(translations: ProcessTranslations): ProcessTranslations {
  return Object.fromEntries(
    Object.entries(translations).map(([locale, texts]) => [locale, texts.description === undefined ? texts : { ...texts, description: sanitizeDescription(texts.description) }]),
  );
}

/** The columns that `input` sets; a field left out of a PATCH is left as it is. */
export function processRowData(input: CreateProcessInput | UpdateProcessInput) {
  const [west, south, east, north] = input.bounds ?? [];
  return {
    slug: input.slug,
    title: input.title,
    description: input.description === undefined ? undefined : sanitizeDescription(input.description),
    question: input.question,
    language: input.language,
    translations: input.translations === undefined ? undefined : JSON.stringify(cleanTranslations(input.translations)),
    status: input.status,
    opensAt: date(input.opensAt),
    closesAt: date(input.closesAt),
    territory: input.territory === undefined ? undefined : input.territory && JSON.stringify(input.territory),
    ...(input.bounds ? { boundsWest: west, boundsSouth: south, boundsEast: east, boundsNorth: north } : {}),
    categories: input.categories === undefined ? undefined : JSON.stringify(input.categories),
    allowOppose: input.allowOppose,
    basemap: input.basemap,
  };
}
