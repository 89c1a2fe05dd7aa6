/** The languages of the demo help center (R31). */
export type DemoLanguage = 'en' | 'pt-BR' | 'es' | 'de' | 'ru';

/**
 * One article of the demo knowledge base. Articles of one `group` are translations of each other;
 * the first one listed is the source the others translate. `category` is a key of the demo
 * category tree (playbooks/demo/demo-desk.ts), when the product has one there.
 */
export interface DemoArticle {
  group: string;
  language: DemoLanguage;
  category?: string;
  title: string;
  body: string;
}
