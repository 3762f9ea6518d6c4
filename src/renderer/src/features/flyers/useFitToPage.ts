// Sizes a flyer's text to its page: from the largest size allowed, step by step down until it fits,
// so a short flyer reads from across the room and a long one still fits; says when even the smallest
// allowed size does not fit (the flyer text is too long) rather than letting a line fall off the paper.
// It measures and sets the size on the element itself, so fitting takes one layout pass, not renders.
import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';

const STEP = 0.04;

const overflows = (element: HTMLElement): boolean =>
  element.scrollHeight > element.clientHeight + 1 || element.scrollWidth > element.clientWidth + 1;

export interface FitRange {
  /** the largest and smallest sizes allowed, as multiples of the layout's base size */
  max: number;
  min: number;
}

/**
 * Sets --flyer-scale on `ref`'s element and data-fitted="true" once measured with the bundled
 * typeface; tells `onFit` whether the text fits at a size within `range`.
 */
export function useFitToPage(
  ref: RefObject<HTMLElement | null>,
  range: FitRange,
  key: string,
  onFit?: (fits: boolean) => void,
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
    if (!fontsReady) return;
    let scale = range.max;
    element.style.setProperty('--flyer-scale', scale.toFixed(2));
    while (overflows(element) && scale - STEP >= range.min - 1e-9) {
      scale -= STEP;
      element.style.setProperty('--flyer-scale', scale.toFixed(2));
    }
    element.dataset.fitted = 'true';
    report.current?.(!overflows(element));
  }, [ref, fontsReady, key, range.max, range.min]);
}
