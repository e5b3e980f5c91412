import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { Language } from '@/lib/analysis/ids';
import type { Translate } from '@/lib/i18n/translate';

export interface TrendSeries {
  label: string;
  color: string;
  /** One value per day; null where there is nothing to show (a day without drafts). */
  values: (number | null)[];
}

interface TrendChartProps {
  /** `data-pc` of the figure. */
  name: string;
  caption: string;
  /** Local `YYYY-MM-DD` days, oldest first. */
  dates: readonly string[];
  series: readonly TrendSeries[];
  /** The y range when it is fixed (the score: 0–100). */
  range?: [number, number];
  language: Language;
  t: Translate;
}

const secondsOf = (date: string) => {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(year!, month! - 1, day!).getTime() / 1000;
};

/**
 * A line chart of daily values drawn with uPlot, with a caption and the same numbers in a table for
 * screen readers and for anyone who prefers them.
 */
export function TrendChart({ name, caption, dates, series, range, language, t }: TrendChartProps) {
  const canvas = useRef<HTMLDivElement>(null);
  const rate = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });
  const day = new Intl.DateTimeFormat(language, { day: 'numeric', month: 'short' });

  useEffect(() => {
    const element = canvas.current;
    if (!element) return;
    const format = new Intl.DateTimeFormat(language, { day: 'numeric', month: 'short' });
    const number = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });
    const shown = (value: number | null | undefined, text: (value: number) => string) => (value === null || value === undefined ? '–' : text(value));
    const muted = getComputedStyle(element).getPropertyValue('--pc-muted').trim() || '#59636e';
    const grid = getComputedStyle(element).getPropertyValue('--pc-border').trim() || '#d1d9e0';
    const axis = { stroke: muted, grid: { stroke: grid, width: 1 }, ticks: { stroke: grid, width: 1 } };
    const chart = new uPlot(
      {
        width: Math.max(280, element.clientWidth),
        height: 220,
        legend: { show: series.length > 1 },
        cursor: { drag: { x: false, y: false } },
        scales: { x: { time: true }, y: range ? { range } : { range: (_u, _min, max) => [0, Math.max(1, max)] } },
        axes: [
          { ...axis, values: (_u, splits) => splits.map((split) => format.format(new Date(split * 1000))) },
          { ...axis, size: 40 },
        ],
        // The legend names the day and the values in the interface's language.
        series: [
          { label: t('progress.date'), value: (_u, value) => shown(value, (seconds) => format.format(new Date(seconds * 1000))) },
          ...series.map(({ label, color }) => ({ label, stroke: color, width: 2, spanGaps: true, points: { size: 5 }, value: (_u: uPlot, value: number | null) => shown(value, (n) => number.format(n)) })),
        ],
      },
      [dates.map(secondsOf), ...series.map(({ values }) => values)] as uPlot.AlignedData,
      element,
    );
    const resize = new ResizeObserver(() => chart.setSize({ width: Math.max(280, element.clientWidth), height: 220 }));
    resize.observe(element);
    return () => {
      resize.disconnect();
      chart.destroy();
    };
  }, [dates, series, range, language, t]);

  return (
    <figure className="trend-chart" data-pc={name}>
      <figcaption>{caption}</figcaption>
      <div ref={canvas} className="chart-canvas" aria-hidden="true" />
      <details>
        <summary>{t('progress.chartTable')}</summary>
        <table className="chart-table">
          <thead>
            <tr>
              <th scope="col">{t('progress.date')}</th>
              {series.map(({ label }) => (
                <th scope="col" key={label}>
                  {label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {dates.map((date, index) => (
              <tr key={date}>
                <th scope="row">{day.format(new Date(secondsOf(date) * 1000))}</th>
                {series.map(({ label, values }) => (
                  <td key={label}>{values[index] === null ? '–' : rate.format(values[index]!)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
