/** Lower-cases the text, strips accents and turns punctuation into single spaces, padded with one space each side. */
export function normaliseText(text: string): string {
  const plain = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  return ` ${plain} `;
}

/**
 * The keywords found in a text, tolerant of case, accents and punctuation.
 * A keyword matches anywhere (so Dutch compounds match: `voertuig` in `dienstvoertuigen`) unless it starts or
 * ends with a space, which pins it to a word start or end (` auto ` does not match `automatisch`).
 * A keyword contained in a longer keyword that matched too is left out, so `wagen` is not reported next to `wagenpark`.
 */
export function findKeywords(text: string, keywords: readonly string[]): string[] {
  const haystack = normaliseText(text);
  const found = keywords.filter((keyword) => {
    const core = normaliseText(keyword).trim();
    const pattern = (keyword.charAt(0) === ' ' ? ' ' : '') + core + (keyword.charAt(keyword.length - 1) === ' ' ? ' ' : '');
    return core.length > 0 && haystack.indexOf(pattern) >= 0;
  });
  const names = found.map((keyword) => keyword.trim());
  return names.filter((name, i) => names.indexOf(name) === i && !names.some((other) => other !== name && other.indexOf(name) >= 0));
}

/**
 * Whether every word of a search query starts a word of the text (tolerant of case, accents and punctuation): `ang`
 * finds "Angst" and "angst" but not "aangegeven"; `dienst` finds "dienstvoertuig" but `voertuig` does not.
 */
export function matchesWordStarts(text: string, query: string): boolean {
  const words = normaliseText(query).trim();
  if (!words) return true;
  const haystack = normaliseText(text);
  return words.split(' ').every((word) => haystack.indexOf(` ${word}`) >= 0);
}
