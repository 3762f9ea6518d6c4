// One flyer, laid out on one page of paper. On screen it is drawn at the paper's size, so the preview
// is what prints; every word is real text, so a PDF of it can be searched and read aloud.
import { useRef } from 'react';
import type { FlyerContent } from '../../domain/flyer';
import type { FlyerLayout, FlyerSize } from './flyerOptions';
import { ContactBlock, DatesBlock, JoinBlock, QrBlock, TearOffTabs, WhenBlock, WhereBlock } from './FlyerBlocks';
import { useFitToPage, type FitRange } from './useFitToPage';

export const TEAR_OFF_TABS = 10;
/**
 * How far each layout's text may grow or shrink to fill its page. Large print's body is set at 17 pt
 * and never drops below 16 pt; the others (13 pt) never below 9 pt.
 */
const FIT: Record<FlyerLayout, FitRange> = {
  standard: { max: 1.24, min: 0.7 },
  tearoff: { max: 1.16, min: 0.7 },
  large: { max: 1.16, min: 16 / 17 },
};

export function FlyerSheet({
  content,
  layout,
  size,
  qr,
  onFit,
}: {
  content: FlyerContent;
  layout: FlyerLayout;
  size: FlyerSize;
  qr: boolean;
  /** told whether the text fits the page once it has been measured */
  onFit?: (fits: boolean) => void;
}) {
  const body = useRef<HTMLDivElement>(null);
  useFitToPage(body, FIT[layout], `${layout}|${size}|${qr}|${JSON.stringify(content)}`, onFit);
  const qrBlock = qr ? <QrBlock content={content} /> : null;

  return (
    <section
      className={`flyer-page flyer-${layout} flyer-${size}`}
      lang={content.language}
      aria-label={content.groupName}
    >
      <div className="flyer-body" ref={body}>
        <header className="flyer-head">
          <p className="flyer-program">{content.programName}</p>
          <h2 className="flyer-name">{content.groupName}</h2>
        </header>
        <div className="flyer-welcome">
          {content.welcome.map((paragraph, index) => (
            <p key={index}>{paragraph}</p>
          ))}
        </div>
        {layout === 'large' ? (
          // Large print: the schedule gets the full width so it stays on one line, and the contact
          // details get a row of their own instead of a narrow column.
          <>
            <WhenBlock content={content} />
            <div className="flyer-columns">
              <div>
                <WhereBlock content={content} />
                <JoinBlock content={content} />
              </div>
              <DatesBlock content={content} />
            </div>
            <div className="flyer-row">
              <ContactBlock content={content} />
              {qrBlock}
            </div>
          </>
        ) : (
          <>
            <ul className="flyer-highlights">
              {content.highlights.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
            <div className="flyer-columns">
              <div>
                <WhenBlock content={content} />
                <WhereBlock content={content} />
                <JoinBlock content={content} />
                <ContactBlock content={content} />
              </div>
              <div>
                <DatesBlock content={content} />
                {qrBlock}
              </div>
            </div>
          </>
        )}
        {content.organisation && <footer className="flyer-foot">{content.organisation}</footer>}
      </div>
      {layout === 'tearoff' && <TearOffTabs name={content.tab.name} phone={content.tab.phone} count={TEAR_OFF_TABS} />}
    </section>
  );
}
