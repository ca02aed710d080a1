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

/** Why a gift may never be kept personally: a private-work offer, a discount, a New Year gift, another favour. */
export type GiftFlag = 'privateOffer' | 'discount' | 'newYearGift' | 'favour';

/** The rule behind each flag: the kind that raises it and the Dutch words that reveal it. */
export const GIFT_FLAG_RULES: readonly { readonly flag: GiftFlag; readonly kind: GiftKind; readonly keywords: readonly string[] }[] = [
  {
    flag: 'privateOffer',
    kind: 'Aanbieding voor privéwerkzaamheden',
    keywords: ['privewerk', 'prive werk', 'privaat werk', 'klusje', 'werken aan huis', 'herstelling thuis'],
  },
  { flag: 'discount', kind: 'Korting', keywords: ['korting', 'reductie', 'voordeelprijs', 'aan kostprijs', 'waardebon'] },
  { flag: 'newYearGift', kind: 'Nieuwjaarsgeschenk', keywords: ['nieuwjaar', 'eindejaar', 'kerstpakket', 'kerstgeschenk', 'kerstmand'] },
  { flag: 'favour', kind: 'Andere gunst', keywords: ['gunst', 'voorrang', 'vrijkaart', 'gratis toegang', ' vip '] },
];

/** The flags of a report, by its kind or its words: such offers are never accepted personally (aandachtspunt 1). */
export function giftFlags(report: Pick<GiftReport, 'kind' | 'what' | 'whyNotRefused'>): GiftFlag[] {
  const text = `${report.what} ${report.whyNotRefused}`;
  return GIFT_FLAG_RULES.filter((r) => r.kind === report.kind || findKeywords(text, r.keywords).length > 0).map((r) => r.flag);
}

/** Why a decision on a gift is refused: keeping it personally is not possible for a flagged offer. */
export type GiftDecisionError = { code: 'neverAcceptPersonally'; flags: GiftFlag[] };

/** Checks Intern Toezicht's decision on a gift: a flagged offer can never be kept personally. */
export function checkGiftDecision(
  report: Pick<GiftReport, 'kind' | 'what' | 'whyNotRefused'>,
  decision: GiftDecision,
): GiftDecisionError | null {
  const flags = giftFlags(report);
  return decision === 'Persoonlijk behouden' && flags.length > 0 ? { code: 'neverAcceptPersonally', flags } : null;
}
