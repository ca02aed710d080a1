import * as React from 'react';
import { mergeClasses } from '@fluentui/react-components';
import { useStrings } from '../../app/contexts';
import { useRegisterStyles } from '../registers/registers.styles';
import { useBarChartStyles } from './BarChart.styles';

/** One series of a chart: its name and one value per category. */
export interface ChartSeries {
  name: string;
  values: number[];
}

/** Props of {@link BarChart}. */
export interface BarChartProps {
  title: string;
  categories: string[];
  /** One or two series (e.g. received and closed). */
  series: ChartSeries[];
  /** What the chart shows in one sentence, for screen readers (the table below gives every value). */
  summary: string;
  /** Columns (months) or bars (categories with long names). */
  orientation: 'columns' | 'bars';
  /** The header of the table's first column (what the categories are). */
  categoryLabel: string;
}

const WIDTH = 640;

/**
 * A small accessible bar chart in SVG: the picture is one image with a spoken summary, and the same numbers are in a
 * table under it (open by a keyboard-reachable "as a table"), so nothing depends on seeing the bars.
 */
export function BarChart(props: BarChartProps): React.ReactElement {
  const styles = useBarChartStyles();
  const card = useRegisterStyles();
  const strings = useStrings().registers.dashboard;
  const max = Math.max(1, ...props.series.map((s) => Math.max(0, ...s.values)));
  const seriesClass = [styles.series0, styles.series1];
  const swatchClass = [styles.swatch0, styles.swatch1];
  const n = props.categories.length;
  let picture: React.ReactElement;
  if (props.orientation === 'columns') {
    const height = 200;
    const top = 18;
    const bottom = 22;
    const slot = WIDTH / Math.max(1, n);
    const barWidth = Math.max(4, (slot * 0.7) / props.series.length);
    picture = (
      <svg className={styles.svg} viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={props.summary}>
        <line className={styles.axis} x1={0} x2={WIDTH} y1={height - bottom} y2={height - bottom} />
        {props.categories.map((category, i) => (
          <g key={category}>
            {props.series.map((s, k) => {
              const h = ((height - top - bottom) * s.values[i]) / max;
              const x = i * slot + slot * 0.15 + k * barWidth;
              return (
                <g key={s.name}>
                  <rect className={seriesClass[k % 2]} x={x} width={barWidth - 1} y={height - bottom - h} height={h} />
                  {s.values[i] > 0 && (
                    <text className={styles.value} x={x + barWidth / 2} y={height - bottom - h - 4} textAnchor="middle">
                      {s.values[i]}
                    </text>
                  )}
                </g>
              );
            })}
            <text className={styles.label} x={i * slot + slot / 2} y={height - 6} textAnchor="middle">
              {category}
            </text>
          </g>
        ))}
      </svg>
    );
  } else {
    // bars are drawn in HTML, so long category names wrap and stay readable at any width
    const values = props.series[0].values;
    picture = (
      <div className={styles.bars} role="img" aria-label={props.summary}>
        {props.categories.map((category, i) => (
          <div key={category} className={styles.barRow}>
            <span className={styles.barLabel}>{category}</span>
            <span className={styles.barValue}>{values[i]}</span>
            <span className={styles.barTrack}>
              <span className={styles.barFill} style={{ width: `${(100 * values[i]) / max}%`, minWidth: values[i] > 0 ? '2px' : 0 }} />
            </span>
          </div>
        ))}
      </div>
    );
  }
  return (
    <figure className={mergeClasses(card.card, styles.figure)}>
      <figcaption className={styles.title}>{props.title}</figcaption>
      {props.series.length > 1 && (
        <ul className={styles.legend}>
          {props.series.map((s, k) => (
            <li key={s.name} className={styles.legendItem}>
              <span className={mergeClasses(styles.swatch, swatchClass[k % 2])} aria-hidden="true" />
              {s.name}
            </li>
          ))}
        </ul>
      )}
      {picture}
      <details className={styles.details}>
        <summary className={styles.summary}>{strings.showTable}</summary>
        <table className={styles.table}>
          <caption className={styles.title}>{props.title}</caption>
          <thead>
            <tr>
              <th scope="col">{props.categoryLabel}</th>
              {props.series.map((s) => (
                <th key={s.name} scope="col">
                  {s.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {props.categories.map((category, i) => (
              <tr key={category}>
                <th scope="row">{category}</th>
                {props.series.map((s) => (
                  <td key={s.name}>{s.values[i]}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
