// The print view of one or more flyers: the shared print frame, the choices, what to fix, the pages.
import { useCallback, useState } from 'react';
import { Notice } from '../../ui/Notice';
import { PrintFrame } from '../print/PrintFrame';
import { FlyerChoiceFields } from './FlyerChoiceFields';
import { FlyerSheet } from './FlyerSheet';
import type { FlyerSet } from './flyerData';
import type { FlyerFit } from './fitFlyer';
import { fitNotices } from './fitNotices';
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
  // How each flyer fits its page, by group, once measured.
  const [fits, setFits] = useState<ReadonlyMap<string, FlyerFit>>(new Map());
  const onFit = useCallback((groupId: string, fit: FlyerFit) => {
    setFits((current) => {
      if (JSON.stringify(current.get(groupId)) === JSON.stringify(fit)) return current;
      return new Map(current).set(groupId, fit);
    });
  }, []);

  const noQr = choices.qr && set.flyers.some((flyer) => flyer.content.qr === null);
  const noContact = set.flyers.filter((flyer) => flyer.content.contact.length === 0);
  const fitting = set.flyers.flatMap((flyer) => {
    const fit = fits.get(flyer.group.id);
    return fit ? fitNotices(flyer.group.name, flyer.content.tab.phone, fit) : [];
  });
  // What is cut off comes first, right under Print, so no one prints a cut flyer without knowing.
  const cutOff = fitting.filter((notice) => notice.kind === 'warning');
  const gaveWay = fitting.filter((notice) => notice.kind === 'info');

  return (
    <PrintFrame
      job={{ title: heading, suggestedName, pageSize: pageSizeOf(choices.size) }}
      heading={heading}
      backTo={backTo}
      backLabel="Back to flyers"
      tools={
        <>
          {cutOff.map((notice) => (
            <Notice key={notice.text} kind="warning">
              {notice.text}
            </Notice>
          ))}
          <FlyerChoiceFields choices={choices} onChange={onChoices} />
          {gaveWay.map((notice) => (
            <Notice key={notice.text} kind="info">
              {notice.text}
            </Notice>
          ))}
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
            onFit={(fit) => onFit(flyer.group.id, fit)}
          />
        ))}
      </div>
    </PrintFrame>
  );
}
