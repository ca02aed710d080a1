/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Membership } from '../../../src/data/membership';
import type { SettingsPage, SettingsRepository, StoredSetting } from '../../../src/data/settings/types';
import { DEFAULT_ZONE_SETTINGS, ZONE_SETTING_RULES, zoneSettingsFrom } from '../../../src/domain/settings';
import { renderRoute } from '../policy/render';

const BEHEERDER: Membership = { userId: 1, name: 'Ilse Thys', loginName: 'i:0#.f|membership|ilse.thys@pzcarma.be', groups: ['beheerders', 'medewerkers'] };
const MEDEWERKER: Membership = { userId: 2, name: 'Jonas Maes', loginName: 'i:0#.f|membership|jonas.maes@pzcarma.be', groups: ['medewerkers'] };

/** The list Instellingen in memory, with ETags that change on every save (as SharePoint's). */
class FakeSettings implements SettingsRepository {
  public stored: StoredSetting[] = ZONE_SETTING_RULES.map((rule, i) => ({
    id: i + 1,
    key: rule.key,
    value: DEFAULT_ZONE_SETTINGS[rule.key],
    editor: 'Ilse Thys',
    modified: '2026-11-02T10:00:00Z',
    etag: '"1"',
  }));
  public saves: string[] = [];
  public constructor(public me: Membership) {}
  public async zoneSettings() {
    return zoneSettingsFrom(this.stored);
  }
  public async page(): Promise<SettingsPage> {
    return { stored: this.stored.map((x) => ({ ...x })), settings: zoneSettingsFrom(this.stored), me: this.me };
  }
  public async save(setting: StoredSetting, value: number): Promise<StoredSetting> {
    const now = this.stored.filter((x) => x.id === setting.id)[0];
    if (now.etag !== setting.etag) throw Object.assign(new Error('Precondition Failed'), { status: 412 });
    this.saves.push(`${setting.key}=${value}`);
    Object.assign(now, { value, etag: `"${Number(JSON.parse(now.etag)) + 1}"` });
    return { ...now };
  }
}

const field = (label: string): HTMLInputElement => screen.getByLabelText(label, { exact: false }) as HTMLInputElement;

describe('the zone settings page', () => {
  it("says the terms are the zone's choice and lets a beheerder save a valid value", async () => {
    const repo = new FakeSettings(BEHEERDER);
    renderRoute({ view: 'beleid', item: 'instellingen' }, { settings: repo });
    expect(await screen.findByText(/keuzes van de zone/, undefined, { timeout: 5000 })).toBeTruthy();
    expect(screen.getByText(/45 kalenderdagen/)).toBeTruthy();
    const input = await waitFor(() => field('Termijn van het diensthoofd'));
    expect(input.value).toBe('14');
    fireEvent.change(input, { target: { value: '21' } });
    fireEvent.click(screen.getAllByRole('button', { name: 'Opslaan' })[0]);
    expect(await screen.findByText('Termijn van het diensthoofd (dagen) is opgeslagen.')).toBeTruthy();
    expect(repo.saves).toEqual(['diensthoofdValidationDays=21']);
  });

  it('refuses a value that is not whole days within the range, in Dutch, and stores nothing', async () => {
    const repo = new FakeSettings(BEHEERDER);
    renderRoute({ view: 'beleid', item: 'instellingen' }, { settings: repo });
    const input = await waitFor(() => field('Termijn van het diensthoofd'));
    fireEvent.change(input, { target: { value: '2.5' } });
    fireEvent.click(screen.getAllByRole('button', { name: 'Opslaan' })[0]);
    expect(await screen.findByText('Geef een geheel getal.')).toBeTruthy();
    fireEvent.change(input, { target: { value: '400' } });
    fireEvent.click(screen.getAllByRole('button', { name: 'Opslaan' })[0]);
    expect(await screen.findByText('Kies een geheel getal van 1 tot 90.')).toBeTruthy();
    expect(repo.saves).toEqual([]);
  });

  it('gives a conflict message, not a silent overwrite, when someone else changed the setting meanwhile', async () => {
    const repo = new FakeSettings(BEHEERDER);
    renderRoute({ view: 'beleid', item: 'instellingen' }, { settings: repo });
    const input = await waitFor(() => field('Termijn van het diensthoofd'));
    // another beheerder saves first
    Object.assign(repo.stored[0], { value: 10, etag: '"2"' });
    fireEvent.change(input, { target: { value: '21' } });
    fireEvent.click(screen.getAllByRole('button', { name: 'Opslaan' })[0]);
    expect(await screen.findByText(/Iemand anders wijzigde "Termijn van het diensthoofd \(dagen\)" intussen/)).toBeTruthy();
    expect(repo.saves).toEqual([]);
    await waitFor(() => expect(field('Termijn van het diensthoofd').value).toBe('10'));
  });

  it('shows a staff member the settings without a way to change them', async () => {
    renderRoute({ view: 'beleid', item: 'instellingen' }, { settings: new FakeSettings(MEDEWERKER) });
    expect(await screen.findByText('Alleen de Integriteit Beheerders wijzigen deze instellingen.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Opslaan' })).toBeNull();
    expect(field('Termijn van het diensthoofd').readOnly).toBe(true);
  });

  it('groups the settings by topic, and saves the reminder days and the resistance terms a zone chooses', async () => {
    const repo = new FakeSettings(BEHEERDER);
    renderRoute({ view: 'beleid', item: 'instellingen' }, { settings: repo });
    await waitFor(() => field('Eerste herinnering'));
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'Verbetervoorstellen en directiecomité',
      'Nevenactiviteiten: herinneringen voor het advies',
      'Jaarcijfers: klachten en integriteitsmeldingen',
      'Weerspannigheid: evaluatie en opvolging',
    ]);
    const save = (label: string, value: string): void => {
      const input = field(label);
      fireEvent.change(input, { target: { value } });
      const row = input.closest('li') as HTMLElement;
      fireEvent.click(within(row).getByRole('button', { name: 'Opslaan' }));
    };
    save('Eerste herinnering', '14');
    expect(await screen.findByText('Eerste herinnering (dagen voor de uiterste adviesdatum) is opgeslagen.')).toBeTruthy();
    save('Laatste herinnering', '5');
    await screen.findByText('Laatste herinnering (dagen voor de uiterste adviesdatum) is opgeslagen.');
    save('Termijn van de tactische evaluatie', '14');
    await screen.findByText('Termijn van de tactische evaluatie (dagen) is opgeslagen.');
    expect(repo.saves).toEqual(['adviceFirstReminderDaysBefore=14', 'adviceLastReminderDaysBefore=5', 'resistanceEvaluationDays=14']);
    expect(await repo.zoneSettings()).toMatchObject({ adviceFirstReminderDaysBefore: 14, adviceLastReminderDaysBefore: 5, resistanceEvaluationDays: 14 });
  });

  it.each([
    [
      'nl-BE',
      [
        ['Anonimiteitsdrempel', '1', 'Kies een geheel getal van 2 tot 20.'],
        ['Eerste herinnering', '45', 'Kies een geheel getal van 1 tot 44.'],
        ['Laatste herinnering', '11', 'De laatste herinnering kan niet vóór de eerste vallen: kies hoogstens 10 dagen.'],
        ['Eerste herinnering', '2', 'De eerste herinnering kan niet na de laatste vallen: kies minstens 3 dagen.'],
      ],
    ],
    [
      'fr-BE',
      [
        ["Seuil d'anonymat", '1', 'Choisis un nombre entier de 2 à 20.'],
        ['Premier rappel', '45', 'Choisis un nombre entier de 1 à 44.'],
        ['Dernier rappel', '11', 'Le dernier rappel ne peut pas tomber avant le premier : choisis au plus 10 jours.'],
        ['Premier rappel', '2', 'Le premier rappel ne peut pas tomber après le dernier : choisis au moins 3 jours.'],
      ],
    ],
    [
      'en-US',
      [
        ['Anonymity threshold', '1', 'Choose a whole number from 2 to 20.'],
        ['First reminder', '45', 'Choose a whole number from 1 to 44.'],
        ['Last reminder', '11', 'The last reminder cannot come before the first: choose at most 10 days.'],
        ['First reminder', '2', 'The first reminder cannot come after the last: choose at least 3 days.'],
      ],
    ],
  ] as const)('refuses a threshold that hides nothing, a reminder after the 45 days and a last reminder before the first (%s), and stores nothing', async (locale, refusals) => {
    const repo = new FakeSettings(BEHEERDER);
    renderRoute({ view: 'beleid', item: 'instellingen' }, { settings: repo }, locale);
    for (const [label, value, message] of refusals) {
      const input = await waitFor(() => field(label));
      fireEvent.change(input, { target: { value } });
      fireEvent.click(within(input.closest('li') as HTMLElement).getByRole('button'));
      expect(await screen.findByText(message)).toBeTruthy();
    }
    expect(repo.saves).toEqual([]);
  });

  it('checks the reminder order against what was just saved on the page, not only against what the page read', async () => {
    const repo = new FakeSettings(BEHEERDER);
    renderRoute({ view: 'beleid', item: 'instellingen' }, { settings: repo });
    await waitFor(() => field('Eerste herinnering'));
    const save = (label: string, value: string): void => {
      const input = field(label);
      fireEvent.change(input, { target: { value } });
      fireEvent.click(within(input.closest('li') as HTMLElement).getByRole('button', { name: 'Opslaan' }));
    };
    save('Eerste herinnering', '5');
    await screen.findByText('Eerste herinnering (dagen voor de uiterste adviesdatum) is opgeslagen.');
    save('Laatste herinnering', '8');
    expect(await screen.findByText('De laatste herinnering kan niet vóór de eerste vallen: kies hoogstens 5 dagen.')).toBeTruthy();
    expect(repo.saves).toEqual(['adviceFirstReminderDaysBefore=5']);
  });
});
