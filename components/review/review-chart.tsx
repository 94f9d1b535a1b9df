'use client';

// One chart of the review, drawn by Observable Plot, with the same figures in a table for those who
// cannot see it (the chart itself is hidden from screen readers).
import type * as PlotModule from '@observablehq/plot';
import { useEffect, useRef, type ReactNode } from 'react';

type Props = {
  title: string;
  /** Builds the chart; called again whenever `data` changes. */
  draw: (plot: typeof PlotModule, width: number) => SVGSVGElement | HTMLElement;
  data: unknown;
  tableLabel: string;
  table: ReactNode;
  empty: string;
  isEmpty: boolean;
};

export function ReviewChart({ title, draw, data, tableLabel, table, empty, isEmpty }: Props) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = box.current;
    if (!element || isEmpty) return;
    let cancelled = false;
    let chart: Element | null = null;
    void import('@observablehq/plot').then((plot) => {
      if (cancelled) return;
      chart = draw(plot, Math.max(280, element.clientWidth));
      chart.setAttribute('aria-hidden', 'true');
      element.replaceChildren(chart);
    });
    return () => {
      cancelled = true;
      chart?.remove();
    };
    // `draw` is rebuilt on every render; the figures decide when to redraw.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [data, isEmpty]);

  return (
    <figure className="review-chart">
      <figcaption><h3>{title}</h3></figcaption>
      {isEmpty ? <p className="review-empty">{empty}</p> : <div ref={box} className="review-chart-plot" />}
      {!isEmpty && (
        <details>
          <summary>{tableLabel}</summary>
          {table}
        </details>
      )}
    </figure>
  );
}
