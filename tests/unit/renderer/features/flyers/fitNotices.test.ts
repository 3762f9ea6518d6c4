// What the flyer print view says when a flyer only fits by leaving something out, or does not fit.
import { describe, expect, it } from 'vitest';
import type { FlyerFit } from '../../../../../src/renderer/src/features/flyers/fitFlyer';
import { fitNotices } from '../../../../../src/renderer/src/features/flyers/fitNotices';

const NAME = 'Northside First Monday Connection';
const PHONE = '(815) 555-0142';

const fit = (fields: Partial<FlyerFit> = {}): FlyerFit => ({
  fits: true,
  scale: 1,
  datesLeftOut: 0,
  datesListed: 4,
  highlightsLeftOut: false,
  welcomeLeftOut: 0,
  welcomeParagraphs: 1,
  cut: [],
  causes: [],
  tabs: null,
  ...fields,
});

describe('fitNotices', () => {
  it('says nothing about a flyer that fits whole', () => {
    expect(fitNotices(NAME, PHONE, fit())).toEqual([]);
    expect(fitNotices(NAME, PHONE, fit({ tabs: 'fit' }))).toEqual([]);
  });

  it('says what gave way to make room, and names the field that takes it', () => {
    expect(fitNotices(NAME, PHONE, fit({ welcomeLeftOut: 1, causes: ['join'] }))).toEqual([
      {
        kind: 'info',
        text:
          'To fit on one page, the flyer for Northside First Monday Connection leaves out the welcome text. ' +
          "Shortening “How to join online” (on the group's page) would make room for it.",
      },
    ]);
    const [some] = fitNotices(
      NAME,
      PHONE,
      fit({ datesLeftOut: 2, highlightsLeftOut: true, causes: ['access', 'where'] }),
    );
    expect(some?.text).toBe(
      'To fit on one page, the flyer for Northside First Monday Connection lists 2 of the next 4 meetings and ' +
        "leaves out the highlights (free, confidential…). Shortening the accessibility notes (on the group's page, " +
        "or the venue's) or the venue's name and address (on the venue's page) would make room for them.",
    );
    expect(fitNotices(NAME, PHONE, fit({ datesLeftOut: 4, welcomeLeftOut: 2, welcomeParagraphs: 5 }))[0]?.text).toBe(
      'To fit on one page, the flyer for Northside First Monday Connection leaves out the list of next meetings and ' +
        'the last 2 paragraphs of the welcome text.',
    );
  });

  it('does not ask to shorten the welcome when the welcome is what gave way', () => {
    const [notice] = fitNotices(NAME, PHONE, fit({ welcomeLeftOut: 3, welcomeParagraphs: 4, causes: ['welcome'] }));
    expect(notice?.text).not.toContain('Shortening');
    const [dates] = fitNotices(NAME, PHONE, fit({ datesLeftOut: 1, causes: ['welcome'] }));
    expect(dates?.text).toContain("Shortening the flyer welcome text (on the group's page) would make room for it.");
  });

  it('warns, naming what is cut off, what gave way and what to shorten, when even so the flyer is too long', () => {
    expect(
      fitNotices(
        NAME,
        PHONE,
        fit({ fits: false, welcomeLeftOut: 1, datesLeftOut: 4, cut: ['join'], causes: ['join'] }),
      ),
    ).toEqual([
      {
        kind: 'warning',
        text:
          "The flyer for Northside First Monday Connection doesn't fit on one page, even in the smallest type and " +
          'without the list of next meetings and the welcome text: “How to join online” is cut off. Shorten “How to ' +
          "join online” (on the group's page) before printing.",
      },
    ]);
    expect(fitNotices(NAME, PHONE, fit({ fits: false, cut: ['access', 'places'], causes: [] }))[0]?.text).toBe(
      "The flyer for Northside First Monday Connection doesn't fit on one page, even in the smallest type: " +
        "the accessibility notes and the other meeting places are cut off. Shorten its text on the group's page " +
        'before printing.',
    );
  });

  it('warns when a name is too long for the tear-off tabs, or their phone number or email is', () => {
    expect(fitNotices(NAME, PHONE, fit({ tabs: 'name-cut' }))).toEqual([
      {
        kind: 'warning',
        text:
          'The group name is too long for the tear-off tabs of Northside First Monday Connection, even in the ' +
          "smallest type: the tabs show its first words and the phone number. Shorten the group name (on the group's " +
          'page) to print it whole.',
      },
    ]);
    expect(fitNotices(NAME, 'northside@example.org', fit({ tabs: 'contact-cut' }))[0]?.text).toMatch(
      /^The email address is too long for the tear-off tabs of Northside First Monday Connection/,
    );
  });
});
