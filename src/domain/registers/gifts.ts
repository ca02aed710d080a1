import type { BrusselsDate } from '../dates';
import { findKeywords } from '../text';
import type { HandlingStatus } from './handling';

/** What was offered (aandachtspunt 1), in Dutch as stored. */
export const GIFT_KINDS = [
  'Attentie',
  'Incidentele vergoeding',
  'Aanbieding voor privéwerkzaamheden',
  'Korting',
  'Andere gunst',
  'Nieuwjaarsgeschenk',
] as const;

/** One kind of {@link GIFT_KINDS}. */
export type GiftKind = (typeof GIFT_KINDS)[number];

/** What Intern Toezicht decided happens to a reported gift, in Dutch as stored. */
export const GIFT_DECISIONS = [
  'Teruggegeven aan de schenker',
  'Geschonken aan een goed doel',
  'Gedeeld binnen de dienst',
  'Vernietigd',
  'Persoonlijk behouden',
] as const;

/** One decision of {@link GIFT_DECISIONS}. */
export type GiftDecision = (typeof GIFT_DECISIONS)[number];

/** A gift, offer or favour that could not be refused, reported to Intern Toezicht. */
export interface GiftReport {
  id: string;
  reporter: { id: string; name: string };
  kind: GiftKind;
  what: string;
  giver: string;
  /** Estimated value in euro, if known. */
  estimatedValue: number | null;
  receivedOn: BrusselsDate;
  whyNotRefused: string;
  status: HandlingStatus;
  decision: GiftDecision | null;
}

/** What an offer looks like that aandachtspunt 1 names: private work, a discount, a New Year gift, another favour. */
export type GiftFlag = 'privateOffer' | 'discount' | 'newYearGift' | 'favour';

/**
 * The two rules of aandachtspunt 1: offers of private work, discounts and other favours are never accepted at all
 * ("niet aanvaard mogen worden"); the traditional New Year gifts are not accepted personally ("persoonlijk dan ook
 * niet aanvaard").
 */
export type GiftRule = 'neverAccepted' | 'notPersonally';

/** The rule behind each flag, the kind that raises it and the Dutch words that reveal it. */
export const GIFT_FLAG_RULES: readonly { readonly flag: GiftFlag; readonly rule: GiftRule; readonly kind: GiftKind; readonly keywords: readonly string[] }[] = [
  {
    flag: 'privateOffer',
    rule: 'neverAccepted',
    kind: 'Aanbieding voor privéwerkzaamheden',
    keywords: ['privewerk', 'prive werk', 'privaat werk', 'klusje', 'werken aan huis', 'herstelling thuis'],
  },
  { flag: 'discount', rule: 'neverAccepted', kind: 'Korting', keywords: ['korting', 'reductie', 'voordeelprijs', 'aan kostprijs', 'waardebon'] },
  { flag: 'favour', rule: 'neverAccepted', kind: 'Andere gunst', keywords: ['gunst', 'voorrang', 'vrijkaart', 'gratis toegang', ' vip '] },
  { flag: 'newYearGift', rule: 'notPersonally', kind: 'Nieuwjaarsgeschenk', keywords: ['nieuwjaar', 'eindejaar', 'kerstpakket', 'kerstgeschenk', 'kerstmand'] },
];

/** The flags of a report, by its kind or its words. */
export function giftFlags(report: Pick<GiftReport, 'kind' | 'what' | 'whyNotRefused'>): GiftFlag[] {
  const text = `${report.what} ${report.whyNotRefused}`;
  return GIFT_FLAG_RULES.filter((r) => r.kind === report.kind || findKeywords(text, r.keywords).length > 0).map((r) => r.flag);
}

/** The flags of a report that fall under a rule. */
export function flagsUnder(rule: GiftRule, flags: readonly GiftFlag[]): GiftFlag[] {
  return GIFT_FLAG_RULES.filter((r) => r.rule === rule && flags.indexOf(r.flag) >= 0).map((r) => r.flag);
}

/** The only decision on an offer that is never accepted: it goes back (or is declined) to whoever made it. */
export const NEVER_ACCEPTED_DECISION: GiftDecision = 'Teruggegeven aan de schenker';

/** Why a decision on a gift is refused: an offer that is never accepted was kept, or a New Year gift was kept personally. */
export type GiftDecisionError = { code: 'neverAccepted' | 'neverAcceptPersonally'; flags: GiftFlag[] };

/**
 * Checks Intern Toezicht's decision on a gift: private work, a discount or another favour is only ever given back;
 * a New Year gift may go to the dienst, a good cause or back, never to the person.
 */
export function checkGiftDecision(report: Pick<GiftReport, 'kind' | 'what' | 'whyNotRefused'>, decision: GiftDecision): GiftDecisionError | null {
  const flags = giftFlags(report);
  const never = flagsUnder('neverAccepted', flags);
  if (never.length > 0 && decision !== NEVER_ACCEPTED_DECISION) return { code: 'neverAccepted', flags: never };
  const personal = flagsUnder('notPersonally', flags);
  return decision === 'Persoonlijk behouden' && personal.length > 0 ? { code: 'neverAcceptPersonally', flags: personal } : null;
}
