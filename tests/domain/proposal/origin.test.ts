import { checkOrigin, isProposer, originMatchesAuthor, originsFor } from '../../../src/domain/proposal/origin';

describe('where a proposal comes from (SD2: a team Q&W, or a teamoverleg with Q&W as a fixed item)', () => {
  it('lets each submit for its own origin only', () => {
    expect(originsFor(['teamQW'])).toEqual(['Team Q&W']);
    expect(originsFor(['teamoverleg'])).toEqual(['Teamoverleg']);
    expect(originsFor(['teamQW', 'teamoverleg'])).toEqual(['Team Q&W', 'Teamoverleg']);
    expect(originsFor(['diensthoofd'])).toEqual([]);
    expect(isProposer(['teamoverleg'])).toBe(true);
    expect(isProposer(['diensthoofd', 'directiecomite'])).toBe(false);
  });

  it('asks a teamoverleg for the date of the meeting, not after today', () => {
    expect(checkOrigin({ origin: 'Teamoverleg', meetingDate: '2026-11-20' }, ['teamoverleg'], '2026-11-25')).toEqual([]);
    expect(checkOrigin({ origin: 'Teamoverleg', meetingDate: null }, ['teamoverleg'], '2026-11-25')).toEqual(['meetingDateRequired']);
    expect(checkOrigin({ origin: 'Teamoverleg', meetingDate: '2026-02-30' }, ['teamoverleg'], '2026-11-25')).toEqual(['meetingDateRequired']);
    expect(checkOrigin({ origin: 'Teamoverleg', meetingDate: '2026-11-26' }, ['teamoverleg'], '2026-11-25')).toEqual(['meetingDateInFuture']);
    expect(checkOrigin({ origin: 'Teamoverleg', meetingDate: '2026-11-20' }, ['teamQW'], '2026-11-25')).toEqual(['originNotYours']);
    expect(checkOrigin({ origin: 'Team Q&W', meetingDate: null }, ['teamoverleg'], '2026-11-25')).toEqual(['originNotYours']);
  });

  it('tells whether SharePoint’s author could submit for the origin the item states', () => {
    const interventie = { teamQWIds: [4], middleManagerIds: [6] };
    expect(originMatchesAuthor('Teamoverleg', 6, interventie)).toBe(true);
    expect(originMatchesAuthor('Teamoverleg', 4, interventie)).toBe(false);
    expect(originMatchesAuthor('Team Q&W', 4, interventie)).toBe(true);
    expect(originMatchesAuthor('Team Q&W', 6, interventie)).toBe(false);
  });
});
