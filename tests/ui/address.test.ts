import * as fs from 'fs';
import * as path from 'path';
import { stringsFor } from '../../src/loc';
import { tabNL } from '../../teams-app/strings';
import { leaves } from '../support/stringTrees';

/** The letter to a citizen who complained is formal on purpose: the one text that says "u". */
const FORMAL = ['registers.complaints.feedbackTemplate'];

describe('one form of address', () => {
  it('speaks to the user as "je" in every Dutch text of the app, the Teams tab and its activity feed, never "u" or "uw"', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(__dirname, '../../manifest/nl.json'), 'utf8')) as Record<string, string>;
    const texts = [
      ...leaves(stringsFor('nl-BE')).entries(),
      ...[...leaves(tabNL).entries()].map(([k, v]) => [`tab.${k}`, v] as [string, string]),
      ...Object.entries(manifest).map(([k, v]) => [`manifest.${k}`, v] as [string, string]),
    ];
    const formal = texts.filter(([key, text]) => FORMAL.indexOf(key) < 0 && /(^|[^\p{L}])(u|uw|uzelf)(?=$|[^\p{L}])/iu.test(text));
    expect(formal.map(([key, text]) => `${key}: ${text}`)).toEqual([]);
  });
});
