import { PERSONAS } from '../../devserver/auth/personas';
import { GROUPS, type GroupKey } from '../../src/domain/groups';
import type { Membership } from '../../src/domain/membership';
import { mayUseView, VIEW_USERS, type AccessView } from '../../src/domain/viewAccess';
import { offeredViews, VIEW_KEYS } from '../../src/app/views';
import { LISTS } from '../../src/data/schema';

/** A persona of the local SharePoint as a membership. */
function member(login: string): Membership {
  const p = PERSONAS.filter((x) => x.login === login)[0];
  const groups = (Object.keys(GROUPS) as GroupKey[]).filter((key) => (p.groups as readonly string[]).indexOf(GROUPS[key]) >= 0);
  return { userId: 1, name: p.title, loginName: p.login, groups };
}

/** The lists each view reads; a group the view is for must have a role on at least one of them. */
const VIEW_LISTS: Record<AccessView, string[]> = {
  beleid: ['Aandachtspunten', 'Korpsrichtlijnen', 'Beleidsteksten', 'Richtlijnconcepten'],
  plan: ['Doelstellingen', 'Actiepunten', 'Prioriteiten', 'Evaluatie-inbreng'],
  voorstellen: ['Verbetervoorstellen'],
  registers: ['Geschenken', 'Nevenactiviteiten', 'Materiaalschade', 'Afwezigheden'],
  // the investigators (diensthoofden, HINP) get their dossiers item by item and record their findings
  // the Juridische dienst too, for the dossiers whose legal support was asked; the CaLog support role keeps their administration
  klachten: ['Klachten', 'Onderzoeksbevindingen', 'Dossieradministratie'],
  melden: ['Integriteitsmeldingen'],
  dashboard: ['Klachten', 'Rapportages'],
  weerspannigheid: ['Weerspannigheid', 'Weerspannigheid opvolging'],
  opleidingen: ['Opleidingen', 'Opleidingsdeelnames', 'Dilemmas', 'Dilemmasessies'],
  verslagen: ['Verslagen', 'Verslagconcepten'],
};

/** Groups a view is for that get their items one by one (unique item permissions), not a role on the list. */
const ITEM_BY_ITEM: Partial<Record<AccessView, GroupKey[]>> = {
  // the members involved read their own incidents and follow-ups (docs/security.md, Weerspannigheid)
  weerspannigheid: ['medewerkers'],
  // the Juridische dienst reads a dossier while its legal support is asked, until it is closed (docs/security.md, Interne zaken)
  klachten: ['juridischeDienst'],
};

describe('who may use which view', () => {
  it('names every view of the app', () => {
    expect(Object.keys(VIEW_USERS).sort()).toEqual([...VIEW_KEYS].sort());
  });

  it("offers each view only to groups its lists grant access to (the app's offer follows SharePoint's permissions)", () => {
    for (const view of Object.keys(VIEW_USERS) as AccessView[]) {
      for (const group of VIEW_USERS[view]) {
        if ((ITEM_BY_ITEM[view] || []).indexOf(group) >= 0) continue;
        const granted = LISTS.filter((l) => VIEW_LISTS[view].indexOf(l.title) >= 0).some((l) => (l.roles as Record<string, unknown>)[group] !== undefined);
        expect({ view, group, granted }).toEqual({ view, group, granted: true });
      }
    }
  });

  it('offers a staff member the policy, the plan, the proposals, the registers, the reporting channel, their own incidents and trainings, the published reports, not the complaints or the dashboard', () => {
    expect(offeredViews(member('jonas.maes@pzcarma.be'))).toEqual(['beleid', 'plan', 'voorstellen', 'registers', 'melden', 'weerspannigheid', 'opleidingen', 'verslagen']);
    expect(mayUseView('dashboard', member('jonas.maes@pzcarma.be'))).toBe(false);
  });

  it('offers the korpsleiding everything, Intern Toezicht the complaints and the dashboard, an investigator the complaints', () => {
    expect(offeredViews(member('hilde.goossens@pzcarma.be'))).toEqual([...VIEW_KEYS]);
    expect(offeredViews(member('griet.vandamme@pzcarma.be'))).toEqual([...VIEW_KEYS]);
    expect(offeredViews(member('koen.dubois@pzcarma.be'))).toEqual(['beleid', 'plan', 'voorstellen', 'registers', 'klachten', 'melden', 'weerspannigheid', 'opleidingen', 'verslagen']);
    expect(offeredViews(member('karel.peeters@pzcarma.be'))).toEqual([...VIEW_KEYS]);
  });

  it('offers the Juridische dienst and the CaLog support role of interne zaken the complaints (their dossiers, the administration), not the dashboard', () => {
    for (const login of ['sarah.leclercq@pzcarma.be', 'katrien.wuyts@pzcarma.be']) {
      expect(offeredViews(member(login))).toEqual(['beleid', 'plan', 'voorstellen', 'registers', 'klachten', 'melden', 'weerspannigheid', 'opleidingen', 'verslagen']);
    }
    expect(mayUseView('melden', member('nadia.elamrani@pzcarma.be'))).toBe(true);
  });

  it('offers the burgemeester (politiecollege only) the policy, the plan, the registers (advice) and the dashboard, not the proposals or the meeting reports', () => {
    expect(offeredViews(member('luc.hermans@pzcarma.be'))).toEqual(['beleid', 'plan', 'registers', 'dashboard']);
  });

  it('offers every view while who the user is is not known', () => {
    expect(offeredViews(null)).toEqual([...VIEW_KEYS]);
  });
});
