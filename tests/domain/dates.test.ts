import {
  addCalendarDays,
  brusselsDateOf,
  brusselsInstant,
  daysBetween,
  formatDateBE,
  isBrusselsDate,
  weekdayOf,
} from '../../src/domain/dates';

describe('brusselsDateOf', () => {
  it.each([
    // winter time, UTC+1
    ['2026-01-15T22:59:59Z', '2026-01-15'],
    ['2026-01-15T23:00:00Z', '2026-01-16'],
    ['2026-01-15T23:30:00Z', '2026-01-16'],
    // summer time, UTC+2
    ['2026-07-15T21:59:59Z', '2026-07-15'],
    ['2026-07-15T22:00:00Z', '2026-07-16'],
    // the night of the spring change (29/03/2026 02:00 → 03:00)
    ['2026-03-28T22:59:00Z', '2026-03-28'],
    ['2026-03-28T23:00:00Z', '2026-03-29'],
    ['2026-03-29T21:59:00Z', '2026-03-29'],
    ['2026-03-29T22:00:00Z', '2026-03-30'],
    // midnight just before the autumn change, which some engines print as 24:00
    ['2026-10-24T22:00:00Z', '2026-10-25'],
    ['2026-10-25T22:59:00Z', '2026-10-25'],
    ['2026-10-25T23:00:00Z', '2026-10-26'],
    // a year boundary
    ['2026-12-31T23:15:00Z', '2027-01-01'],
  ])('%s is %s in Brussels', (instant, date) => {
    expect(brusselsDateOf(instant)).toBe(date);
    expect(brusselsDateOf(new Date(instant))).toBe(date);
  });

  it('reads a midnight that an older engine writes as 24:00', async () => {
    const Real = Intl.DateTimeFormat;
    const spy = jest.spyOn(Intl, 'DateTimeFormat').mockImplementation(((locales?: string, options?: Intl.DateTimeFormatOptions) => {
      const real = new Real(locales, options);
      return { format: (date?: Date) => real.format(date).replace(', 00:', ', 24:') };
    }) as unknown as typeof Intl.DateTimeFormat);
    await jest.isolateModulesAsync(async () => {
      const isolated = await import('../../src/domain/dates');
      expect(isolated.brusselsDateOf('2026-10-24T22:00:00Z')).toBe('2026-10-25');
      expect(isolated.brusselsDateOf('2026-10-24T22:30:00Z')).toBe('2026-10-25');
      expect(isolated.brusselsInstant('2026-10-25', '00:00')).toBe('2026-10-24T22:00:00.000Z');
    });
    expect(spy).toHaveBeenCalled();
    spy.mockRestore();
  });

  it('reads ISO strings with an offset', () => {
    expect(brusselsDateOf('2026-05-01T00:30:00+02:00')).toBe('2026-05-01');
  });

  it('refuses what is not an instant', () => {
    expect(() => brusselsDateOf('gisteren')).toThrow(RangeError);
    expect(() => brusselsDateOf(new Date(NaN))).toThrow(RangeError);
  });
});

describe('brusselsInstant', () => {
  it.each([
    ['2026-03-28', '09:00', '2026-03-28T08:00:00.000Z'],
    ['2026-03-29', '01:30', '2026-03-29T00:30:00.000Z'],
    ['2026-03-29', '09:00', '2026-03-29T07:00:00.000Z'],
    ['2026-10-24', '09:00', '2026-10-24T07:00:00.000Z'],
    ['2026-10-25', '09:00', '2026-10-25T08:00:00.000Z'],
    ['2026-10-25', '00:00', '2026-10-24T22:00:00.000Z'],
    ['2026-06-30', '23:30', '2026-06-30T21:30:00.000Z'],
  ])('%s %s Brussels time is %s', (date, time, iso) => {
    expect(brusselsInstant(date, time)).toBe(iso);
    expect(brusselsDateOf(iso)).toBe(date);
  });

  it('refuses impossible times and dates', () => {
    expect(() => brusselsInstant('2026-01-01', '24:00')).toThrow(RangeError);
    expect(() => brusselsInstant('2026-01-01', '9:00')).toThrow(RangeError);
    expect(() => brusselsInstant('2026-02-30', '09:00')).toThrow(RangeError);
  });
});

describe('calendar arithmetic', () => {
  it.each([
    ['2026-03-28', 1, '2026-03-29'],
    ['2026-03-28', 2, '2026-03-30'],
    ['2026-10-24', 2, '2026-10-26'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2027-02-28', 1, '2027-03-01'],
    ['2026-01-10', 45, '2026-02-24'],
    ['2026-03-01', -1, '2026-02-28'],
  ])('%s + %i days is %s', (date, days, expected) => {
    expect(addCalendarDays(date, days)).toBe(expected);
  });

  it('counts calendar days, not 24-hour spans, across the clock changes', () => {
    expect(daysBetween('2026-03-01', '2026-04-01')).toBe(31);
    expect(daysBetween('2026-10-01', '2026-11-01')).toBe(31);
    expect(daysBetween('2026-04-01', '2026-03-01')).toBe(-31);
    expect(daysBetween('2026-05-05', '2026-05-05')).toBe(0);
  });

  it('knows the weekday', () => {
    expect(weekdayOf('2026-11-28')).toBe(6);
    expect(weekdayOf('2026-12-01')).toBe(2);
    expect(weekdayOf('2026-03-29')).toBe(0);
  });

  it('recognises real dates only', () => {
    expect(isBrusselsDate('2028-02-29')).toBe(true);
    expect(isBrusselsDate('2026-02-29')).toBe(false);
    expect(isBrusselsDate('2026-13-01')).toBe(false);
    expect(isBrusselsDate('01/02/2026')).toBe(false);
    expect(() => addCalendarDays('2026-02-30', 1)).toThrow(RangeError);
  });
});

describe('formatDateBE', () => {
  it('writes dates as dd/mm/yyyy', () => {
    expect(formatDateBE('2026-03-05')).toBe('05/03/2026');
  });

  it('takes instants in Brussels time', () => {
    expect(formatDateBE('2026-01-15T23:30:00Z')).toBe('16/01/2026');
    expect(formatDateBE(new Date('2026-07-15T21:30:00Z'))).toBe('15/07/2026');
  });
});
