import { enUS } from '../../src/loc/en-US';
import { frBE } from '../../src/loc/fr-BE';
import { nlBE } from '../../src/loc/nl-BE';

/** The accessible name of the frame's bar of views in any of the app's three languages, from the app's own strings. */
export const VIEW_NAV_NAME = new RegExp(`^(${[nlBE, frBE, enUS].map((language) => language.frame.app.navLabel.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})$`);
