// Fits the tear-off tabs' text: the type shrinks to a floor of 8 pt, then a name still too long is cut to
// whole lines, so the phone number (or email) stays whole on every tab, clear of the cut lines.

export type TabsFit = 'fit' | 'name-cut' | 'contact-cut';

/** Tab type, in points: from the layout's size down to the floor. */
const TAB_SIZES = [10, 9.5, 9, 8.5, 8];
/** Room kept clear of each tab's cut lines, in CSS pixels, each side. */
const TAB_MARGIN = 3;

/** The tabs as drawn, before any fitting. */
export function resetTabs(tabs: HTMLElement): void {
  tabs.style.removeProperty('--tab-size');
  tabs.style.removeProperty('--tab-name-lines');
  tabs.removeAttribute('data-name-cut');
}

/**
 * Fits the text of the tear-off tabs (all alike, so the first is measured): the type shrinks to 8 pt;
 * if the name is still too long, it is cut to whole lines, with an ellipsis, so the phone number or email
 * beside it stays whole and clear of the cut lines.
 */
export function fitTabs(tabs: HTMLElement): TabsFit {
  const tab = tabs.querySelector<HTMLElement>('.flyer-tab');
  const text = tab?.querySelector<HTMLElement>('.flyer-tab-text');
  const name = text?.querySelector<HTMLElement>('.flyer-tab-name');
  const reach = text?.querySelector<HTMLElement>('.flyer-tab-reach');
  if (!tab || !text || !name) return 'fit';
  resetTabs(tabs);
  const room = () => tab.clientWidth - 2 * TAB_MARGIN;
  // Written top to bottom and turned, a tab's lines stand side by side: its text is as wide as its lines.
  const fitsTab = () => text.offsetWidth <= room() && text.scrollHeight <= text.clientHeight + 1;
  for (const size of TAB_SIZES) {
    tabs.style.setProperty('--tab-size', `${size}pt`);
    if (fitsTab()) return 'fit';
  }
  const style = getComputedStyle(name);
  const line = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.2;
  const lines = Math.floor((room() - (reach?.offsetWidth ?? 0)) / line);
  tabs.setAttribute('data-name-cut', '');
  tabs.style.setProperty('--tab-name-lines', String(Math.max(lines, 1)));
  if (lines >= 1 && fitsTab()) return 'name-cut';
  return 'contact-cut';
}
