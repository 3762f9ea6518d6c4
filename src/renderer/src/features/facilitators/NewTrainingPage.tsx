// Planning a training: its dates, place and trainer.
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from '../../ui/router';
import { planTraining } from '../../db/trainings';
import { plusDays, todayIso } from '../../domain/dates';
import { PageHeader } from '../../ui/PageHeader';
import { ErrorSummary, TextField } from '../../ui/fields';
import { nothingChanged, fieldErrorsOf, type FieldErrors, reasonOf } from '../../ui/forms';
import { StatusLine } from './StatusLine';
import { type ActionStatus } from './useAction';
import { trainingFormSchema, type TrainingFormValues } from './trainingForm';

export function NewTrainingPage() {
  const navigate = useNavigate();
  const [values, setValues] = useState<TrainingFormValues>(() => ({
    startDate: todayIso(),
    endDate: plusDays(todayIso(), 1),
    place: '',
    trainer: '',
  }));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState<ActionStatus | null>(null);
  const set = (key: keyof TrainingFormValues) => (value: string) => setValues({ ...values, [key]: value });

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const parsed = trainingFormSchema.safeParse(values);
    if (!parsed.success) return setErrors(fieldErrorsOf(parsed.error));
    setErrors({});
    try {
      const training = await planTraining(parsed.data);
      navigate(`/facilitators/trainings/${training.id}`, {
        state: { message: 'Training saved. Now enroll trainees.' },
      });
    } catch (error) {
      setStatus({ kind: 'problem', text: nothingChanged(`The training could not be saved: ${reasonOf(error)}`) });
    }
  }

  return (
    <>
      <PageHeader title="Plan a training" />
      <form className="form" onSubmit={onSubmit} noValidate>
        <ErrorSummary errors={errors} />
        <div className="form-grid">
          <TextField
            label="First day"
            type="date"
            value={values.startDate}
            error={errors.startDate}
            onChange={(e) => set('startDate')(e.target.value)}
          />
          <TextField
            label="Last day"
            type="date"
            value={values.endDate}
            error={errors.endDate}
            help="The facilitator training usually runs over two days."
            onChange={(e) => set('endDate')(e.target.value)}
          />
          <TextField
            label="Place"
            wide
            value={values.place}
            error={errors.place}
            onChange={(e) => set('place')(e.target.value)}
          />
          <TextField
            label="Trainer"
            wide
            value={values.trainer}
            error={errors.trainer}
            onChange={(e) => set('trainer')(e.target.value)}
          />
        </div>
        <div className="button-row">
          <button className="button primary" type="submit">
            Save training
          </button>
          <Link className="button" to="/facilitators/trainings">
            Cancel
          </Link>
        </div>
      </form>
      <StatusLine status={status} />
    </>
  );
}
