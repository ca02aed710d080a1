import { FIRST_PAINT_CASES, readRoundTrips, visitsRequests, type FirstPaintCase } from '../../bench/firstPaint';
import { getBrowser, testAppPerFile } from './support';

const app = testAppPerFile({ now: new Date('2026-03-10T09:00:00Z') });

/** A view of the SharePoint page's first-paint cases, opened in the hosted Teams tab standalone instead. */
const inTab = (name: string): FirstPaintCase => ({ ...FIRST_PAINT_CASES.filter((c) => c.name === name)[0], path: '/teams/' });

describe("each view's first paint in the hosted Teams tab (standalone on the local SharePoint)", () => {
  for (const name of ['Beleid (home)', 'Voorstellen: team Q&W', 'Voorstellen: diensthoofd']) {
    it(`${name}: one reading round trip on a second visit (the remembered user verified in it), at most 2 on the first`, async () => {
      const view = inTab(name);
      const query = name.startsWith('Beleid') ? '?view=beleid' : view.query;
      const [first, second, third] = await visitsRequests(await getBrowser(), app, { ...view, query }, 3);
      // the first visit on this device asks who the user is before the view's round trip
      expect({ first: readRoundTrips(first), requests: first }).toEqual({ first: 2, requests: first });
      expect(first[0].what).toMatch(/\/_api\/web\/currentuser$/i);
      for (const again of [second, third]) expect({ again: readRoundTrips(again), requests: again }).toEqual({ again: 1, requests: again });
    }, 120_000);
  }
});
