import sanitizeHtml from 'sanitize-html';

/** HTML bigger than this is not offered as HTML at all (the text version stays). */
export const MAX_HTML_CHARS = 2_000_000;

const allowedTags = [
  ...sanitizeHtml.defaults.allowedTags.filter((t) => t !== 'a'),
  'a', 'img', 'span', 'font', 'center', 'u', 's', 'del', 'ins', 'sub', 'sup', 'small', 'big', 'hr', 'br',
];

/**
 * Email HTML made safe to put in a page: no scripts, styles, event handlers, forms, iframes or
 * javascript: URLs; links open elsewhere without the referrer; images only over http(s) or as one
 * of the mail's own attachments (`cid:` → `cidUrls`), never data: URLs. Basic formatting stays.
 */
export function sanitizeEmailHtml(html: string, cidUrls: Map<string, string>): string {
  return sanitizeHtml(html, {
    allowedTags,
    // These elements' text is code or metadata, not message: dropped with the element.
    nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'title', 'head', 'xml', 'template'],
    allowedAttributes: {
      a: ['href', 'title', 'target', 'rel'],
      img: ['src', 'alt', 'title', 'width', 'height'],
      td: ['colspan', 'rowspan', 'align', 'valign'],
      th: ['colspan', 'rowspan', 'align', 'valign'],
      table: ['border', 'cellpadding', 'cellspacing', 'width'],
      p: ['align'],
      div: ['align'],
      font: ['color'],
    },
    allowedSchemes: ['http', 'https', 'mailto', 'tel'],
    allowedSchemesByTag: { img: ['http', 'https'] },
    allowProtocolRelative: false,
    transformTags: {
      a: (tagName, attribs) => ({ tagName, attribs: { ...attribs, target: '_blank', rel: 'noopener noreferrer nofollow' } }),
      img: (tagName, attribs) => {
        const { src, ...rest } = attribs;
        const cid = /^cid:(.+)$/i.exec(src ?? '')?.[1];
        if (cid) {
          const url = cidUrls.get(cid.replace(/^<|>$/g, '').toLowerCase());
          return { tagName, attribs: url ? { ...rest, src: url } : rest };
        }
        return { tagName, attribs: src ? attribs : rest };
      },
    },
  }).trim();
}

// Where mail clients start the quoted history in HTML: Gmail, Apple Mail/Thunderbird, Outlook
// (web and desktop), Yahoo, and Outlook's plain separator.
const quoteMarkers = new RegExp(
  [
    '<(div|blockquote)[^>]{0,200}class=["\']?gmail_quote',
    '<blockquote[^>]{0,200}type=["\']?cite',
    '<div[^>]{0,200}class=["\']?moz-cite-prefix',
    '<div[^>]{0,200}id=["\']?(divRplyFwdMsg|appendonsend)',
    '<div[^>]{0,300}border-top:\\s*solid\\s*#(B5C4DF|E1E1E1)',
    '<hr[^>]{0,200}id=["\']?stopSpelling',
    '<div[^>]{0,200}class=["\']?yahoo_quoted',
    '-{3,}\\s*(Original Message|Ursprüngliche Nachricht|Mensagem original|Mensaje original|Исходное сообщение)',
  ].join('|'),
  'i',
);

/** The HTML before its quoted history, or null when no marker says where that starts. */
export function cutQuotedHtml(html: string): string | null {
  const match = quoteMarkers.exec(html);
  return match ? html.slice(0, match.index) : null;
}

/** True when sanitized HTML shows nothing: no text and no image. */
export function isBlankHtml(html: string): boolean {
  return !/<img\b/i.test(html) && !html.replace(/<[^>]*>/g, '').replace(/&nbsp;|\s/g, '');
}

/** Plain text of an HTML part, for mail that has no text part and that mailparser left without one. */
export function htmlToText(html: string): string {
  const marked = html.slice(0, MAX_HTML_CHARS).replace(/<br\s*\/?>|<\/(p|div|li|tr|h[1-6]|blockquote|table)>/gi, '$&\n');
  const text = sanitizeHtml(marked, { allowedTags: [], allowedAttributes: {}, nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'title', 'head', 'xml', 'template'] });
  return text
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;|&#x27;/g, "'").replace(/&nbsp;/g, ' ').replace(/&amp;/g, '&')
    .replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
}
