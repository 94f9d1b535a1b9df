import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

import type { Geometry } from '@/lib/geo/geometry';
import { mapLink } from '@/lib/map/map-link';
import type { Category } from '@/lib/schemas/process';

import { CategorySymbol } from '../annotations/category-symbol';

/** What a proposal is (its category, symbol and name) and where: a link that opens the map there. */
export async function ProposalPlace({ slug, category, geometry }: { slug: string; category: Category | undefined; geometry: Geometry | null }) {
  const t = await getTranslations('participation.proposals');
  return (
    <p className="proposal-place" data-testid="proposal-place">
      {category && (
        <span>
          <CategorySymbol category={category} /> {t('categoryIs', { category: category.label })}
        </span>
      )}
      {geometry ? <Link href={mapLink(slug, geometry)}>{t('showOnMap')}</Link> : <span>{t('noPlace')}</span>}
    </p>
  );
}
