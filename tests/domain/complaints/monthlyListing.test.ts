import { complaintActivities, monthlyListing, type ListingActivity } from '../../../src/domain/complaints';

describe('monthly listing', () => {
  const dossier = { reference: 'KL/2026/031', receivedOn: '2026-04-28', theme: 'Gewenst gedrag tijdens de functie', involvedDienst: 'Interventie' as const };

  it('turns a dossier and its decisions into activities without personal data, dated in Brussels time', () => {
    const activities = complaintActivities(dossier, [
      { action: 'assignInvestigator', at: '2026-04-30T21:30:00Z' },
      { action: 'sendFeedback', at: '2026-05-12T09:00:00Z' },
    ]);
    expect(activities).toEqual([
      { kind: 'complaintReceived', on: '2026-04-28', reference: 'KL/2026/031', theme: 'Gewenst gedrag tijdens de functie', dienst: 'Interventie' },
      { kind: 'assignInvestigator', on: '2026-04-30', reference: 'KL/2026/031', theme: 'Gewenst gedrag tijdens de functie', dienst: 'Interventie' },
      { kind: 'sendFeedback', on: '2026-05-12', reference: 'KL/2026/031', theme: 'Gewenst gedrag tijdens de functie', dienst: 'Interventie' },
    ]);
    activities.forEach((a) => expect(Object.keys(a).sort()).toEqual(['dienst', 'kind', 'on', 'reference', 'theme']));
    // 23:30 Brussels on 30/04 in summer time is 21:30 UTC; at 22:30 UTC it is already 01/05
    expect(complaintActivities(dossier, [{ action: 'close', at: '2026-04-30T22:30:00Z' }])[1].on).toBe('2026-05-01');
  });

  it('lists one month: counts per kind and per dienst, activities by date', () => {
    const a = (kind: ListingActivity['kind'], on: string, reference: string, dienst: ListingActivity['dienst']): ListingActivity => ({
      kind,
      on,
      reference,
      theme: 'Thema',
      dienst,
    });
    const listing = monthlyListing(
      [
        a('sendFeedback', '2026-05-12', 'KL/031', 'Interventie'),
        a('complaintReceived', '2026-05-03', 'KL/040', 'Verkeer'),
        a('assignInvestigator', '2026-05-03', 'KL/040', 'Verkeer'),
        a('complaintReceived', '2026-04-28', 'KL/031', 'Interventie'),
        a('dismiss', '2026-05-31', 'KL/041', null),
        a('complaintReceived', '2026-06-01', 'KL/042', 'Wijk'),
      ],
      '2026-05',
    );
    expect(listing.month).toBe('2026-05');
    expect(listing.total).toBe(4);
    expect(listing.activities.map((x) => `${x.on} ${x.reference} ${x.kind}`)).toEqual([
      '2026-05-03 KL/040 complaintReceived',
      '2026-05-03 KL/040 assignInvestigator',
      '2026-05-12 KL/031 sendFeedback',
      '2026-05-31 KL/041 dismiss',
    ]);
    expect(listing.byKind).toEqual([
      { kind: 'complaintReceived', count: 1 },
      { kind: 'assignInvestigator', count: 1 },
      { kind: 'reassignInvestigator', count: 0 },
      { kind: 'sendFeedback', count: 1 },
      { kind: 'dismiss', count: 1 },
      { kind: 'close', count: 0 },
      { kind: 'openDisciplinary', count: 0 },
      { kind: 'closeDisciplinary', count: 0 },
    ]);
    expect(listing.byDienst).toEqual([
      { dienst: 'Verkeer', count: 2 },
      { dienst: 'Interventie', count: 1 },
      { dienst: null, count: 1 },
    ]);
  });

  it('lists an empty month', () => {
    expect(monthlyListing([], '2026-02')).toMatchObject({ total: 0, activities: [], byDienst: [] });
  });
});
