// The flyer choices of the current address, held in state as well so a checkbox or select answers at
// once, while the address (and so the Back button and a reload) follows.
import { useState } from 'react';
import { useSearchParams } from '../../ui/router';
import { choicesFrom, choicesQuery, type FlyerChoices } from './flyerOptions';

export function useFlyerChoices(): [FlyerChoices, (choices: FlyerChoices) => void] {
  const [params, setParams] = useSearchParams();
  const [choices, setChoices] = useState<FlyerChoices>(() => choicesFrom(params));
  const change = (next: FlyerChoices) => {
    setChoices(next);
    setParams(new URLSearchParams(choicesQuery(next)), { replace: true });
  };
  return [choices, change];
}
