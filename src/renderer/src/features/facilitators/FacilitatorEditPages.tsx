// Adding an applicant and editing a facilitator's details.
import { useEffect, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from '../../ui/router';
import { addApplicant, getFacilitator, saveFacilitatorDetails } from '../../db/facilitators';
import { todayIso } from '../../domain/dates';
import { USUALLY_WAITING_ON } from '../../domain/pipeline';
import { PageHeader } from '../../ui/PageHeader';
import { nothingChanged, fieldErrorsOf, type FieldErrors, reasonOf } from '../../ui/forms';
import { applicantFormSchema, facilitatorFormSchema, type FacilitatorFormValues } from './facilitatorForm';
import { FacilitatorForm } from './FacilitatorForm';
import { StatusLine } from './StatusLine';
import { type ActionStatus } from './useAction';

export function NewFacilitatorPage() {
  const navigate = useNavigate();
  const [values, setValues] = useState<FacilitatorFormValues>({
    name: '',
    phone: '',
    email: '',
    affiliateId: '',
    languages: 'English',
    waitingOn: USUALLY_WAITING_ON.applied,
    notes: '',
    appliedOn: todayIso(),
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState<ActionStatus | null>(null);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const parsed = applicantFormSchema.safeParse(values);
    if (!parsed.success) return setErrors(fieldErrorsOf(parsed.error));
    setErrors({});
    try {
      const person = await addApplicant(parsed.data);
      navigate(`/facilitators/${person.id}`, { state: { message: `${person.name} was added as an applicant.` } });
    } catch (error) {
      setStatus({
        kind: 'problem',
        text: nothingChanged(`The applicant could not be saved: ${reasonOf(error)}`),
      });
    }
  }

  return (
    <>
      <PageHeader title="Add applicant">
        <p>Someone who would like to facilitate. They start at "Applied"; you move them on as screening goes.</p>
      </PageHeader>
      <FacilitatorForm
        values={values}
        errors={errors}
        onChange={setValues}
        onSubmit={onSubmit}
        askAppliedOn
        submitLabel="Save applicant"
        footer={
          <Link className="button" to="/facilitators">
            Cancel
          </Link>
        }
      />
      <StatusLine status={status} />
    </>
  );
}

export function EditFacilitatorPage() {
  const { facilitatorId = '' } = useParams();
  const navigate = useNavigate();
  const [values, setValues] = useState<FacilitatorFormValues | null | undefined>(undefined);
  const [savedName, setSavedName] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState<ActionStatus | null>(null);

  useEffect(() => {
    let live = true;
    void getFacilitator(facilitatorId).then((person) => {
      if (!live) return;
      setSavedName(person?.name ?? '');
      setValues(
        person
          ? {
              name: person.name,
              phone: person.phone,
              email: person.email,
              affiliateId: person.affiliateId ?? '',
              languages: person.languages.join(', '),
              waitingOn: person.waitingOn,
              notes: person.notes,
              appliedOn: '',
            }
          : null,
      );
    });
    return () => {
      live = false;
    };
  }, [facilitatorId]);

  if (values === undefined) return <PageHeader title="Edit details" />;
  if (values === null) {
    return (
      <>
        <PageHeader title="Facilitator not found" />
        <p>
          This person was deleted or never existed. <Link to="/facilitators">Back to facilitators</Link>
        </p>
      </>
    );
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const parsed = facilitatorFormSchema.safeParse(values);
    if (!parsed.success) return setErrors(fieldErrorsOf(parsed.error));
    setErrors({});
    try {
      const person = await saveFacilitatorDetails(facilitatorId, parsed.data);
      navigate(`/facilitators/${person.id}`, { state: { message: 'Details saved.' } });
    } catch (error) {
      setStatus({ kind: 'problem', text: nothingChanged(`The details could not be saved: ${reasonOf(error)}`) });
    }
  }

  return (
    <>
      <PageHeader title={`Edit ${savedName}`} />
      <FacilitatorForm
        values={values}
        errors={errors}
        onChange={setValues}
        onSubmit={onSubmit}
        askAppliedOn={false}
        submitLabel="Save details"
        footer={
          <Link className="button" to={`/facilitators/${facilitatorId}`}>
            Cancel
          </Link>
        }
      />
      <StatusLine status={status} />
    </>
  );
}
