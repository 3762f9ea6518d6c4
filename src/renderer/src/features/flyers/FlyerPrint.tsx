// The print view of one or more flyers: the shared print frame, the choices, what to fix, the pages.
import { useCallback, useState } from 'react';
import { Notice } from '../../ui/Notice';
import { PrintFrame } from '../print/PrintFrame';
import { FlyerChoiceFields } from './FlyerChoiceFields';
import { FlyerSheet } from './FlyerSheet';
import type { FlyerSet } from './flyerData';
import { pageSizeOf, type FlyerChoices } from './flyerOptions';

export function FlyerPrint({
  set,
  choices,
  onChoices,
  heading,
  suggestedName,
  backTo,
}: {
  set: FlyerSet;
  choices: FlyerChoices;
  onChoices: (choices: FlyerChoices) => void;
  heading: string;
  suggestedName: string;
  backTo: string;
}) {
  const [tooLong, setTooLong] = useState<ReadonlySet<string>>(new Set());
  const onFit = useCallback((groupId: string, fits: boolean) => {
    setTooLong((current) => {
      if (current.has(groupId) === !fits) return current;
      const next = new Set(current);
      if (fits) next.delete(groupId);
      else next.add(groupId);
      return next;
    });
  }, []);

  const noQr = choices.qr && set.flyers.some((flyer) => flyer.content.qr === null);
  const noContact = set.flyers.filter((flyer) => flyer.content.contact.length === 0);
  const long = set.flyers.filter((flyer) => tooLong.has(flyer.group.id));

  return (
    <PrintFrame
      job={{ title: heading, suggestedName, pageSize: pageSizeOf(choices.size) }}
      heading={heading}
      backTo={backTo}
      backLabel="Back to flyers"
      tools={
        <>
          <FlyerChoiceFields choices={choices} onChange={onChoices} />
          {long.length > 0 && (
            <Notice kind="warning">
              The text of {long.map((flyer) => flyer.group.name).join(', ')} is too long for one page, even in smaller
              type. Shorten the group's flyer text on its group page.
            </Notice>
          )}
          {noQr && (
            <Notice kind="info">
              No QR code where there is no address to point to: add your website in <a href="#/settings">Settings</a>,
              or a join link for an online group.
            </Notice>
          )}
          {noContact.length > 0 && (
            <Notice kind="warning">
              {noContact.length === 1 ? 'This flyer has' : 'Some flyers have'} no phone or email to reach you. Add your
              organisation's phone in <a href="#/settings">Settings</a>.
            </Notice>
          )}
        </>
      }
    >
      <div className="flyer-stack">
        {set.flyers.map((flyer) => (
          <FlyerSheet
            key={flyer.group.id}
            content={flyer.content}
            layout={choices.layout}
            size={choices.size}
            qr={choices.qr}
            onFit={(fits) => onFit(flyer.group.id, fits)}
          />
        ))}
      </div>
    </PrintFrame>
  );
}
