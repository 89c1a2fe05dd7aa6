import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// R31: every language complete everywhere: customer, agent and admin texts alike.
const dir = path.resolve(import.meta.dirname, '../web/src/shared/i18n/locales');
const load = (language: string, namespace: string): Record<string, unknown> => JSON.parse(readFileSync(path.join(dir, language, `${namespace}.json`), 'utf8'));

function flatten(object: Record<string, unknown>, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(object)) {
    if (value && typeof value === 'object') Object.assign(out, flatten(value as Record<string, unknown>, `${prefix}${key}.`));
    else out[`${prefix}${key}`] = String(value);
  }
  return out;
}
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1]).sort();

const required: Array<[string, string[]]> = [
  ['pt-BR', ['common', 'portal', 'agent', 'admin', 'chat']],
  ['es', ['common', 'portal', 'agent', 'admin', 'chat']],
  ['de', ['common', 'portal', 'agent', 'admin', 'chat']],
  ['ru', ['common', 'portal', 'agent', 'admin', 'chat']],
];

describe('translations', () => {
  it('every language folder exists', () => {
    expect(readdirSync(dir).sort()).toEqual(['de', 'en', 'es', 'pt-BR', 'ru']);
  });

  for (const [language, namespaces] of required) {
    for (const namespace of namespaces) {
      it(`${language}/${namespace} has every English key, with the same {{placeholders}}, and no leftovers`, () => {
        const english = flatten(load('en', namespace));
        const translated = flatten(load(language, namespace));
        // Plural forms English lacks (Russian's _few and _many) are welcome where English has _other.
        const extraPlural = (key: string) => /_(zero|two|few|many)$/.test(key) && `${key.replace(/_\w+$/, '')}_other` in english;
        for (const key of Object.keys(translated).filter(extraPlural)) {
          expect({ key, placeholders: placeholders(translated[key]) }).toEqual({ key, placeholders: placeholders(english[`${key.replace(/_\w+$/, '')}_other`]) });
        }
        expect(Object.keys(translated).filter((key) => !extraPlural(key)).sort()).toEqual(Object.keys(english).sort());
        for (const [key, text] of Object.entries(english)) {
          expect({ key, placeholders: placeholders(translated[key]) }).toEqual({ key, placeholders: placeholders(text) });
          expect({ key, empty: translated[key].trim() === '' }).toEqual({ key, empty: false });
        }
      });
    }
  }
});
