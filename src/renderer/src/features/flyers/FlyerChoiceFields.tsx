// The flyer's choices as labelled fields: layout, paper size, language and the QR code.
import { CheckboxField, SelectField } from '../../ui/fields';
import {
  LANGUAGE_OPTIONS,
  LAYOUT_OPTIONS,
  SIZE_OPTIONS,
  type FlyerChoices,
  type FlyerLanguageChoice,
  type FlyerLayout,
  type FlyerSize,
} from './flyerOptions';

export function FlyerChoiceFields({
  choices,
  onChange,
}: {
  choices: FlyerChoices;
  onChange: (choices: FlyerChoices) => void;
}) {
  return (
    <div className="filters flyer-choices">
      <SelectField
        label="Layout"
        value={choices.layout}
        options={LAYOUT_OPTIONS}
        onChange={(e) => onChange({ ...choices, layout: e.target.value as FlyerLayout })}
      />
      <SelectField
        label="Paper size"
        value={choices.size}
        options={SIZE_OPTIONS}
        onChange={(e) => onChange({ ...choices, size: e.target.value as FlyerSize })}
      />
      <SelectField
        label="Language"
        value={choices.lang}
        options={LANGUAGE_OPTIONS}
        onChange={(e) => onChange({ ...choices, lang: e.target.value as FlyerLanguageChoice })}
      />
      <CheckboxField
        label="Add a QR code"
        checked={choices.qr}
        onChange={(e) => onChange({ ...choices, qr: e.target.checked })}
      />
    </div>
  );
}
