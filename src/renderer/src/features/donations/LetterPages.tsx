// The two thank-you letter print pages: one gift, or a donor's calendar year.
import { useParams } from '../../ui/router';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Donation, Donor, Settings } from '@shared/model';
import { findDonations, getDonation } from '../../db/donations';
import { getDonor } from '../../db/donors';
import { getSettings } from '../../db/settings';
import { todayIso } from '../../domain/dates';
import { giftLetter, yearLetter, type Letter } from '../../domain/letters';
import { Notice } from '../../ui/Notice';
import { PrintFrame, PrintMissing } from '../print/PrintFrame';
import { useAfterPrint } from '../print/usePrintActions';
import { AcknowledgeBar } from './AcknowledgeBar';
import { LetterView } from './LetterView';
import { useAcknowledgement } from './useAcknowledgement';
import { servedName, useDonationRefs } from './useDonationRefs';

const fileSafe = (text: string) =>
  text
    .replace(/[\\/:*?"<>|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80);

export function GiftLetterPage() {
  const { donationId = '' } = useParams();
  const refs = useDonationRefs();
  const data = useLiveQuery(async () => {
    const [gift, settings] = await Promise.all([getDonation(donationId), getSettings()]);
    return { gift, settings, donor: gift ? await getDonor(gift.donorId) : undefined };
  }, [donationId]);
  if (!data || !refs) return <PrintMissing heading="Thank-you letter" backTo="/donations" />;
  const { gift, donor, settings } = data;
  if (!gift || !donor) {
    return (
      <PrintMissing
        heading="Thank-you letter"
        backTo="/donations"
        message="This gift or its donor could not be found. It may have been deleted."
      />
    );
  }
  const today = todayIso(settings.timeZone);
  const letter = giftLetter({
    organisation: settings,
    donor,
    gift: { ...gift, servedName: servedName(refs, gift) },
    today,
  });
  return (
    <LetterPrintPage
      letter={letter}
      gifts={[gift]}
      donor={donor}
      settings={settings}
      today={today}
      heading={`Thank-you letter to ${donor.name}`}
      suggestedName={`Thank-you letter - ${fileSafe(donor.name)} - ${gift.date}.pdf`}
      backTo={`/donations/${gift.id}`}
    />
  );
}

export function YearLetterPage() {
  const { donorId = '', year = '' } = useParams();
  const refs = useDonationRefs();
  const valid = /^\d{4}$/.test(year);
  const data = useLiveQuery(async () => {
    const [donor, settings] = await Promise.all([getDonor(donorId), getSettings()]);
    const gifts = donor && valid ? await findDonations({ from: `${year}-01-01`, to: `${year}-12-31`, donorId }) : [];
    return { donor, settings, gifts };
  }, [donorId, year, valid]);
  const backTo = `/donations/donors/${donorId}`;
  if (!data || !refs) return <PrintMissing heading="Summary letter" backTo={backTo} />;
  const { donor, settings, gifts } = data;
  if (!donor || !valid) {
    return (
      <PrintMissing heading="Summary letter" backTo="/donations/donors" message="This donor could not be found." />
    );
  }
  if (gifts.length === 0) {
    return (
      <PrintMissing heading="Summary letter" backTo={backTo} message={`${donor.name} gave no gifts in ${year}.`} />
    );
  }
  const today = todayIso(settings.timeZone);
  const letter = yearLetter({
    organisation: settings,
    donor,
    // findDonations lists newest first; the letter reads oldest first.
    gifts: [...gifts].reverse().map((gift) => ({ ...gift, servedName: servedName(refs, gift) })),
    year: Number(year),
    today,
  });
  return (
    <LetterPrintPage
      letter={letter}
      gifts={gifts}
      donor={donor}
      settings={settings}
      today={today}
      heading={`${year} summary letter to ${donor.name}`}
      suggestedName={`Thank-you letter - ${fileSafe(donor.name)} - ${year}.pdf`}
      backTo={backTo}
    />
  );
}

function LetterPrintPage(props: {
  letter: Letter;
  gifts: Donation[];
  donor: Donor;
  settings: Settings;
  today: string;
  heading: string;
  suggestedName: string;
  backTo: string;
}) {
  const acknowledgement = useAcknowledgement(props.letter.giftIds, props.today);
  useAfterPrint(() => void acknowledgement.mark());
  const missing = [
    !props.settings.name.trim() && 'your organisation’s name',
    !props.settings.address.trim() && 'its mailing address',
  ].filter(Boolean);
  return (
    <PrintFrame
      job={{ title: props.heading, suggestedName: props.suggestedName }}
      heading={props.heading}
      backTo={props.backTo}
      tools={
        <>
          {missing.length > 0 && (
            <Notice kind="warning">
              The letterhead is missing {missing.join(' and ')}. Add {missing.length === 1 ? 'it' : 'them'} in{' '}
              <a href="#/settings">Settings</a>.
            </Notice>
          )}
          {!props.donor.address.trim() && (
            <Notice kind="warning">
              {props.donor.name} has no mailing address yet. Add it on{' '}
              <a href={`#/donations/donors/${props.donor.id}`}>their page</a> if you will post this letter.
            </Notice>
          )}
          <AcknowledgeBar gifts={props.gifts} state={acknowledgement} />
        </>
      }
    >
      <LetterView letter={props.letter} />
    </PrintFrame>
  );
}
