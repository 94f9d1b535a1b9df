'use client';

// The room's figures on the projector: how many are here, and the marks of this session by kind.
import { useTranslations } from 'next-intl';

import { CategorySymbol } from '@/components/annotations/category-symbol';
import type { Category } from '@/lib/schemas/process';

type Props = { categories: Category[]; marks: { category: string; createdAt: number }[]; since: string | null; here: number };

export function LiveTally({ categories, marks, since, here }: Props) {
  const t = useTranslations('live.present');
  const from = since ? Date.parse(since) : 0;
  const counts = new Map<string, number>();
  for (const mark of marks) if (mark.createdAt >= from) counts.set(mark.category, (counts.get(mark.category) ?? 0) + 1);
  return (
    <section aria-labelledby="tally-title" className="live-tally" data-testid="live-tally">
      <h2 id="tally-title" className="visually-hidden">
        {t('tally')}
      </h2>
      <p className="live-tally-here" data-testid="tally-here">
        {t('here', { count: here })}
      </p>
      <table>
        <caption>{t('marksCaption')}</caption>
        <tbody>
          {categories.map((category) => (
            <tr key={category.id}>
              <th scope="row">
                <CategorySymbol category={category} /> {category.label}
              </th>
              <td data-testid={`tally-${category.id}`}>{counts.get(category.id) ?? 0}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
