// The state-scale dataset's facilitators (each step of the pipeline, with a dated history that follows
// its rules) and the trainings that made them "trained". Each group has two facilitator seats; who sat
// in them and when decides who was present at each meeting.
import type { Affiliate, Facilitator, PipelineStatus, Training } from '@shared/model';
import { plusDays } from './dates';
import { USUALLY_WAITING_ON } from './pipeline';
import { baseOn, type DatasetContext } from './stateDatasetBase';
import type { GroupPlan } from './stateDatasetGroups';
import { personName } from './stateDatasetPlaces';
import { streamFor, type Random } from './stateDatasetRandom';

/** One person's time in a group's seat: from the day they joined to the day they left (or still there). */
export interface Stint {
  personId: string;
  from: string;
  to: string | null;
}

export interface People {
  facilitators: Facilitator[];
  trainings: Training[];
  /** per group id, who sat in its seats and when */
  stints: Map<string, Stint[]>;
}

type Step = { status: PipelineStatus; on: string };

const PIPELINE_WEIGHTS: readonly (readonly [PipelineStatus, number])[] = [
  ['certified', 12],
  ['trained', 8],
  ['approved', 10],
  ['screening', 10],
  ['applied', 12],
  ['declined', 25],
  ['inactive', 23],
];

export function buildPeople(context: DatasetContext, plans: GroupPlan[], affiliates: Affiliate[]): People {
  const random = streamFor(context.seed, 'people');
  const trainings = trainingCalendar(context, random);
  const names = new Set<string>();
  const facilitators: Facilitator[] = [];
  const stints = new Map<string, Stint[]>();

  const person = (steps: Step[], affiliateId: string | null, language: string): Facilitator => {
    const last = steps[steps.length - 1] as Step;
    let name = personName(random);
    while (names.has(name))
      name = `${name.split(' ')[0]} ${String.fromCharCode(65 + random.int(0, 25))}. ${name.split(' ').slice(1).join(' ')}`;
    names.add(name);
    const record: Facilitator = {
      ...baseOn(context, random, steps[0]?.on ?? context.start),
      name,
      phone: `(${random.int(200, 989)}) 555-${String(random.int(200, 999)).padStart(4, '0')}`,
      email: random.chance(0.8) ? `${name.toLowerCase().replace(/[^a-z]+/g, '.')}@mail.example.com` : '',
      affiliateId,
      languages: language === 'English' ? ['English'] : [language, 'English'],
      notes: '',
      status: last.status,
      history: steps.map((step) => ({ status: step.status, on: step.on, note: '' })),
      waitingOn: USUALLY_WAITING_ON[last.status],
      trainedOn: steps.find((step) => step.status === 'trained')?.on ?? null,
      certifiedOn: steps.find((step) => step.status === 'certified')?.on ?? null,
      updatedAt: `${last.on}T16:00:00.000Z`,
    };
    facilitators.push(record);
    return record;
  };

  for (const plan of plans) {
    const { group } = plan;
    const seats: Stint[] = [];
    const join = (from: string, to: string | null) => {
      const { steps, training } = stepsToActive(random, trainings, from);
      if (to !== null) steps.push({ status: 'inactive', on: to });
      const joined = person(steps, group.affiliateId, group.language);
      attend(training, joined.id);
      seats.push({ personId: joined.id, from, to });
    };
    const ends = (departure: string | null) => plan.closesOn ?? departure;
    // Seat A changed hands at the handover; seat B kept one person from the start.
    const leaveA = plan.wanted < 2 ? plusDays(context.today, -random.int(20, 120)) : null;
    const leaveB = plan.wanted < 1 ? plusDays(context.today, -random.int(20, 120)) : null;
    if (plan.handover) {
      join(plan.opensOn, plan.handover);
      join(plusDays(plan.handover, 1), ends(leaveA));
    } else {
      join(plan.opensOn, ends(leaveA));
    }
    join(plan.opensOn, ends(leaveB));
    stints.set(group.id, seats);
    group.facilitatorIds = seats.filter((seat) => seat.to === null).map((seat) => seat.personId);
  }

  const remaining = Math.max(0, context.size.facilitators - facilitators.length);
  for (let index = 0; index < remaining; index += 1) {
    const status = index < PIPELINE_WEIGHTS.length ? PIPELINE_WEIGHTS[index]![0] : random.weighted(PIPELINE_WEIGHTS);
    const affiliate = affiliates.length > 0 ? random.pick(affiliates) : null;
    const language = random.weighted([
      ['English', 85],
      ['Spanish', 12],
      ['Vietnamese', 3],
    ] as const);
    const { steps, training } = stepsInPipeline(context, random, trainings, status);
    const joined = person(steps, affiliate?.id ?? null, language);
    if (training) attend(training, joined.id);
    if (status === 'approved') nextTraining(trainings, context.today)?.traineeIds.push(joined.id);
  }
  return { facilitators, trainings, stints };
}

function attend(training: Training, personId: string): void {
  training.traineeIds.push(personId);
  training.attendedIds.push(personId);
}

interface Path {
  steps: Step[];
  /** the training that made them trained, if they got that far */
  training: Training | null;
}

/** Two 2-day trainings a year, spring and autumn, from before the dataset's span to after today. */
function trainingCalendar(context: DatasetContext, random: Random): Training[] {
  const first = Number(context.start.slice(0, 4)) - 1;
  const last = Number(context.today.slice(0, 4)) + 1;
  const trainings: Training[] = [];
  for (let year = first; year <= last; year += 1) {
    for (const monthDay of ['03-07', '09-12']) {
      const startDate = `${year}-${monthDay}`;
      const endDate = plusDays(startDate, 1);
      trainings.push({
        ...baseOn(context, random, plusDays(startDate, -60)),
        startDate,
        endDate,
        place: random.pick(['State office, Springdale', 'Ashford Public Library', 'Union City Community Center']),
        trainer: personName(random),
        traineeIds: [],
        attendedIds: [],
        completedOn: endDate < context.today ? endDate : null,
      });
    }
  }
  return trainings;
}

/** The last completed training that ended on or before `day` (trainings are in date order). */
function trainingBefore(trainings: Training[], day: string): Training | undefined {
  let found: Training | undefined;
  for (const training of trainings) if (training.completedOn !== null && training.endDate <= day) found = training;
  return found ?? trainings.find((training) => training.completedOn !== null);
}

function nextTraining(trainings: Training[], today: string): Training | undefined {
  return trainings.find((training) => training.startDate > today);
}

/** applied → screening → approved → trained (by a training) → certified → active on `activeOn`. */
function stepsToActive(random: Random, trainings: Training[], activeOn: string): Path & { training: Training } {
  const certified = plusDays(activeOn, -random.int(3, 40));
  const path = stepsToTrained(random, trainings, plusDays(certified, -random.int(14, 60)));
  path.steps.push({ status: 'certified', on: certified }, { status: 'active', on: activeOn });
  return path;
}

function stepsToTrained(random: Random, trainings: Training[], latest: string): Path & { training: Training } {
  const training = trainingBefore(trainings, latest);
  if (!training) throw new Error('The training calendar has no completed training.');
  const approved = plusDays(training.startDate, -random.int(10, 60));
  const screening = plusDays(approved, -random.int(7, 30));
  const applied = plusDays(screening, -random.int(3, 20));
  const steps: Step[] = [
    { status: 'applied', on: applied },
    { status: 'screening', on: screening },
    { status: 'approved', on: approved },
    { status: 'trained', on: training.endDate },
  ];
  return { steps, training };
}

function stepsInPipeline(context: DatasetContext, random: Random, trainings: Training[], status: PipelineStatus): Path {
  const { today } = context;
  // Most people move on within a month; a few wait longer and show on Home.
  const waited = () => (random.chance(0.15) ? random.int(31, 120) : random.int(1, 30));
  const untrained = (steps: Step[]): Path => ({ steps, training: null });
  switch (status) {
    case 'applied':
      return untrained([{ status, on: plusDays(today, -waited()) }]);
    case 'screening': {
      const on = plusDays(today, -waited());
      return untrained([
        { status: 'applied', on: plusDays(on, -random.int(3, 20)) },
        { status, on },
      ]);
    }
    case 'approved': {
      const on = plusDays(today, -waited());
      const screening = plusDays(on, -random.int(7, 30));
      return untrained([
        { status: 'applied', on: plusDays(screening, -random.int(3, 20)) },
        { status: 'screening', on: screening },
        { status, on },
      ]);
    }
    case 'trained':
      return stepsToTrained(random, trainings, today);
    case 'certified': {
      const path = stepsToTrained(random, trainings, plusDays(today, -random.int(20, 200)));
      path.steps.push({ status, on: plusDays(path.training.endDate, random.int(5, 19)) });
      return path;
    }
    case 'declined': {
      const on = plusDays(today, -random.int(30, 3000));
      return untrained([
        { status: 'applied', on: plusDays(on, -random.int(10, 40)) },
        { status, on },
      ]);
    }
    default: {
      // Stepped away during screening, some time in the past.
      const on = plusDays(today, -random.int(60, 3000));
      return untrained([
        { status: 'applied', on: plusDays(on, -random.int(20, 60)) },
        { status: 'screening', on: plusDays(on, -10) },
        { status, on },
      ]);
    }
  }
}
