// One flyer, laid out on one page of paper. On screen it is drawn at the paper's size, so the preview
// is what prints; every word is real text, so a PDF of it can be searched and read aloud.
import { useRef } from 'react';
import type { FlyerContent } from '../../domain/flyer';
import type { FlyerLayout, FlyerSize } from './flyerOptions';
import { ContactBlock, DatesBlock, JoinBlock, QrBlock, TearOffTabs, WhenBlock, WhereBlock } from './FlyerBlocks';
import { useFitToPage, type FitRange, type FlyerFit } from './useFitToPage';

export const TEAR_OFF_TABS = 10;
/**
 * How far each layout's text may grow or shrink to fill its page. Large print's body is set at 17 pt
 * and never drops below 16 pt; the others (13 pt) never below 9 pt. Below that, the next meetings, then
 * the highlights, then the welcome give way (fitFlyer.ts).
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
  /** told how the flyer fits its page once it has been measured */
  onFit?: (fit: FlyerFit) => void;
}) {
  const body = useRef<HTMLDivElement>(null);
  const tabs = useRef<HTMLUListElement>(null);
  useFitToPage(body, tabs, FIT[layout], `${layout}|${size}|${qr}|${JSON.stringify(content)}`, onFit);

  return (
    <section
      className={`flyer-page flyer-${layout} flyer-${size}`}
      lang={content.language}
      aria-label={content.groupName}
    >
      <div className="flyer-body" ref={body}>
        <header className="flyer-head">
          <p className="flyer-program">{content.programName}</p>
          <h2 className="flyer-name" data-part="name">
            {content.groupName}
          </h2>
        </header>
        <div className="flyer-welcome" data-part={content.ownWelcome ? 'welcome' : undefined}>
          {content.welcome.map((paragraph, index) => (
            <p key={index} data-give-way="welcome">
              {paragraph}
            </p>
          ))}
        </div>
        {layout !== 'large' && (
          <ul className="flyer-highlights" data-give-way="highlights">
            {content.highlights.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        )}
        {/* The middle of the page is the only part that can be cut short, from its end: the name above
            it, and how to get in touch below it, always print whole. */}
        <div className="flyer-main" data-clip="">
          {layout === 'large' ? (
            // Large print: the schedule gets the full width so it stays on one line; an online group's
            // join details too, beside the place, would be a narrow column of broken lines.
            <>
              <WhenBlock content={content} />
              <div className="flyer-columns">
                <div>{content.where ? <WhereBlock content={content} /> : <JoinBlock content={content} />}</div>
                <DatesBlock content={content} />
              </div>
              {content.where && <JoinBlock content={content} />}
            </>
          ) : (
            <div className="flyer-columns">
              <div>
                <WhenBlock content={content} />
                <WhereBlock content={content} />
                <JoinBlock content={content} />
              </div>
              <div>
                <DatesBlock content={content} />
              </div>
            </div>
          )}
        </div>
        <div className="flyer-row flyer-reach">
          <ContactBlock content={content} />
          {qr && <QrBlock content={content} />}
        </div>
        {content.organisation && (
          <footer className="flyer-foot" data-part="footer">
            {content.organisation}
          </footer>
        )}
      </div>
      {layout === 'tearoff' && (
        <TearOffTabs ref={tabs} name={content.tab.name} phone={content.tab.phone} count={TEAR_OFF_TABS} />
      )}
    </section>
  );
}
