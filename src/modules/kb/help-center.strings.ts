import { helpCenterLanguages } from './kb.schemas';

export type HelpLanguage = (typeof helpCenterLanguages)[number];

/** The help center's own words in the five languages of R31. */
export interface HelpStrings {
  title: string;
  searchPlaceholder: string;
  search: string;
  resultsFor: string;
  noResults: string;
  otherArticles: string;
  allArticles: string;
  didThisHelp: string;
  yes: string;
  no: string;
  thanks: string;
  alsoIn: string;
  comments: string;
  noComments: string;
  addComment: string;
  send: string;
  signInToComment: string;
  notFound: string;
  draft: string;
  language: string;
}

export const helpStrings: Record<HelpLanguage, HelpStrings> = {
  en: {
    title: 'Help center', searchPlaceholder: 'Describe your question…', search: 'Search', resultsFor: 'Results for',
    noResults: 'No article matches. Try other words, or open a request.', otherArticles: 'Other articles', allArticles: 'All articles',
    didThisHelp: 'Did this answer your question?', yes: 'Yes', no: 'No', thanks: 'Thank you for your feedback.',
    alsoIn: 'Also in', comments: 'Comments', noComments: 'No comments yet.', addComment: 'Add a comment', send: 'Send',
    signInToComment: 'Sign in to comment.', notFound: 'This article does not exist or is not published.', draft: 'Draft', language: 'Language',
  },
  'pt-BR': {
    title: 'Central de ajuda', searchPlaceholder: 'Descreva sua dúvida…', search: 'Buscar', resultsFor: 'Resultados para',
    noResults: 'Nenhum artigo encontrado. Tente outras palavras ou abra um chamado.', otherArticles: 'Outros artigos', allArticles: 'Todos os artigos',
    didThisHelp: 'Este artigo respondeu à sua dúvida?', yes: 'Sim', no: 'Não', thanks: 'Obrigado pela sua avaliação.',
    alsoIn: 'Também em', comments: 'Comentários', noComments: 'Nenhum comentário ainda.', addComment: 'Comentar', send: 'Enviar',
    signInToComment: 'Entre para comentar.', notFound: 'Este artigo não existe ou não está publicado.', draft: 'Rascunho', language: 'Idioma',
  },
  es: {
    title: 'Centro de ayuda', searchPlaceholder: 'Describe tu pregunta…', search: 'Buscar', resultsFor: 'Resultados para',
    noResults: 'Ningún artículo coincide. Prueba otras palabras o abre una solicitud.', otherArticles: 'Otros artículos', allArticles: 'Todos los artículos',
    didThisHelp: '¿Respondió esto a tu pregunta?', yes: 'Sí', no: 'No', thanks: 'Gracias por tu opinión.',
    alsoIn: 'También en', comments: 'Comentarios', noComments: 'Todavía no hay comentarios.', addComment: 'Añadir un comentario', send: 'Enviar',
    signInToComment: 'Inicia sesión para comentar.', notFound: 'Este artículo no existe o no está publicado.', draft: 'Borrador', language: 'Idioma',
  },
  de: {
    title: 'Hilfe-Center', searchPlaceholder: 'Beschreiben Sie Ihre Frage…', search: 'Suchen', resultsFor: 'Ergebnisse für',
    noResults: 'Kein Artikel passt. Versuchen Sie andere Wörter oder stellen Sie eine Anfrage.', otherArticles: 'Weitere Artikel', allArticles: 'Alle Artikel',
    didThisHelp: 'Hat das Ihre Frage beantwortet?', yes: 'Ja', no: 'Nein', thanks: 'Danke für Ihre Rückmeldung.',
    alsoIn: 'Auch auf', comments: 'Kommentare', noComments: 'Noch keine Kommentare.', addComment: 'Kommentar schreiben', send: 'Senden',
    signInToComment: 'Melden Sie sich an, um zu kommentieren.', notFound: 'Dieser Artikel existiert nicht oder ist nicht veröffentlicht.', draft: 'Entwurf', language: 'Sprache',
  },
  ru: {
    title: 'Центр помощи', searchPlaceholder: 'Опишите ваш вопрос…', search: 'Найти', resultsFor: 'Результаты по запросу',
    noResults: 'Статьи не найдены. Попробуйте другие слова или создайте обращение.', otherArticles: 'Другие статьи', allArticles: 'Все статьи',
    didThisHelp: 'Эта статья ответила на ваш вопрос?', yes: 'Да', no: 'Нет', thanks: 'Спасибо за отзыв.',
    alsoIn: 'Также на', comments: 'Комментарии', noComments: 'Комментариев пока нет.', addComment: 'Оставить комментарий', send: 'Отправить',
    signInToComment: 'Войдите, чтобы оставить комментарий.', notFound: 'Статья не существует или не опубликована.', draft: 'Черновик', language: 'Язык',
  },
};

/** Each language named in itself, for the language switch. */
export const languageNames: Record<HelpLanguage, string> = { en: 'English', 'pt-BR': 'Português', es: 'Español', de: 'Deutsch', ru: 'Русский' };

/**
 * The page language: `?lang=` when it names one of the five, else the browser's first supported
 * Accept-Language entry (by primary subtag), else English (R31's primary language).
 */
export function pickLanguage(query: string | undefined, acceptLanguage: string | undefined): HelpLanguage {
  const match = (tag: string) => helpCenterLanguages.find((l) => l.toLowerCase() === tag.toLowerCase() || l.split('-')[0] === tag.toLowerCase().split('-')[0]);
  if (query) {
    const found = match(query);
    if (found) return found;
  }
  for (const part of (acceptLanguage ?? '').split(',')) {
    const found = match(part.split(';')[0].trim());
    if (found) return found;
  }
  return 'en';
}
