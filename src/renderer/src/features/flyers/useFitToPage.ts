// Sizes a flyer's text to its page: from the largest size allowed, step by step down until it fits,
// so a short flyer reads from across the room and a long one still fits; when even the smallest size
// is too tall, the least important parts give way (fitFlyer.ts), and the page is told what was left
// out, or what is cut and why, rather than letting a line fall off the paper unannounced.
// It measures and sets the size on the elements themselves, so fitting takes one layout pass, not renders.
import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { fitFlyer, resetFit, type FitRange, type FlyerFit } from './fitFlyer';

export type { FitRange, FlyerFit } from './fitFlyer';

/**
 * Fits the flyer in `ref`'s element (and its tear-off tabs in `tabsRef`'s, if any), then sets
 * data-fitted="true" on it once measured with the bundled typeface, and tells `onFit` how it went.
 */
export function useFitToPage(
  ref: RefObject<HTMLElement | null>,
  tabsRef: RefObject<HTMLElement | null>,
  range: FitRange,
  key: string,
  onFit?: (fit: FlyerFit) => void,
): void {
  const [fontsReady, setFontsReady] = useState(false);
  const report = useRef(onFit);
  useEffect(() => {
    report.current = onFit;
  });

  useEffect(() => {
    let live = true;
    // Text measured before the typeface arrives would fit differently once it does.
    void document.fonts.ready.then(() => {
      if (live) setFontsReady(true);
    });
    return () => {
      live = false;
    };
  }, []);

  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    element.dataset.fitted = 'false';
    resetFit(element, tabsRef.current);
    if (!fontsReady) return;
    const fit = fitFlyer(element, range, tabsRef.current);
    element.dataset.fitted = 'true';
    report.current?.(fit);
  }, [ref, tabsRef, fontsReady, key, range]);
}
