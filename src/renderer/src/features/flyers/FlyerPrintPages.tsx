// The two flyer print pages: one group, or every active group of an affiliate in one document.
import { useParams } from '../../ui/router';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/database';
import { PrintMissing } from '../print/PrintFrame';
import { activeGroupsOf, loadFlyers, loadGroupFlyer } from './flyerData';
import { choicesFrom, choicesQuery, fileSafe } from './flyerOptions';
import { FlyerPrint } from './FlyerPrint';
import { useFlyerChoices } from './useFlyerChoices';

function useChoices() {
  const [choices, setChoices] = useFlyerChoices();
  return { choices, setChoices, query: choicesQuery(choices) };
}

export function GroupFlyerPage() {
  const { groupId = '' } = useParams();
  const { choices, setChoices, query } = useChoices();
  const set = useLiveQuery(() => loadGroupFlyer(groupId, choicesFrom(new URLSearchParams(query))), [groupId, query]);
  const backTo = `/flyers?${query}`;
  if (set === undefined) return <PrintMissing heading="Flyer" backTo={backTo} />;
  const flyer = set?.flyers[0];
  if (!set || !flyer) {
    return (
      <PrintMissing
        heading="Flyer"
        backTo={backTo}
        message="This group could not be found. It may have been deleted."
      />
    );
  }
  return (
    <FlyerPrint
      set={set}
      choices={choices}
      onChoices={setChoices}
      heading={`Flyer: ${flyer.group.name}`}
      suggestedName={`Flyer - ${fileSafe(flyer.group.name)}.pdf`}
      backTo={backTo}
    />
  );
}

export function AffiliateFlyersPage() {
  const { affiliateId = '' } = useParams();
  const { choices, setChoices, query } = useChoices();
  const data = useLiveQuery(async () => {
    const affiliate = await db.affiliates.get(affiliateId);
    if (!affiliate || affiliate.deletedAt !== null) return null;
    const set = await loadFlyers(await activeGroupsOf(affiliate.id), choicesFrom(new URLSearchParams(query)));
    return { affiliate, set };
  }, [affiliateId, query]);
  const backTo = `/flyers?${query}`;
  const heading = 'Flyers for every active group';
  if (data === undefined) return <PrintMissing heading={heading} backTo={backTo} />;
  if (data === null) {
    return <PrintMissing heading={heading} backTo={backTo} message="This affiliate could not be found." />;
  }
  if (data.set.flyers.length === 0) {
    return (
      <PrintMissing heading={heading} backTo={backTo} message={`${data.affiliate.name} has no active groups yet.`} />
    );
  }
  return (
    <FlyerPrint
      set={data.set}
      choices={choices}
      onChoices={setChoices}
      heading={`Flyers for every active group of ${data.affiliate.name}`}
      suggestedName={`Flyers - ${fileSafe(data.affiliate.name)}.pdf`}
      backTo={backTo}
    />
  );
}
