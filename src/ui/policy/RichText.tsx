import * as React from 'react';
import { mergeClasses } from '@fluentui/react-components';
import * as dompurifyModule from 'dompurify';
import { useRichTextStyles } from './RichText.styles';

// the ESM build (webpack, esbuild) exposes DOMPurify as its default export, the CommonJS build (jest) as the module itself
const DOMPurify: typeof dompurifyModule = (dompurifyModule as unknown as { default?: typeof dompurifyModule }).default || dompurifyModule;

/** Tags that rich text from SharePoint may keep: text structure only, no scripts, styles, forms or embedded content. */
const ALLOWED_TAGS = ['p', 'br', 'ul', 'ol', 'li', 'h3', 'h4', 'strong', 'b', 'em', 'i', 'u', 'a', 'blockquote', 'div', 'span', 'table', 'thead', 'tbody', 'tr', 'th', 'td'];
const ALLOWED_ATTR = ['href', 'title', 'colspan', 'rowspan'];

/**
 * Sanitizes rich text from a SharePoint list for display; SharePoint's own headings (h1, h2) become h3 so they sit
 * below the page's heading in the outline.
 */
export function sanitizeRichText(html: string): string {
  const demoted = html.replace(/<(\/?)h[12](\s|>)/gi, '<$1h3$2');
  return DOMPurify.sanitize(demoted, { ALLOWED_TAGS, ALLOWED_ATTR });
}

/** Props of {@link RichText}. */
export interface RichTextProps {
  html: string;
  className?: string;
}

/** Shows rich text from SharePoint, sanitized with DOMPurify. */
export function RichText(props: RichTextProps): React.ReactElement {
  const styles = useRichTextStyles();
  const clean = React.useMemo(() => sanitizeRichText(props.html), [props.html]);
  // reason: the HTML is sanitized by DOMPurify just above, with an allow-list of structural tags
  return <div className={mergeClasses(styles.root, props.className)} dangerouslySetInnerHTML={{ __html: clean }} />;
}
