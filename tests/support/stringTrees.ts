type Tree = { [key: string]: string | Tree };

/** Every text of a nested strings object by its dotted key. */
export function leaves(tree: object, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree as Tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [p, v] of leaves(value, path)) out.set(p, v);
  }
  return out;
}

const placeholders = (text: string): string[] => (text.match(/\{\w+\}/g) || []).sort();

/**
 * Asserts a translation has exactly the reference's keys, no empty text, the same `{placeholders}` per key, and (with
 * `translated`) no text left identical to the reference unless it is only placeholders.
 */
export function expectSameShape(reference: object, translation: object, options: { translated?: boolean } = {}): void {
  const ref = leaves(reference);
  const other = leaves(translation);
  expect([...other.keys()].sort()).toEqual([...ref.keys()].sort());
  for (const [key, text] of other) {
    expect({ key, empty: text.trim() === '' }).toEqual({ key, empty: false });
    expect({ key, placeholders: placeholders(text) }).toEqual({ key, placeholders: placeholders(ref.get(key)!) });
    if (options.translated && !/^\{\w+\}/.test(text)) expect({ key, text }).not.toEqual({ key, text: ref.get(key) });
  }
}
