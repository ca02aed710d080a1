import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { DEFAULT_ZONE_SETTINGS, ZONE_SETTING_RULES } from '../../domain/settings';
import { INSTELLINGEN } from '../schema';

/**
 * Adds an item with today's value for every zone setting the list `Instellingen` does not hold yet (a real tenant needs
 * them, not only the demo). Idempotent and never overwrites a value the zone changed: existing items are left alone.
 * Returns the keys it added. Run it after the lists are provisioned.
 */
export async function seedSettings(sp: SPFI, log: (line: string) => void = () => undefined): Promise<string[]> {
  const items = sp.web.lists.getByTitle(INSTELLINGEN.title).items;
  const existing = await items.select('Title').top(ZONE_SETTING_RULES.length * 4)<{ Title: string | null }[]>();
  const have = existing.map((row) => row.Title);
  const added: string[] = [];
  for (const rule of ZONE_SETTING_RULES) {
    if (have.indexOf(rule.key) >= 0) continue;
    // Title is unique: a concurrent run adding the same key is refused rather than making a duplicate
    await items.add({ Title: rule.key, SettingValue: DEFAULT_ZONE_SETTINGS[rule.key] });
    added.push(rule.key);
    log(`seeded setting ${INSTELLINGEN.title}.${rule.key} = ${DEFAULT_ZONE_SETTINGS[rule.key]}`);
  }
  return added;
}
