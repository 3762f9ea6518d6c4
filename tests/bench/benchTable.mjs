// Turns the benchmark's runs into the printed table: medians, min–max, anchors and targets.

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

export function formatMs(ms) {
  if (ms >= 10_000) return `${(ms / 1000).toFixed(1)} s`;
  if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`;
  if (ms >= 100) return `${Math.round(ms)} ms`;
  return `${ms.toFixed(1)} ms`;
}

export const formatMiB = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

/** "612 ms (580–700)" over the runs. */
export function spread(values, format = formatMs) {
  if (values.length === 0) return '—';
  return `${format(median(values))} (${format(Math.min(...values))}–${format(Math.max(...values))})`;
}

const pad = (text, width) => String(text).padEnd(width);

/**
 * rows: { name, figure: number[] | string, anchorName, anchor: number[], compare: 'ratio' | 'difference',
 *         target: { text, limit }, absolute, format }
 * Ratios and differences are taken run by run (figure and anchor from the same run), then the median.
 */
export function renderTable(rows) {
  const lines = [];
  const header = [
    'measure',
    'median (min–max)',
    'anchor, same runs: median (min–max)',
    'vs anchor',
    'target',
    'result',
  ];
  const widths = [30, 28, 52, 14, 26, 6];
  lines.push(header.map((cell, index) => pad(cell, widths[index])).join(' | '));
  lines.push(widths.map((width) => '-'.repeat(width)).join('-|-'));
  for (const row of rows) {
    const format = row.format ?? formatMs;
    if (typeof row.figure === 'string') {
      lines.push(
        [
          pad(row.name, widths[0]),
          pad(row.figure, widths[1]),
          pad('', widths[2]),
          pad('', widths[3]),
          pad(row.target?.text ?? '', widths[4]),
          '',
        ].join(' | '),
      );
      continue;
    }
    const anchor = row.anchor ? `${row.anchorName}: ${spread(row.anchor)}` : '—';
    let versus = '—';
    let value = median(row.figure);
    if (row.anchor && row.compare === 'ratio') {
      value = median(row.figure.map((figure, index) => figure / row.anchor[index]));
      versus = `${value.toFixed(2)}×`;
    } else if (row.anchor && row.compare === 'difference') {
      value = median(row.figure.map((figure, index) => figure - row.anchor[index]));
      versus = `${value >= 0 ? '+' : ''}${formatMs(value)}`;
    }
    // Some targets are absolute (calendar ≤ 100 ms); the anchor then only gives the figure its scale.
    const judged = row.absolute ? median(row.figure) : value;
    // A target without a limit is a note, judged by no figure.
    const result = row.target?.limit === undefined ? '' : judged <= row.target.limit ? 'pass' : 'miss';
    lines.push(
      [
        pad(row.name, widths[0]),
        pad(spread(row.figure, format), widths[1]),
        pad(anchor, widths[2]),
        pad(versus, widths[3]),
        pad(row.target?.text ?? '', widths[4]),
        result,
      ].join(' | '),
    );
  }
  return lines.join('\n');
}
