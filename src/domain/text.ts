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

/** How {@link findKeywords} reads its keywords. */
export interface KeywordOptions {
  /**
   * Keywords match only at the start of a word (a stem: `wapen` finds "wapens" and "wapenstok", not "dienstwapen";
   * `combi` never finds "combinatie" when pinned as ` combi `), except those starting with `*`, which may also end a
   * compound (`*voertuig` finds "dienstvoertuigen").
   */
  wordStarts?: boolean;
}

/**
 * The keywords found in a text, tolerant of case, accents and punctuation.
 * A keyword matches anywhere (so Dutch compounds match: `voertuig` in `dienstvoertuigen`) unless it starts or
 * ends with a space, which pins it to a word start or end (` auto ` does not match `automatisch`).
 * A keyword contained in a longer keyword that matched too is left out, so `wagen` is not reported next to `wagenpark`.
 */
export function findKeywords(text: string, keywords: readonly string[], options: KeywordOptions = {}): string[] {
  const haystack = normaliseText(text);
  const found = keywords.filter((keyword) => {
    const core = normaliseText(keyword).trim();
    const inside = keyword.charAt(0) === '*';
    const start = keyword.charAt(0) === ' ' || (options.wordStarts === true && !inside);
    const pattern = (start ? ' ' : '') + core + (keyword.charAt(keyword.length - 1) === ' ' ? ' ' : '');
    return core.length > 0 && haystack.indexOf(pattern) >= 0;
  });
  const names = found.map((keyword) => keyword.replace(/^\*/, '').trim());
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
