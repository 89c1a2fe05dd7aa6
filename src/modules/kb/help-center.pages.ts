import { helpCenterLanguages } from './kb.schemas';
import { html, raw, type SafeHtml } from './help-center.html';
import { helpStrings, languageNames, type HelpLanguage } from './help-center.strings';

// The public help center (R9) as small server-rendered pages: no framework, no inline script or
// style (see the CSP in help-center.routes.ts), every value escaped by the `html` tag.

export interface PageContext {
  lang: HelpLanguage;
  /** The search box's current text. */
  q?: string;
  /** Where each language switch link goes; by default the same page in that language. */
  languageLinks?: Partial<Record<HelpLanguage, string>>;
}

const homeLink = (lang: HelpLanguage) => `/help?lang=${encodeURIComponent(lang)}`;
export const articleLink = (id: string, lang: HelpLanguage) => `/help/articles/${encodeURIComponent(id)}?lang=${encodeURIComponent(lang)}`;

/** The page frame: header with search box and language switch, then the content. */
export function layout(page: PageContext, title: string, content: SafeHtml): string {
  const s = helpStrings[page.lang];
  const switches = helpCenterLanguages.map((l) => {
    const href = page.languageLinks?.[l] ?? homeLink(l);
    return html` <a href="${href}" hreflang="${l}" lang="${l}"${raw(l === page.lang ? ' aria-current="true"' : '')}>${languageNames[l]}</a>`;
  });
  return `<!doctype html>\n${html`<html lang="${page.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · ${s.title}</title>
<link rel="stylesheet" href="/help/assets/help.css">
<script src="/help/assets/help.js" defer></script>
</head>
<body>
<header>
  <a class="home" href="${homeLink(page.lang)}">${s.title}</a>
  <form method="get" action="/help" role="search">
    <input type="hidden" name="lang" value="${page.lang}">
    <input type="search" name="q" value="${page.q ?? ''}" placeholder="${s.searchPlaceholder}" aria-label="${s.search}" maxlength="500">
    <button type="submit">${s.search}</button>
  </form>
  <nav class="languages" aria-label="${s.language}">${switches}</nav>
</header>
<main>
${content}
</main>
</body>
</html>`}`;
}

export interface IndexSection {
  name: string | null;
  articles: Array<{ id: string; title: string; summary: string }>;
}

/** The home page: published articles of the language, grouped by category (product → document). */
export function indexPage(page: PageContext, sections: IndexSection[]): string {
  const s = helpStrings[page.lang];
  const content = html`<h1>${s.allArticles}</h1>
${sections.map(
  (section) => html`<section>
<h2>${section.name ?? s.otherArticles}</h2>
<ul>${section.articles.map((a) => html`<li><a href="${articleLink(a.id, page.lang)}">${a.title}</a><p class="summary">${a.summary}</p></li>`)}</ul>
</section>`,
)}`;
  return layout(page, s.allArticles, content);
}

/** Search results; snippets arrive as escaped HTML with matches in <mark>. */
export function resultsPage(page: PageContext & { q: string }, items: Array<{ id: string; title: string; snippet: string; language: string }>): string {
  const s = helpStrings[page.lang];
  const content = html`<h1>${s.resultsFor} “${page.q}”</h1>
${items.length === 0 ? html`<p>${s.noResults}</p>` : ''}
<ol>${items.map(
    (i) => html`<li><a href="${articleLink(i.id, page.lang)}" hreflang="${i.language}">${i.title}</a><p class="snippet">${raw(i.snippet)}</p></li>`,
  )}</ol>`;
  return layout(page, `${s.resultsFor} “${page.q}”`, content);
}

export interface ArticlePageData {
  id: string;
  title: string;
  bodyHtml: string;
  language: string;
  published: boolean;
  helpfulCount: number;
  notHelpfulCount: number;
  translations: Array<{ id: string; language: string; title: string }>;
  comments: Array<{ authorName: string; body: string; createdAt: string }>;
  signedIn: boolean;
}

/** One article: its rendered Markdown, its other languages, "Did this help?" and comments. */
export function articlePage(page: PageContext, a: ArticlePageData): string {
  const s = helpStrings[page.lang];
  const others = a.translations.filter((t) => t.id !== a.id);
  const content = html`<article lang="${a.language}">
<h1>${a.title}${a.published ? '' : html` <span class="badge">${s.draft}</span>`}</h1>
${others.length ? html`<p>${s.alsoIn}: ${others.map((t, i) => html`${i ? ', ' : ''}<a href="${articleLink(t.id, page.lang)}" hreflang="${t.language}" lang="${t.language}">${t.title}</a>`)}</p>` : ''}
${raw(a.bodyHtml)}
</article>
<section class="vote" data-vote-article="${a.id}">
  <p><strong>${s.didThisHelp}</strong></p>
  <button type="button" data-helpful="true">${s.yes} (<span data-helpful-count>${a.helpfulCount}</span>)</button>
  <button type="button" data-helpful="false">${s.no} (<span data-not-helpful-count>${a.notHelpfulCount}</span>)</button>
  <p data-thanks hidden>${s.thanks}</p>
</section>
<section>
<h2>${s.comments}</h2>
${a.comments.length === 0 ? html`<p>${s.noComments}</p>` : ''}
${a.comments.map((c) => html`<div class="comment"><div class="meta">${c.authorName} · <time datetime="${c.createdAt}">${c.createdAt.slice(0, 10)}</time></div>${c.body}</div>`)}
${a.signedIn
  ? html`<form data-comment-article="${a.id}"><label>${s.addComment}<textarea name="body" required maxlength="5000"></textarea></label><button type="submit">${s.send}</button></form>`
  : html`<p>${s.signInToComment}</p>`}
</section>`;
  return layout(page, a.title, content);
}

/** A missing or unpublished article: the same frame, so the visitor can search on. */
export function notFoundPage(page: PageContext): string {
  const s = helpStrings[page.lang];
  return layout(page, s.notFound, html`<h1>${s.notFound}</h1><p><a href="${homeLink(page.lang)}">${s.allArticles}</a></p>`);
}
