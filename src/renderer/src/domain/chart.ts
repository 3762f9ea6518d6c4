// Geometry for small bar charts drawn as plain SVG (crisp on screen and on paper, no chart library).

/** A round step for an axis that reaches `max` in about `steps` steps: 1, 2, 2.5 or 5 times a power of ten. */
export function niceStep(max: number, steps = 4): number {
  if (!(max > 0)) return 1;
  const raw = max / steps;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  // 2.5 only where it stays a whole number (25, 250, …): counts have no quarter people.
  const factors = magnitude >= 10 ? [1, 2, 2.5, 5, 10] : [1, 2, 5, 10];
  const step = factors.map((factor) => factor * magnitude).find((candidate) => candidate >= raw) ?? 10 * magnitude;
  // Counts are whole numbers, so an axis never steps by less than one.
  return Math.max(1, step);
}

/** The axis' tick values from 0 to the first step at or above `max`. */
export function axisTicks(max: number, steps = 4): number[] {
  const step = niceStep(max, steps);
  const top = Math.max(step, Math.ceil(max / step) * step);
  const ticks: number[] = [];
  for (let value = 0; value <= top + step / 2; value += step) ticks.push(value);
  return ticks;
}

export interface Bar {
  x: number;
  y: number;
  width: number;
  height: number;
  /** the middle of the bar, for its labels */
  centre: number;
  value: number;
}

export interface BarFrame {
  /** the plot area, inside the axis labels */
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Bars side by side across the frame, from a baseline at the frame's bottom up to `top` (the axis' end). */
export function layoutBars(values: readonly number[], frame: BarFrame, top: number, gap = 0.3): Bar[] {
  if (values.length === 0) return [];
  const slot = frame.width / values.length;
  const width = slot * (1 - gap);
  const baseline = frame.top + frame.height;
  return values.map((value, index) => {
    const height = top > 0 ? (Math.max(0, value) / top) * frame.height : 0;
    const x = frame.left + index * slot + (slot - width) / 2;
    return { x, y: baseline - height, width, height, centre: x + width / 2, value };
  });
}

/** The y coordinate of an axis value. */
export const yOf = (value: number, frame: BarFrame, top: number): number =>
  frame.top + frame.height - (top > 0 ? (value / top) * frame.height : 0);
