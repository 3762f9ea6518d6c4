// The sections of a flyer, each a heading and its lines; FlyerSheet arranges them per layout. Each part
// a coordinator can be told about carries data-part, and each item that may give way to make room
// data-give-way (see fitFlyer.ts).
import { Fragment, type ReactNode, type Ref } from 'react';
import type { FlyerContent } from '../../domain/flyer';
import type { FlyerPart } from './fitFlyer';
import { QrCode } from './QrCode';

/** A time range ("6:30–8:00 PM", "6:30–8:00 p. m.") never breaks across lines. */
const TIME_RANGE = /\d{1,2}:\d{2}(?: ?(?:AM|PM|a\. m\.|p\. m\.))?–\d{1,2}:\d{2} ?(?:AM|PM|a\. m\.|p\. m\.)/g;

export function KeepTimes({ text }: { text: string }) {
  const parts: ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(TIME_RANGE)) {
    parts.push(text.slice(last, match.index));
    parts.push(
      <span key={match.index} className="flyer-nowrap">
        {match[0]}
      </span>,
    );
    last = match.index + match[0].length;
  }
  parts.push(text.slice(last));
  return <>{parts}</>;
}

/** An email address on a narrow tab breaks after its @ or a dot before it breaks anywhere else. */
function BreakAfterDots({ text }: { text: string }) {
  if (!text.includes('@')) return <>{text}</>;
  return (
    <>
      {text.split(/(?<=[@.])/).map((part, index) => (
        <Fragment key={index}>
          {index > 0 && <wbr />}
          {part}
        </Fragment>
      ))}
    </>
  );
}

function Block({
  title,
  className,
  part,
  children,
}: {
  title: string;
  className?: string;
  part?: FlyerPart;
  children: ReactNode;
}) {
  return (
    <section className={className ? `flyer-block ${className}` : 'flyer-block'} data-part={part}>
      <h3>{title}</h3>
      {children}
    </section>
  );
}

export function WhenBlock({ content }: { content: FlyerContent }) {
  return (
    <Block title={content.headings.when} part="when">
      {content.when.length === 0 ? (
        <p>{content.noDates}</p>
      ) : (
        content.when.map((line) => (
          <p key={line} className="flyer-when">
            <KeepTimes text={line} />
          </p>
        ))
      )}
    </Block>
  );
}

export function WhereBlock({ content }: { content: FlyerContent }) {
  const where = content.where;
  if (!where) return null;
  return (
    <Block title={content.headings.where}>
      <div data-part="where">
        <p>
          <strong>{where.venue}</strong>
          {where.room && <>, {where.room}</>}
        </p>
        {where.address.length > 0 && (
          <p>
            {where.address.map((line, index) => (
              <span key={index} className="flyer-line">
                {line}
              </span>
            ))}
          </p>
        )}
      </div>
      {where.accessibility.length > 0 && (
        <ul className="flyer-access" data-part="access">
          {where.accessibility.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      )}
      {/* The places of the other series follow the first place's own notes, so those read as its own. */}
      {where.otherPlaces.length > 0 && (
        <div className="flyer-places" data-part="places">
          {where.otherPlaces.map((line) => (
            <p key={line} className="flyer-place">
              <KeepTimes text={line} />
            </p>
          ))}
        </div>
      )}
    </Block>
  );
}

export function JoinBlock({ content }: { content: FlyerContent }) {
  if (!content.join) return null;
  return (
    <Block title={content.headings.join} part="join">
      {content.join.map((line, index) => (
        <p key={index} className="flyer-join">
          {line}
        </p>
      ))}
    </Block>
  );
}

export function ContactBlock({ content }: { content: FlyerContent }) {
  return (
    <Block title={content.headings.contact} part="contact">
      <dl className="flyer-contact">
        {content.contact.map((row) => (
          <div key={row.label}>
            <dt>{row.label}:</dt> <dd>{row.value}</dd>
          </div>
        ))}
      </dl>
    </Block>
  );
}

export function DatesBlock({ content }: { content: FlyerContent }) {
  if (content.dates.length === 0) return null;
  return (
    <Block title={content.headings.next} className="flyer-dates" part="dates">
      <ul>
        {content.dates.map((date) => (
          <li key={date.key} className={`flyer-date ${date.kind}`} data-give-way="date">
            <KeepTimes text={date.text} />
          </li>
        ))}
      </ul>
    </Block>
  );
}

export function QrBlock({ content }: { content: FlyerContent }) {
  if (!content.qr) return null;
  return (
    <figure className="flyer-qr" data-part="qr">
      <QrCode text={content.qr.url} label={`QR code for ${content.qr.display}`} />
      <figcaption>
        {content.qr.caption}
        <span className="flyer-qr-address">{content.qr.display}</span>
      </figcaption>
    </figure>
  );
}

/**
 * Tabs to tear off, each with the group's name and its phone (or email). fitFlyer shrinks their type,
 * and cuts a name too long for a tab to whole lines so the phone number stays whole.
 */
export function TearOffTabs({
  name,
  phone,
  count,
  ref,
}: {
  name: string;
  phone: string;
  count: number;
  ref?: Ref<HTMLUListElement>;
}) {
  return (
    <ul className="flyer-tabs" ref={ref}>
      {Array.from({ length: count }, (_, index) => (
        <li key={index} className="flyer-tab">
          <span className="flyer-tab-text">
            <strong className="flyer-tab-name">{name}</strong>
            <span className="flyer-tab-reach">
              <BreakAfterDots text={phone} />
            </span>
          </span>
        </li>
      ))}
    </ul>
  );
}
