// The organisation's details, used on flyers, letters and reports.
import { useEffect, useState, type FormEvent } from 'react';
import { getSettings, saveSettings } from '../../db/settings';
import { PageHeader } from '../../ui/PageHeader';
import { ErrorSummary, SelectField, TextArea, TextField } from '../../ui/fields';
import { fieldErrorsOf, type FieldErrors, reasonOf } from '../../ui/forms';
import { Notice } from '../../ui/Notice';
import { settingsFormSchema, timeZoneOptions, type SettingsForm } from './settingsForm';
import { AppInfoPanel } from './AppInfoPanel';
import { DemoDataPanel } from './DemoDataPanel';
import { DeviceNamePanel } from '../exchange/DeviceNamePanel';

export function SettingsPage() {
  const [form, setForm] = useState<SettingsForm | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState<{ kind: 'success' | 'problem'; text: string } | null>(null);

  useEffect(() => {
    let live = true;
    void getSettings().then((settings) => {
      if (!live) return;
      const { id: _id, createdAt: _c, updatedAt: _u, deletedAt: _d, changedBy: _b, ...fields } = settings;
      setForm(fields);
    });
    return () => {
      live = false;
    };
  }, []);

  if (!form) return <PageHeader title="Settings" />;

  const set =
    <K extends keyof SettingsForm>(key: K) =>
    (value: SettingsForm[K]) => {
      setForm({ ...form, [key]: value });
      setStatus(null);
    };

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const parsed = settingsFormSchema.safeParse(form);
    if (!parsed.success) {
      setErrors(fieldErrorsOf(parsed.error));
      setStatus(null);
      return;
    }
    setErrors({});
    try {
      await saveSettings(parsed.data);
      setStatus({ kind: 'success', text: 'Settings saved.' });
    } catch (error) {
      setStatus({
        kind: 'problem',
        text: `The settings could not be saved: ${reasonOf(error)}. What was saved before is kept.`,
      });
    }
  }

  return (
    <>
      <PageHeader title="Settings">
        <p>Your organisation's details appear on flyers, donor letters and monthly reports.</p>
      </PageHeader>
      <form className="form" onSubmit={onSubmit} noValidate>
        <ErrorSummary errors={errors} />
        <h2>Organisation</h2>
        <div className="form-grid">
          <TextField
            label="Organisation name"
            wide
            value={form.name}
            error={errors.name}
            onChange={(e) => set('name')(e.target.value)}
            autoComplete="organization"
          />
          <TextArea
            label="Mailing address"
            wide
            value={form.address}
            error={errors.address}
            help="As it should appear on letters, one line per row."
            rows={3}
            onChange={(e) => set('address')(e.target.value)}
          />
          <TextField
            label="Phone"
            type="tel"
            value={form.phone}
            error={errors.phone}
            onChange={(e) => set('phone')(e.target.value)}
          />
          <TextField
            label="Email"
            type="email"
            value={form.email}
            error={errors.email}
            onChange={(e) => set('email')(e.target.value)}
          />
          <TextField
            label="Website"
            type="url"
            value={form.website}
            error={errors.website}
            help="Printed on flyers, for example https://namiriverbend.org"
            onChange={(e) => set('website')(e.target.value)}
          />
          <TextField
            label="State office phone"
            type="tel"
            value={form.stateOfficePhone}
            error={errors.stateOfficePhone}
            onChange={(e) => set('stateOfficePhone')(e.target.value)}
          />
        </div>
        <h2>Meetings and language</h2>
        <div className="form-grid">
          <SelectField
            label="Time zone"
            value={form.timeZone}
            error={errors.timeZone}
            help="New schedules start in this time zone."
            options={timeZoneOptions(form.timeZone)}
            onChange={(e) => set('timeZone')(e.target.value)}
          />
          <TextField
            label="Default meeting length (minutes)"
            type="number"
            inputMode="numeric"
            min={15}
            max={480}
            value={String(form.defaultMeetingMinutes)}
            error={errors.defaultMeetingMinutes}
            help="Connection groups meet for 90 minutes."
            onChange={(e) => set('defaultMeetingMinutes')(e.target.value)}
          />
          <SelectField
            label="Language for printed material"
            value={form.language}
            error={errors.language}
            options={[
              { value: 'en', label: 'English' },
              { value: 'es', label: 'Spanish (Español)' },
            ]}
            onChange={(e) => set('language')(e.target.value as SettingsForm['language'])}
          />
          <TextArea
            label="Letter signature"
            wide
            value={form.letterSignature}
            error={errors.letterSignature}
            help="The name and title under donor thank-you letters."
            rows={2}
            onChange={(e) => set('letterSignature')(e.target.value)}
          />
        </div>
        <div className="button-row">
          <button className="button primary" type="submit">
            Save settings
          </button>
        </div>
        <div className="status-line" role="status">
          {status && <Notice kind={status.kind}>{status.text}</Notice>}
        </div>
      </form>
      <DeviceNamePanel />
      <AppInfoPanel />
      <DemoDataPanel />
    </>
  );
}
