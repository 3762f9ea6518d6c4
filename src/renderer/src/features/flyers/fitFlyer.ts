// Fits a drawn flyer to its page, in the browser's own layout: the type first grows or shrinks within
// the layout's range; when even the smallest type is too tall, the least important parts give way, one
// at a time (the last of the next meetings, then the highlights, then the welcome from its last
// paragraph), so the name, when, where, the contact details and the QR code are never what is lost. The
// contact details and the QR code sit outside the part that can be cut (FlyerSheet), so if the flyer
// still does not fit, what falls off is the end of the middle, and the fit says which part that is and
// which parts take the room. Tear-off tabs shrink their type to a floor of 8 pt, then shorten the name so
// the phone number (or email) stays whole on every tab.
//
// The sheet marks what this needs: [data-part] on each part a coordinator can be told about,
// [data-give-way] on the items that may be left out (with the group they belong to), [data-clip] on the
// part that is cut if anything is. Left-out items get [data-left-out] (hidden by the stylesheet).
import { fitTabs, resetTabs, type TabsFit } from './fitTabs';

export type FlyerPart =
  'name' | 'welcome' | 'when' | 'where' | 'access' | 'places' | 'join' | 'dates' | 'contact' | 'qr' | 'footer';

/**
 * What a coordinator can shorten to make a flyer fit, from the most likely (the welcome only when it is
 * the group's own text: only then is it marked as a part).
 */
const EDITABLE: readonly FlyerPart[] = ['join', 'access', 'welcome', 'where', 'places', 'name'];

export interface FlyerFit {
  /** nothing is cut off: every part shown is whole on the page */
  fits: boolean;
  /** the scale the text is set at, as a multiple of the layout's base size */
  scale: number;
  /** how many of the listed dates were left out to make room, of how many */
  datesLeftOut: number;
  datesListed: number;
  highlightsLeftOut: boolean;
  /** paragraphs of the welcome left out, from the last, of how many */
  welcomeLeftOut: number;
  welcomeParagraphs: number;
  /** parts cut off at the edge of the page (only when it does not fit) */
  cut: FlyerPart[];
  /** the parts that take the room: shortening one of these would give back what gave way, or fit the page */
  causes: FlyerPart[];
  /** null for a layout without tabs */
  tabs: TabsFit | null;
}

export interface FitRange {
  /** the largest and smallest sizes allowed, as multiples of the layout's base size */
  max: number;
  min: number;
}

const STEP = 0.04;
/** The order in which items give way: the least important first. */
const GIVE_WAY = ['date', 'highlights', 'welcome'] as const;
type GiveWay = (typeof GIVE_WAY)[number];

const overflowBy = (element: HTMLElement): number =>
  Math.max(0, element.scrollHeight - element.clientHeight - 1) +
  Math.max(0, element.scrollWidth - element.clientWidth - 1);

/** How far the flyer's body, or its part that can be cut, runs over: 0 when everything is on the page. */
function overflow(body: HTMLElement): number {
  let total = overflowBy(body);
  for (const region of body.querySelectorAll<HTMLElement>('[data-clip]')) total += overflowBy(region);
  return total;
}

function setScale(body: HTMLElement, scale: number): void {
  // Four places, so the smallest large print (16/17 of 17 pt) is not rounded below 16 pt.
  body.style.setProperty('--flyer-scale', scale.toFixed(4));
}

/** Sets the largest scale in `range` at which the body fits, or the smallest; says whether it fits. */
function fitScale(body: HTMLElement, range: FitRange): { scale: number; fits: boolean } {
  let scale = range.max;
  setScale(body, scale);
  while (overflow(body) > 0 && scale > range.min + 1e-9) {
    scale = Math.max(range.min, scale - STEP);
    setScale(body, scale);
  }
  return { scale, fits: overflow(body) === 0 };
}

/** The items of each give-way group in reading order, and how many of each are shown (always the first). */
class GiveWayItems {
  readonly items: Record<GiveWay, HTMLElement[]>;
  readonly shown: Record<GiveWay, number>;

  constructor(private readonly body: HTMLElement) {
    const of = (group: GiveWay) => [...body.querySelectorAll<HTMLElement>(`[data-give-way="${group}"]`)];
    this.items = { date: of('date'), highlights: of('highlights'), welcome: of('welcome') };
    this.shown = {
      date: this.items.date.length,
      highlights: this.items.highlights.length,
      welcome: this.items.welcome.length,
    };
    this.apply();
  }

  set(group: GiveWay, count: number): void {
    this.shown[group] = count;
    this.apply();
  }

  snapshot(): Record<GiveWay, number> {
    return { ...this.shown };
  }

  restore(shown: Record<GiveWay, number>): void {
    Object.assign(this.shown, shown);
    this.apply();
  }

  private apply(): void {
    for (const group of GIVE_WAY) {
      this.items[group].forEach((item, index) => leaveOut(item, index >= this.shown[group]));
    }
    // A list with nothing left in it goes with its heading.
    const dates = this.body.querySelector<HTMLElement>('[data-part="dates"]');
    if (dates) leaveOut(dates, this.items.date.length > 0 && this.shown.date === 0);
    const welcome = this.body.querySelector<HTMLElement>('.flyer-welcome');
    if (welcome) leaveOut(welcome, this.items.welcome.length > 0 && this.shown.welcome === 0);
  }
}

function leaveOut(element: HTMLElement, out: boolean): void {
  if (out) element.setAttribute('data-left-out', '');
  else element.removeAttribute('data-left-out');
}

const partsOf = (body: HTMLElement): HTMLElement[] =>
  [...body.querySelectorAll<HTMLElement>('[data-part]')].filter((part) => part.closest('[data-left-out]') === null);

const partName = (element: HTMLElement): FlyerPart => element.dataset.part as FlyerPart;

/** The parts that reach past the edge of what is shown: the page's, or the cut part's. */
function cutParts(body: HTMLElement): FlyerPart[] {
  const cut = new Set<FlyerPart>();
  for (const part of partsOf(body)) {
    const box = part.getBoundingClientRect();
    if (box.height === 0 && box.width === 0) continue;
    let limit = body.getBoundingClientRect();
    const region = part.parentElement?.closest<HTMLElement>('[data-clip]');
    if (region && body.contains(region)) {
      const clip = region.getBoundingClientRect();
      limit = new DOMRect(
        Math.max(limit.left, clip.left),
        Math.max(limit.top, clip.top),
        Math.min(limit.right, clip.right) - Math.max(limit.left, clip.left),
        Math.min(limit.bottom, clip.bottom) - Math.max(limit.top, clip.top),
      );
    }
    if (box.bottom > limit.bottom + 1 || box.right > limit.right + 1) cut.add(partName(part));
  }
  return [...cut];
}

/** How many lines of its own type a part takes up. */
function linesOf(element: HTMLElement): number {
  const style = getComputedStyle(element);
  const line = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.35;
  return element.getBoundingClientRect().height / line;
}

/**
 * What takes the room, measured: each part a coordinator can shorten is left out in turn, and the parts
 * whose absence alone would end the overflow are named, the biggest saving first; when none does alone,
 * the biggest savings until they add up to the overflow.
 */
function causesOf(body: HTMLElement): FlyerPart[] {
  const before = overflow(body);
  if (before === 0) return [];
  const savings: Array<{ part: FlyerPart; saved: number; fits: boolean }> = [];
  for (const name of EDITABLE) {
    const elements = partsOf(body).filter((part) => partName(part) === name);
    // A part of one line (a short name) is not what makes a flyer long, whatever leaving it out saves.
    if (elements.reduce((lines, element) => lines + linesOf(element), 0) < 1.5) continue;
    for (const element of elements) leaveOut(element, true);
    const after = overflow(body);
    for (const element of elements) leaveOut(element, false);
    if (after < before) savings.push({ part: name, saved: before - after, fits: after === 0 });
  }
  savings.sort((a, b) => Number(b.fits) - Number(a.fits) || b.saved - a.saved);
  const alone = savings.filter((saving) => saving.fits);
  if (alone.length > 0) return alone.slice(0, 2).map((saving) => saving.part);
  const causes: FlyerPart[] = [];
  let saved = 0;
  for (const saving of savings.slice(0, 3)) {
    causes.push(saving.part);
    saved += saving.saved;
    if (saved >= before) break;
  }
  return causes;
}

/**
 * Fits the flyer drawn in `body` (and its tear-off `tabs`, if any) to its page; sets the type size and
 * leaves out what must give way, on the elements themselves, in one layout pass per try.
 */
export function fitFlyer(body: HTMLElement, range: FitRange, tabs: HTMLElement | null): FlyerFit {
  const giveWay = new GiveWayItems(body);
  const datesListed = giveWay.items.date.length;
  const welcomeParagraphs = giveWay.items.welcome.length;
  const result = (fits: boolean, scale: number, cut: FlyerPart[], causes: FlyerPart[]): FlyerFit => ({
    fits,
    scale,
    datesLeftOut: datesListed - giveWay.shown.date,
    datesListed,
    highlightsLeftOut: giveWay.shown.highlights < giveWay.items.highlights.length,
    welcomeLeftOut: welcomeParagraphs - giveWay.shown.welcome,
    welcomeParagraphs,
    cut,
    causes,
    tabs: tabs ? fitTabs(tabs) : null,
  });

  const whole = fitScale(body, range);
  if (whole.fits) return result(true, whole.scale, [], []);

  // At the smallest type, with everything shown: what takes the room.
  const causes = causesOf(body);

  // Leave out the least important items until the rest fits.
  let fits = false;
  for (const group of GIVE_WAY) {
    while (giveWay.shown[group] > 0) {
      giveWay.set(group, giveWay.shown[group] - 1);
      if (overflow(body) === 0) {
        fits = true;
        break;
      }
    }
    if (fits) break;
  }

  // Something left out early may not have been in the way (a list beside a taller column): bring items
  // back, the most important first, each group from its first missing item, while that costs no room
  // (the page still fits, or what is cut off is no more).
  const settled = giveWay.snapshot();
  for (const group of [...GIVE_WAY].reverse()) {
    while (settled[group] < giveWay.items[group].length) {
      const before = overflow(body);
      giveWay.set(group, settled[group] + 1);
      if (overflow(body) > before) break;
      settled[group] += 1;
    }
    giveWay.restore(settled);
  }

  if (!fits) {
    // Even so, too long: the middle is cut short. Lines it cuts through are hidden whole, so the page
    // ends on a line, not half of one; the coordinator is told what is cut and what takes the room.
    setScale(body, range.min);
    const cut = cutParts(body);
    const stillCauses = causesOf(body);
    hideCutLines(body);
    return result(false, range.min, cut, stillCauses.length > 0 ? stillCauses : causes);
  }
  const final = fitScale(body, range);
  return result(final.fits, final.scale, final.fits ? [] : cutParts(body), causes);
}

/** The lines of text, list items and headings in the part that is cut, each hidden if it is cut through. */
function hideCutLines(body: HTMLElement): void {
  for (const region of body.querySelectorAll<HTMLElement>('[data-clip]')) {
    const bottom = Math.min(region.getBoundingClientRect().bottom, body.getBoundingClientRect().bottom);
    const lines = [...region.querySelectorAll<HTMLElement>('h3, p, li, .flyer-line')].filter(
      // A paragraph of separate lines (an address) is judged line by line.
      (element) => element.querySelector('.flyer-line') === null,
    );
    for (const line of lines) {
      if (line.getBoundingClientRect().bottom > bottom + 0.5) line.setAttribute('data-cut', '');
    }
    // A heading with nothing left under it goes too.
    for (const block of region.querySelectorAll<HTMLElement>('.flyer-block')) {
      const heading = block.querySelector<HTMLElement>(':scope > h3');
      const rest = lines.filter((line) => line !== heading && block.contains(line));
      if (heading && rest.length > 0 && rest.every((line) => line.hasAttribute('data-cut')))
        heading.setAttribute('data-cut', '');
    }
  }
}

/** Puts back everything fitFlyer left out (before the flyer is drawn afresh). */
export function resetFit(body: HTMLElement, tabs: HTMLElement | null): void {
  for (const element of body.querySelectorAll<HTMLElement>('[data-left-out]')) leaveOut(element, false);
  for (const element of body.querySelectorAll<HTMLElement>('[data-cut]')) element.removeAttribute('data-cut');
  if (tabs) resetTabs(tabs);
}
