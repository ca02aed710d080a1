/**
 * Conversions between the plain-text markup of the policy texts (paragraphs separated by a blank line, list items on
 * lines starting with `- `, sub-headings on lines starting with `## `) and the HTML that SharePoint's rich text
 * fields hold. Pure string work: used by the seeders in Node and by the editor in the browser.
 */

const ENTITIES: { [entity: string]: string } = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'", nbsp: ' ' };

/** Escapes text for use inside HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

function decodeEntities(text: string): string {
  return text.replace(/&(#\d+|#x[0-9a-f]+|\w+);/gi, (whole, name: string) => {
    const lower = name.toLowerCase();
    if (lower in ENTITIES) return ENTITIES[lower];
    if (lower.charAt(0) === '#') {
      const code = lower.charAt(1) === 'x' ? parseInt(lower.slice(2), 16) : parseInt(lower.slice(1), 10);
      return isNaN(code) ? whole : String.fromCharCode(code);
    }
    return whole;
  });
}

/** Turns the plain-text markup into HTML: `<p>` per paragraph, `<ul><li>` for `- ` lines, `<h3>` for `## ` lines. */
export function textToHtml(text: string): string {
  const html: string[] = [];
  let list: string[] = [];
  let paragraph: string[] = [];
  const flushParagraph = (): void => {
    if (paragraph.length) html.push(`<p>${paragraph.map(escapeHtml).join(' ')}</p>`);
    paragraph = [];
  };
  const flushList = (): void => {
    if (list.length) html.push(`<ul>${list.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`);
    list = [];
  };
  text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .forEach((raw) => {
      const line = raw.trim();
      if (!line) {
        flushParagraph();
        flushList();
      } else if (/^- /.test(line)) {
        flushParagraph();
        list.push(line.slice(2).trim());
      } else if (/^## /.test(line)) {
        flushParagraph();
        flushList();
        html.push(`<h3>${escapeHtml(line.slice(3).trim())}</h3>`);
      } else {
        flushList();
        paragraph.push(line);
      }
    });
  flushParagraph();
  flushList();
  return html.join('');
}

/** Turns rich text HTML back into the plain-text markup (for editing); formatting beyond paragraphs, lists and headings is dropped. */
export function htmlToText(html: string): string {
  const marked = html
    .replace(/\r?\n/g, ' ')
    .replace(/<h[1-6][^>]*>/gi, '\n\n## ')
    .replace(/<\/h[1-6]>/gi, '\n\n')
    .replace(/<li[^>]*>/gi, '\n- ')
    .replace(/<\/(p|div|ul|ol)>/gi, '\n\n')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<[^>]+>/g, '');
  return decodeEntities(marked)
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The paragraphs (`<p>` blocks) of rich text HTML, in order; the whole HTML as one block when it has none. */
export function paragraphsOf(html: string): string[] {
  const blocks = html.match(/<p[\s>][\s\S]*?<\/p>/gi);
  return blocks && blocks.length ? blocks : [html];
}

/** The text of rich text HTML on one line, for searching and excerpts. */
export function plainText(html: string): string {
  return decodeEntities(html.replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ').trim();
}

/** The text cut at a word boundary with an ellipsis when longer than `max` characters (the ellipsis included). */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/, '')}…`;
}

/** The first sentence of a text, clipped to `max` characters. */
export function excerpt(text: string, max: number): string {
  const sentence = /^(.+?[.!?])(\s|$)/.exec(text);
  return clip(sentence ? sentence[1] : text, max);
}
