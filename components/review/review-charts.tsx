'use client';

// The review's three charts: contributions per day, per category, and support over time.
import { useFormatter, useTranslations } from 'next-intl';

import type { Category } from '@/lib/schemas/process';
import type { Review } from '@/server/review/get-review';

import { ReviewChart } from './review-chart';

const COLORS = ['#1b6ca8', '#d9822b', '#5a9e4b'];
const utcDay = (day: string) => new Date(`${day}T00:00:00Z`);

function runningTotals(days: Review['support']['byDay']) {
  const totals = { supports: 0, opposes: 0 };
  return days.map((d) => {
    totals.supports += d.supports;
    totals.opposes += d.opposes;
    return { day: d.day, ...totals };
  });
}

export function ReviewCharts({ review, categories }: { review: Review; categories: Category[] }) {
  const t = useTranslations('review');
  const format = useFormatter();
  const dayLabel = (date: Date | string) => format.dateTime(typeof date === 'string' ? utcDay(date) : date, { day: 'numeric', month: 'short', timeZone: 'UTC' });
  const categoryLabel = (id: string) => categories.find((c) => c.id === id)?.label ?? id;
  const kinds = { marks: t('kinds.marks'), proposals: t('kinds.proposals'), comments: t('kinds.comments') };

  const byDay = review.contributions.byDay.flatMap((d) => (['marks', 'proposals', 'comments'] as const).map((kind) => ({ day: utcDay(d.day), kind: kinds[kind], count: d[kind] })));
  const byCategory = review.contributions.byCategory.flatMap((c) => (['marks', 'proposals'] as const).map((kind) => ({ category: categoryLabel(c.category), kind: kinds[kind], count: c[kind] })));
  const support = runningTotals(review.support.byDay).flatMap((d) => [
    { day: utcDay(d.day), kind: t('kinds.supports'), count: d.supports },
    { day: utcDay(d.day), kind: t('kinds.opposes'), count: d.opposes },
  ]);
  const color = { legend: true, range: COLORS };

  return (
    <div className="review-charts">
      <ReviewChart
        title={t('charts.perDay')}
        data={byDay}
        isEmpty={byDay.length === 0}
        empty={t('charts.empty')}
        tableLabel={t('charts.table')}
        draw={(Plot, width) => Plot.plot({ width, height: 240, marginLeft: 48, color, x: { label: null, tickFormat: dayLabel, type: 'utc' }, y: { label: t('charts.count'), grid: true },
          marks: [Plot.rectY(byDay, { x: 'day', y: 'count', fill: 'kind', interval: 'day' }), Plot.ruleY([0])] })}
        table={<table><thead><tr><th scope="col">{t('charts.day')}</th>{Object.values(kinds).map((k) => <th key={k} scope="col">{k}</th>)}</tr></thead>
          <tbody>{review.contributions.byDay.map((d) => <tr key={d.day}><th scope="row">{dayLabel(d.day)}</th><td>{d.marks}</td><td>{d.proposals}</td><td>{d.comments}</td></tr>)}</tbody></table>}
      />
      <ReviewChart
        title={t('charts.perCategory')}
        data={byCategory}
        isEmpty={byCategory.length === 0}
        empty={t('charts.empty')}
        tableLabel={t('charts.table')}
        draw={(Plot, width) => Plot.plot({ width, height: 40 + 32 * review.contributions.byCategory.length, marginLeft: 120, color, x: { label: t('charts.count'), grid: true }, y: { label: null },
          marks: [Plot.barX(byCategory, { y: 'category', x: 'count', fill: 'kind' }), Plot.ruleX([0])] })}
        table={<table><thead><tr><th scope="col">{t('charts.category')}</th><th scope="col">{kinds.marks}</th><th scope="col">{kinds.proposals}</th></tr></thead>
          <tbody>{review.contributions.byCategory.map((c) => <tr key={c.category}><th scope="row">{categoryLabel(c.category)}</th><td>{c.marks}</td><td>{c.proposals}</td></tr>)}</tbody></table>}
      />
      <ReviewChart
        title={t('charts.support')}
        data={support}
        isEmpty={support.length === 0}
        empty={t('charts.empty')}
        tableLabel={t('charts.table')}
        draw={(Plot, width) => Plot.plot({ width, height: 220, marginLeft: 48, color, x: { label: null, tickFormat: dayLabel, type: 'utc' }, y: { label: t('charts.total'), grid: true },
          marks: [Plot.lineY(support, { x: 'day', y: 'count', stroke: 'kind', curve: 'step-after', strokeWidth: 2 }), Plot.dot(support, { x: 'day', y: 'count', fill: 'kind', r: 2 }), Plot.ruleY([0])] })}
        table={<table><thead><tr><th scope="col">{t('charts.day')}</th><th scope="col">{t('kinds.supports')}</th><th scope="col">{t('kinds.opposes')}</th></tr></thead>
          <tbody>{review.support.byDay.map((d) => <tr key={d.day}><th scope="row">{dayLabel(d.day)}</th><td>{d.supports}</td><td>{d.opposes}</td></tr>)}</tbody></table>}
      />
    </div>
  );
}
