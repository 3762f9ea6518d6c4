// What the print view says about how a flyer fits its page: what gave way to make room, what is cut
// off when even that is not enough, and which of the coordinator's own fields take the room.
import type { FlyerFit, FlyerPart } from './fitFlyer';

export interface FitNotice {
  kind: 'warning' | 'info';
  text: string;
}

/** A part as a reader of the flyer would call it. */
const PART_NAMES: Record<FlyerPart, string> = {
  name: 'the group name',
  welcome: 'the welcome text',
  when: 'the schedule',
  where: 'the address',
  access: 'the accessibility notes',
  places: 'the other meeting places',
  join: '“How to join online”',
  dates: 'the next meetings',
  contact: 'the contact details',
  qr: 'the QR code',
  footer: "the organisation's name",
};

/** A part the coordinator can shorten, with where it is written. */
const FIELDS: Partial<Record<FlyerPart, string>> = {
  name: "the group name (on the group's page)",
  welcome: "the flyer welcome text (on the group's page)",
  where: "the venue's name and address (on the venue's page)",
  access: "the accessibility notes (on the group's page, or the venue's)",
  places: "the other venues' names and rooms (on their pages)",
  join: "“How to join online” (on the group's page)",
};

/** "a", "a and b", "a, b and c" (or "a, b or c") */
function listed(items: string[], last = 'and'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${last} ${items.at(-1)}`;
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** What a coordinator could shorten; not the welcome when it is itself what gave way. */
function fields(fit: FlyerFit): string {
  const causes = fit.causes.filter((part) => part !== 'welcome' || fit.welcomeLeftOut === 0);
  return listed(
    causes.map((part) => FIELDS[part]).filter((field): field is string => field !== undefined),
    'or',
  );
}

/** What gave way, as things: "the list of next meetings", "the last 2 of the next 4 meetings", … */
function omissions(fit: FlyerFit): { dates: string | null; others: string[] } {
  const others: string[] = [];
  if (fit.highlightsLeftOut) others.push('the highlights (free, confidential…)');
  if (fit.welcomeLeftOut > 0) {
    others.push(
      fit.welcomeLeftOut === fit.welcomeParagraphs
        ? 'the welcome text'
        : `the last ${plural(fit.welcomeLeftOut, 'paragraph', 'paragraphs')} of the welcome text`,
    );
  }
  const dates =
    fit.datesLeftOut === 0
      ? null
      : fit.datesLeftOut === fit.datesListed
        ? 'the list of next meetings'
        : `the last ${fit.datesLeftOut} of the next ${fit.datesListed} meetings`;
  return { dates, others };
}

/** "lists 2 of the next 4 meetings and leaves out the highlights and the welcome text" */
function leftOut(fit: FlyerFit): { words: string; count: number } {
  const { dates, others } = omissions(fit);
  const omitted = fit.datesLeftOut === fit.datesListed && dates ? [dates, ...others] : others;
  const clauses: string[] = [];
  if (dates && fit.datesLeftOut < fit.datesListed)
    clauses.push(`lists ${fit.datesListed - fit.datesLeftOut} of the next ${fit.datesListed} meetings`);
  if (omitted.length > 0) clauses.push(`leaves out ${listed(omitted)}`);
  return { words: clauses.join(' and '), count: (dates ? 1 : 0) + others.length };
}

/**
 * The notices for one flyer, the most pressing first: `name` is the group's, `tabReach` what its tear-off
 * tabs give to get in touch (a phone number, or an email address).
 */
export function fitNotices(name: string, tabReach: string, fit: FlyerFit): FitNotice[] {
  const notices: FitNotice[] = [];
  const shorten = fields(fit);
  if (!fit.fits) {
    const cut = fit.cut.map((part) => PART_NAMES[part]);
    const what = cut.length > 0 ? `${listed(cut)} ${cut.length === 1 ? 'is' : 'are'} cut off` : 'the end is cut off';
    const { dates, others } = omissions(fit);
    const without = [...(dates ? [dates] : []), ...others];
    notices.push({
      kind: 'warning',
      text:
        `The flyer for ${name} doesn't fit on one page, even in the smallest type` +
        (without.length > 0 ? ` and without ${listed(without)}` : '') +
        `: ${what}. ` +
        (shorten ? `Shorten ${shorten} before printing.` : `Shorten its text on the group's page before printing.`),
    });
  } else {
    const out = leftOut(fit);
    if (out.count > 0) {
      notices.push({
        kind: 'info',
        text:
          `To fit on one page, the flyer for ${name} ${out.words}.` +
          (shorten ? ` Shortening ${shorten} would make room for ${out.count === 1 ? 'it' : 'them'}.` : ''),
      });
    }
  }
  const reach = tabReach.includes('@') ? 'the email address' : 'the phone number';
  if (fit.tabs === 'name-cut') {
    notices.push({
      kind: 'warning',
      text:
        `The group name is too long for the tear-off tabs of ${name}, even in the smallest type: ` +
        `the tabs show its first words and ${reach}. Shorten the group name (on the group's page) to print it whole.`,
    });
  } else if (fit.tabs === 'contact-cut') {
    notices.push({
      kind: 'warning',
      text:
        `${reach.charAt(0).toUpperCase() + reach.slice(1)} is too long for the tear-off tabs of ${name}, even ` +
        `in the smallest type: it is cut off. Give the group a shorter public contact (on the group's page).`,
    });
  }
  return notices;
}
