// Jest (setupFilesAfterEnv): the hosts load the user's language before they render (src/loc/README.md); tests get all
// three before each test file, so `stringsFor` and rendered components work in any language.
import { LOCALES, loadStrings } from '../../src/loc';

beforeAll(() => Promise.all(LOCALES.map((locale) => loadStrings(locale))));
