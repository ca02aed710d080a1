// Jest (setupFilesAfterEnv): the hosts load the user's language before they render, and each view its features' texts
// (src/loc/README.md); tests get all three languages with every feature before each test file, so `stringsFor` and
// rendered components work in any language.
import { LOCALES, STRINGS_FEATURES, loadFeatureStrings, loadStrings } from '../../src/loc';

beforeAll(async () => {
  await loadFeatureStrings(STRINGS_FEATURES);
  await Promise.all(LOCALES.map((locale) => loadStrings(locale)));
});
