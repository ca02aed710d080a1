import { GROUPS, type GroupKey } from '../src/data/groups';
import { clip, textToHtml } from '../src/domain/policy/richText';
import type { PolicyTextSection } from '../src/data/policy/types';
import { AANDACHTSPUNTEN, ACTIEPUNTEN, BELEIDSTEKSTEN, BERICHTEN, DOELSTELLINGEN, type ChoiceOf } from '../src/data/schema';
import { allOperationalObjectives, policyContent, type ThemeAction } from './content';
import { syncContent, type ContentOutcome, type ContentRow, type ContentSet } from './sync';
import type { Seeder, SeedContext } from './types';

/**
 * Who owns each operational objective: the actor as the plan names it → the SharePoint group whose members update it.
 * The korpsleiding edits every objective anyway (it steers the whole plan), so an actor shared with the korpsleiding
 * goes to the other party. Actors without a group of their own go to the group that carries their work in this product.
 */
export const ACTOR_GROUPS: { readonly [actor: string]: GroupKey } = {
  Korpsleiding: 'korpsleiding',
  'Adjunct KC': 'korpsleiding',
  "Korpsleiding + OBP's": 'korpsleiding',
  'Korpsleiding & Communicatie': 'communicatie',
  'Juridische dienst beleid': 'juridischeDienst',
  HR: 'hr',
  'HR & Cel GWB': 'hr',
  'Cel GWB & HR': 'hr',
  // trainings (BDO, prioritair rijden …) are organised through HR's training plan
  'Cel GWB, HR, Preventieadviseur': 'hr',
  'Diensthoofd Wijk & HR & DPO': 'hr',
  'TIWK i.s.m. Cel GWB': 'internToezicht',
  'Verantwoordelijke TIWK': 'internToezicht',
  // the structural comités, the Cel GWB and the innovation lead (INNO) act as comités in the Q&W flow: their chairs
  'HR-comité': 'comitevoorzitters',
  Communicatiecomité: 'comitevoorzitters',
  'Operationeel Comité': 'comitevoorzitters',
  'Cel GWB': 'comitevoorzitters',
  INNO: 'comitevoorzitters',
  // the spittercoördinator works within the LICK, under the korpsleiding's operational coordination
  'Information Officer (spittercoördinator)': 'korpsleiding',
};

/** The owner group of an operational objective; one the plan gives no actor belongs to the korpsleiding. */
export function ownerGroupOf(actor: string | null): (typeof GROUPS)[GroupKey] {
  if (actor === null) return GROUPS.korpsleiding;
  const key = ACTOR_GROUPS[actor];
  if (!key) throw new Error(`Geen eigenaar bekend voor actor "${actor}": vul ACTOR_GROUPS aan.`);
  return GROUPS[key];
}

const THEME_ACTION: { readonly [A in ThemeAction]: ChoiceOf<'Aandachtspunten', 'Action'> } = {
  geschenk: 'Geschenk',
  nevenactiviteit: 'Nevenactiviteit',
  materiaalschade: 'Materiaalschade',
};

/** The client id of the campaign message, so a second run finds it. */
export const CAMPAIGN_MESSAGE_ID = 'seed-bericht-kick-off-campagne-10-themas';

/** A policy text as it is stored in Beleidsteksten. */
interface TextRow {
  TextKey: string;
  Section: PolicyTextSection;
  SortOrder: number;
  Title: string;
  Body: string;
  Detail: string | null;
}

/** Every policy text of the source except the themes and the objectives, in reading order. */
export function policyTextRows(): TextRow[] {
  const c = policyContent;
  const row = (key: string, section: PolicyTextSection, order: number, title: string, text: string, detail: string | null = null): TextRow => ({
    TextKey: key,
    Section: section,
    SortOrder: order,
    Title: title,
    Body: textToHtml(text),
    Detail: detail,
  });
  const other = c.otherSections;
  return [
    row('inleiding', 'Inleiding', 10, c.introduction.title, c.introduction.paragraphs.join('\n\n'), c.introduction.signature),
    row('visie', 'Visie', 20, c.vision.title, c.vision.paragraphs.join('\n\n'), c.vision.motto),
    ...c.legalFramework.map((t, i) => row(t.key, 'Wettelijk kader', 100 + i, t.title, t.text)),
    ...other.filter((s) => !s.group).map((s, i) => row(s.key, 'Toelichting', 200 + i, s.title, s.text)),
    ...c.instruments.map((t, i) => row(`instrument-${i + 1}`, 'Instrument', 300 + i, t.title, t.text)),
    ...c.policyLines.map((l) => row(`beleidslijn-${l.number}`, 'Beleidslijn', 400 + l.number, l.title, l.text)),
    ...other.filter((s) => !!s.group).map((s, i) => row(s.key, 'Interne zaken', 500 + i, s.title, s.text)),
    ...c.milestones.map((m, i) => row(m.key, m.phase === 'timing' ? 'Mijlpaal timing' : 'Mijlpaal evaluatie', 600 + i, m.title, m.text, m.timing)),
  ];
}

/** The campaign message: the source's own words on the 10 themes and on the sensitisation campaign (SD3.3). */
function campaignMessage(): Record<string, unknown> {
  const c = policyContent;
  const intro = c.otherSections.filter((s) => s.key === 'aandachtspunten-inleiding')[0].text;
  const campaign = allOperationalObjectives.filter((o) => o.code === 'SD3.3')[0].title;
  const kickOff = c.milestones.filter((m) => m.key === 'kick-off-communicatiecampagne')[0].title;
  const themes = c.themes.map((t) => `- ${t.number}. ${t.title}`).join('\n');
  return {
    ClientId: CAMPAIGN_MESSAGE_ID,
    Title: kickOff,
    Body: textToHtml(`${campaign}\n\n${intro}\n${themes}`),
    Category: 'Campagne',
  };
}

/**
 * The zone's policy as content rows, in the order they are loaded: the 10 themes, the 7 SDs, the policy texts, the
 * campaign message, and every operational objective with its actor and owner group (the list gives each its item
 * permissions: only the owner and the korpsleiding edit it). Found on the site by number, code or key.
 */
export const POLICY_CONTENT: readonly ContentSet[] = [
  {
    list: AANDACHTSPUNTEN,
    keyField: 'ThemeNumber',
    noun: 'aandachtspunten',
    rows: () =>
      policyContent.themes.map((t) => ({
        key: String(t.number),
        values: { Title: t.title, ThemeNumber: t.number, Body: textToHtml(t.text), Action: t.action ? THEME_ACTION[t.action] : 'Geen', Callout: t.callout ?? null },
      })),
  },
  {
    list: DOELSTELLINGEN,
    keyField: 'Code',
    noun: 'strategische doelstellingen',
    rows: () => policyContent.objectives.map((o) => ({ key: o.code, values: { Title: o.title, Code: o.code, Body: textToHtml(o.text) } })),
  },
  {
    list: BELEIDSTEKSTEN,
    keyField: 'TextKey',
    noun: 'beleidsteksten',
    rows: () => policyTextRows().map((t) => ({ key: t.TextKey, values: { ...t } })),
  },
  {
    list: BERICHTEN,
    keyField: 'ClientId',
    noun: 'campagnebericht',
    rows: (env) => [{ key: CAMPAIGN_MESSAGE_ID, values: campaignMessage(), initial: { PublishedAt: env.now.toISOString() } }],
  },
  {
    list: ACTIEPUNTEN,
    keyField: 'Code',
    noun: 'actiepunten',
    rows: (env) =>
      policyContent.objectives.reduce<ContentRow[]>(
        (all, sd) =>
          all.concat(
            sd.operational.map((o) => ({
              key: o.code,
              values: {
                ClientId: `seed-actiepunt-${o.code}`,
                Title: clip(o.title, 255),
                Description: o.title,
                Code: o.code,
                ObjectiveId: env.id(DOELSTELLINGEN.title, sd.code),
                Actor: o.actor,
                Label: o.label ?? null,
                OwnerGroup: ownerGroupOf(o.actor),
                Status: 'Niet gestart',
                Horizon: o.horizon ? o.horizon.charAt(0).toUpperCase() + o.horizon.slice(1) : null,
              },
            })),
          ),
        [],
      ),
  },
];

/**
 * Loads the zone's policy into the lists (see {@link POLICY_CONTENT}). Runs safely twice: what is there is left as the
 * zone edited it, and reported where it differs from the content.
 */
export async function seedPolicyContent(ctx: SeedContext): Promise<ContentOutcome> {
  const outcome = await syncContent(ctx.admin, POLICY_CONTENT, ctx.now);
  const added = (list: string): number => outcome.added.filter((a) => a.indexOf(`${list} `) === 0).length;
  ctx.log(
    `Beleid: ${added(AANDACHTSPUNTEN.title)} aandachtspunten, ${added(DOELSTELLINGEN.title)} doelstellingen, ${added(ACTIEPUNTEN.title)} actiepunten, ${added(BELEIDSTEKSTEN.title)} teksten toegevoegd.`,
  );
  return outcome;
}

/** The seeder of the zone's policy content (Beleid and Integriteitsplan). */
export const policyContentSeeder: Seeder = {
  name: 'Integriteitsbeleid: aandachtspunten, plan en teksten',
  kind: 'content',
  content: POLICY_CONTENT,
  run: seedPolicyContent,
};
