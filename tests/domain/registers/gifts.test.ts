import {
  checkGiftDecision,
  GIFT_KINDS,
  giftFlags,
  HANDLING_STATUSES,
  nextHandlingStatus,
  DAMAGE_CATEGORIES,
  type GiftKind,
} from '../../../src/domain/registers';

const report = (kind: GiftKind, what: string, whyNotRefused = 'De schenker was al vertrokken.') => ({ kind, what, whyNotRefused });

describe('giftFlags', () => {
  it.each([
    ['Aanbieding voor privéwerkzaamheden', 'privateOffer'],
    ['Korting', 'discount'],
    ['Nieuwjaarsgeschenk', 'newYearGift'],
    ['Andere gunst', 'favour'],
  ] as [GiftKind, string][])('flags the kind %s', (kind, flag) => {
    expect(giftFlags(report(kind, 'Iets'))).toEqual([flag]);
  });

  it('flags by the words too, whatever kind was picked', () => {
    expect(giftFlags(report('Attentie', 'Een kerstpakket van de handelaarsvereniging'))).toEqual(['newYearGift']);
    expect(giftFlags(report('Attentie', 'Fles wijn', 'Hij bood ook 20% korting aan in zijn zaak.'))).toEqual(['discount']);
    expect(giftFlags(report('Incidentele vergoeding', 'Aanbod om privéwerk uit te voeren aan mijn woning'))).toEqual(['privateOffer']);
    expect(giftFlags(report('Attentie', 'Twee vrijkaarten voor de match'))).toEqual(['favour']);
  });

  it('does not flag an ordinary attention', () => {
    expect(giftFlags(report('Attentie', 'Een doos pralines na een interventie'))).toEqual([]);
    expect(giftFlags(report('Incidentele vergoeding', 'Bedankkaartje met 20 euro'))).toEqual([]);
  });

  it('knows every kind', () => {
    expect(GIFT_KINDS).toHaveLength(6);
  });
});

describe('checkGiftDecision', () => {
  it('never lets a flagged offer be kept personally', () => {
    expect(checkGiftDecision(report('Nieuwjaarsgeschenk', 'Fles champagne'), 'Persoonlijk behouden')).toEqual({
      code: 'neverAcceptPersonally',
      flags: ['newYearGift'],
    });
    expect(checkGiftDecision(report('Nieuwjaarsgeschenk', 'Fles champagne'), 'Gedeeld binnen de dienst')).toBeNull();
  });

  it.each([
    ['Aanbieding voor privéwerkzaamheden', 'privateOffer'],
    ['Korting', 'discount'],
    ['Andere gunst', 'favour'],
  ] as [GiftKind, string][])('never accepts %s at all: it only goes back (aandachtspunt 1: "niet aanvaard mogen worden")', (kind, flag) => {
    for (const decision of ['Persoonlijk behouden', 'Gedeeld binnen de dienst', 'Geschonken aan een goed doel', 'Vernietigd'] as const) {
      expect(checkGiftDecision(report(kind, 'Iets'), decision)).toEqual({ code: 'neverAccepted', flags: [flag] });
    }
    expect(checkGiftDecision(report(kind, 'Iets'), 'Teruggegeven aan de schenker')).toBeNull();
  });

  it('accepts a New Year gift for the dienst or a good cause, never personally ("persoonlijk dan ook niet aanvaard")', () => {
    expect(checkGiftDecision(report('Nieuwjaarsgeschenk', 'Kerstpakket'), 'Geschonken aan een goed doel')).toBeNull();
    expect(checkGiftDecision(report('Attentie', 'Een kerstpakket', 'Bood ook korting aan.'), 'Gedeeld binnen de dienst')).toEqual({ code: 'neverAccepted', flags: ['discount'] });
  });

  it('lets Intern Toezicht decide freely on an ordinary attention', () => {
    expect(checkGiftDecision(report('Attentie', 'Een doos pralines'), 'Persoonlijk behouden')).toBeNull();
  });
});

describe('handling statuses of the gift and damage registers', () => {
  it('run Gemeld → In behandeling → Afgehandeld', () => {
    expect(HANDLING_STATUSES).toEqual(['Gemeld', 'In behandeling', 'Afgehandeld']);
    expect(nextHandlingStatus('Gemeld')).toBe('In behandeling');
    expect(nextHandlingStatus('In behandeling')).toBe('Afgehandeld');
    expect(nextHandlingStatus('Afgehandeld')).toBeNull();
  });

  it('know the damage categories of aandachtspunt 3', () => {
    expect(DAMAGE_CATEGORIES).toEqual(['Materiaal', 'Uitrusting', 'Voertuig', 'Gebouw', 'Software']);
  });
});
