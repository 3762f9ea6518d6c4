// The last twelve months' meetings held and attendance: two small bar charts in plain SVG, which stay
// crisp when printed, with the same figures in a table for screen readers.
import { useId } from 'react';
import { axisTicks, layoutBars, yOf, type BarFrame } from '../../domain/chart';
import type { ChartPoint } from '../../domain/report';
import { rangeLabel, shortMonth } from '../../domain/reportMonths';
import { countText } from '../../domain/reportFormat';

const WIDTH = 600;
/** Paper is shorter on room than a screen: the printed charts are flatter. */
const HEIGHT = { screen: 210, paper: 155 } as const;
const frameOf = (height: number): BarFrame => ({ left: 48, top: 34, width: WIDTH - 48 - 6, height: height - 34 - 40 });

function BarChart({
  title,
  values,
  months,
  highlight,
  height,
}: {
  title: string;
  values: number[];
  months: string[];
  /** the report's own months, whose labels are bold */
  highlight: (month: string) => boolean;
  height: number;
}) {
  const titleId = useId();
  const FRAME = frameOf(height);
  // Tick labels stay at least 22 units apart, so a flatter (printed) chart gets fewer of them.
  const ticks = axisTicks(Math.max(0, ...values), Math.max(2, Math.min(4, Math.floor(FRAME.height / 22))));
  const top = ticks[ticks.length - 1] ?? 1;
  const bars = layoutBars(values, FRAME, top);
  const baseline = FRAME.top + FRAME.height;
  return (
    <svg
      className="report-chart"
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="img"
      aria-labelledby={titleId}
      preserveAspectRatio="xMidYMid meet"
    >
      <title id={titleId}>{title}</title>
      <text className="chart-title" x={0} y={16}>
        {title}
      </text>
      {ticks.map((tick) => {
        const y = yOf(tick, FRAME, top);
        return (
          <g key={tick}>
            <line className="chart-grid" x1={FRAME.left} x2={FRAME.left + FRAME.width} y1={y} y2={y} />
            <text className="chart-tick" x={FRAME.left - 6} y={y + 4} textAnchor="end">
              {countText(tick)}
            </text>
          </g>
        );
      })}
      {bars.map((bar, index) => {
        const month = months[index] ?? '';
        const withYear = index === 0 || month.endsWith('-01');
        return (
          <g key={month}>
            <rect className="chart-bar" x={bar.x} y={bar.y} width={bar.width} height={bar.height} />
            <text className="chart-value" x={bar.centre} y={bar.y - 4} textAnchor="middle">
              {countText(bar.value)}
            </text>
            <text
              className={highlight(month) ? 'chart-month chart-month-current' : 'chart-month'}
              x={bar.centre}
              y={baseline + 16}
              textAnchor="middle"
            >
              {shortMonth(month, false)}
            </text>
            {withYear && (
              <text className="chart-year" x={bar.centre} y={baseline + 32} textAnchor="middle">
                {month.slice(0, 4)}
              </text>
            )}
          </g>
        );
      })}
      <line className="chart-axis" x1={FRAME.left} x2={FRAME.left + FRAME.width} y1={baseline} y2={baseline} />
    </svg>
  );
}

export function ReportChart({
  points,
  from,
  to,
  paper = false,
}: {
  points: ChartPoint[];
  from: string;
  to: string;
  paper?: boolean;
}) {
  const height = paper ? HEIGHT.paper : HEIGHT.screen;
  const months = points.map((point) => point.month);
  const first = months[0] ?? to;
  const highlight = (month: string) => month >= from && month <= to;
  const caption = `The last 12 months, ${rangeLabel(first, to)}`;
  return (
    <figure className="report-figure print-keep">
      <figcaption>
        <h2 className="report-figure-title">{caption}</h2>
      </figcaption>
      <div className="report-charts">
        <BarChart
          title="Meetings held"
          values={points.map((p) => p.held)}
          months={months}
          highlight={highlight}
          height={height}
        />
        <BarChart
          title="Attendance"
          values={points.map((p) => p.attendance)}
          months={months}
          highlight={highlight}
          height={height}
        />
      </div>
      <table className="visually-hidden">
        <caption>{caption}: meetings held and attendance by month</caption>
        <thead>
          <tr>
            <th scope="col">Month</th>
            <th scope="col">Meetings held</th>
            <th scope="col">Attendance</th>
          </tr>
        </thead>
        <tbody>
          {points.map((point) => (
            <tr key={point.month}>
              <th scope="row">{rangeLabel(point.month, point.month)}</th>
              <td>{point.held}</td>
              <td>{point.attendance}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
