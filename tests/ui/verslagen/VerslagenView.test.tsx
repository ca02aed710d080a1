/** @jest-environment jsdom */
import * as React from 'react';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { AppRoot } from '../../../src/app/AppRoot';
import { ReportIncompleteError } from '../../../src/data/verslagen/errors';
import type { DraftReport, PublishedReport, ReportSummary, VerslagenHome } from '../../../src/data/verslagen/types';
import type { VerslagenRepository } from '../../../src/data/verslagen/VerslagenRepository';
import type { GroupKey } from '../../../src/domain/groups';
import { EMPTY_CONTENT, reportProblems } from '../../../src/domain/verslagen/content';
import type { ReportKind } from '../../../src/domain/verslagen/kinds';
import { fakeServices, sharePointHost } from '../../support/hosts';

const summary = (id: number, kind: ReportKind, counts = true): ReportSummary => ({
  id,
  kind,
  title: '',
  meetingDate: '2026-12-01',
  publishedAt: '2026-12-02T09:00:00.000Z',
  publishedBy: { id: 9, name: 'Hilde Goossens' },
  counts,
});

const draft: DraftReport = {
  id: 4,
  etag: '"1"',
  kind: 'diensthoofdenoverleg',
  status: 'Concept',
  title: 'Verslag Diensthoofdenoverleg 01/12/2026',
  text: { meetingDate: '2026-12-01', body: '', fixedItem: '', comiteFeedback: '' },
  content: EMPTY_CONTENT,
  editor: { id: 19, name: 'Sarah Leclercq' },
  modified: '2026-12-01T15:00:00.000Z',
};

/** An in-memory repository for one user; records the kinds the home was read for. */
function fakeVerslagen(groups: GroupKey[], published: ReportSummary[]): VerslagenRepository & { kinds: (ReportKind | null)[] } {
  const me = { userId: 1, name: 'Test', loginName: 'test', groups };
  const writer = groups.indexOf('juridischeDienst') >= 0;
  const kinds: (ReportKind | null)[] = [];
  return {
    kinds,
    async home(kind): Promise<VerslagenHome> {
      kinds.push(kind);
      return { me, published: { items: published.filter((r) => !kind || r.kind === kind), next: null }, drafts: writer ? [draft] : [] };
    },
    async report(id) {
      const found = published.filter((r) => r.id === id)[0];
      const report: PublishedReport = { ...found, text: { meetingDate: found.meetingDate, body: 'Besproken.', fixedItem: '', comiteFeedback: '' }, content: EMPTY_CONTENT, writtenBy: 'Sarah Leclercq' };
      return { me, report };
    },
    async draft() {
      return { me, draft };
    },
    async startDraft() {
      return draft.id;
    },
    async saveDraft() {
      return '"2"';
    },
    async refreshDraft() {
      return '"2"';
    },
    async submitDraft(d, text) {
      const problems = reportProblems(d.kind, text, d.content, '2026-12-04');
      if (problems.length > 0) throw new ReportIncompleteError(problems);
      return '"2"';
    },
    async publish() {
      return 1;
    },
  };
}

const open = (repo: VerslagenRepository, item?: string) =>
  render(<AppRoot host={sharePointHost({ initialView: 'verslagen', deepLink: item ? `verslagen:${item}` : undefined })} services={fakeServices({ verslagen: repo })} />);

describe('the Verslagen & nieuwsbrief view', () => {
  it('shows staff the published reports by kind, and no drafts', async () => {
    const repo = fakeVerslagen(['medewerkers'], [summary(1, 'directiecomite'), summary(2, 'nieuwsbrief')]);
    open(repo);
    expect(await screen.findByRole('link', { name: 'Verslag Directiecomité van 01/12/2026' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Nieuwsbrief december 2026' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Concepten' })).toBeNull();
    fireEvent.change(screen.getByRole('combobox', { name: 'Soort' }), { target: { value: 'nieuwsbrief' } });
    await waitFor(() => expect(repo.kinds).toEqual([null, 'nieuwsbrief']));
    await waitFor(() => expect(screen.queryByRole('link', { name: 'Verslag Directiecomité van 01/12/2026' })).toBeNull());
  });

  it('marks a report published by someone who may not publish its kind', async () => {
    open(fakeVerslagen(['medewerkers'], [summary(7, 'directiecomite', false)]), 'verslag/7');
    expect(await screen.findByText(/Gepubliceerd door Hilde Goossens, die dit soort verslag niet mag publiceren/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Afdrukken' })).toBeTruthy();
  });

  it('tells the secretary in Dutch what a diensthoofdenoverleg report still lacks, and leaves publishing to the directiecomité', async () => {
    open(fakeVerslagen(['medewerkers', 'juridischeDienst'], []), 'concept/4');
    fireEvent.change(await screen.findByRole('textbox', { name: /^Terugkoppeling van de comités/ }), { target: { value: 'Het HR-comité besprak de selecties.' } });
    fireEvent.change(screen.getByRole('textbox', { name: /^Verslag/ }), { target: { value: 'Planning van de eindejaarsperiode.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Klaar voor goedkeuring' }));
    expect(await screen.findByText('Het concept is nog niet volledig: Vul het vaste agendapunt in: het staat op elk overleg van deze soort.')).toBeTruthy();
    expect(screen.getByRole('textbox', { name: /^Vast agendapunt: operationele integriteitsrisico's/ })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Goedkeuren en publiceren' })).toBeNull();
  });
});
