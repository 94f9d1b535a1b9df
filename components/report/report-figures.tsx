import { getTranslations } from 'next-intl/server';

import type { ProcessView } from '@/lib/schemas/process';
import type { Report } from '@/server/domain/report/get-report';

/** The key figures, then contributions by category and the most supported items, as tables. */
export async function ReportFigures({ process, report }: { process: ProcessView; report: Report }) {
  const t = await getTranslations('report');
  const figures: [string, number][] = [
    [t('registered'), report.participants.registered],
    [t('guests'), report.participants.guests],
    [t('marks'), report.totals.marks],
    [t('proposals'), report.totals.proposals],
    [t('comments'), report.totals.comments],
    [t('supports'), report.totals.supports],
  ];
  const label = (id: string) => process.categories.find((c) => c.id === id)?.label ?? id;
  return (
    <>
      <dl className="report-figures" data-testid="report-figures">
        {figures.map(([name, value]) => (
          <div key={name}>
            <dt>{name}</dt>
            <dd>{value.toLocaleString()}</dd>
          </div>
        ))}
      </dl>
      <div className="report-tables">
        <table>
          <caption>{t('byCategory')}</caption>
          <thead><tr><th scope="col">{t('category')}</th><th scope="col">{t('marks')}</th><th scope="col">{t('proposals')}</th></tr></thead>
          <tbody>
            {report.byCategory.map((row) => (
              <tr key={row.category}><th scope="row">{label(row.category)}</th><td>{row.marks}</td><td>{row.proposals}</td></tr>
            ))}
          </tbody>
        </table>
        <table>
          <caption>{t('mostSupported')}</caption>
          <thead><tr><th scope="col">{t('item')}</th><th scope="col">{t('supports')}</th><th scope="col">{t('comments')}</th></tr></thead>
          <tbody>
            {report.mostSupported.map((item) => (
              <tr key={item.id}><th scope="row">{item.title}</th><td>{item.supports}</td><td>{item.comments}</td></tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
