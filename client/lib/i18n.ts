// The page's language. Only the strings of the language on screen are loaded (NET-3): each
// language is its own chunk, fetched when the page starts or when the person switches, and the
// server preloads the one it expects (routes/pages.ts). `lang` changes only once its strings are
// there, so t() never has a missing dictionary.

import { effect, signal } from '@preact/signals';
import { LANGUAGES, type Language } from '../../shared/model.js';
import { fillParams } from '../../shared/i18n/fill.js';
import type { MessageKey } from '../../shared/i18n/nl.js';
import { readString, writeString } from './storage.js';

export type { MessageKey };
type Dictionary = Readonly<Record<MessageKey, string>>;

const KEY = 'vonk.lang';
/** The same choice for the server, which preloads that language's strings with the page. */
const COOKIE = 'vonk_lang';

const loaders: Record<Language, () => Promise<Dictionary>> = {
  nl: () => import('../../shared/i18n/nl.js').then((m) => m.nl),
  en: () => import('../../shared/i18n/en.js').then((m) => m.en),
};
const loaded = new Map<Language, Dictionary>();
const loading = new Map<Language, Promise<Dictionary>>();

function isLanguage(v: unknown): v is Language {
  return typeof v === 'string' && (LANGUAGES as readonly string[]).includes(v);
}

function stored(): Language | null {
  const v = readString(KEY);
  return isLanguage(v) ? v : null;
}

/** Loads a language's strings once; a failed load (offline) may be tried again. */
export function loadLanguage(l: Language): Promise<Dictionary> {
  const ready = loaded.get(l);
  if (ready) return Promise.resolve(ready);
  let p = loading.get(l);
  if (!p) {
    p = loaders[l]().then(
      (dict) => {
        loaded.set(l, dict);
        loading.delete(l);
        return dict;
      },
      (err: unknown) => {
        loading.delete(l);
        throw err;
      },
    );
    loading.set(l, p);
  }
  return p;
}

/** The person's own choice, else what the server put on <html> (the event's language), else Dutch. */
function initialLanguage(): Language {
  const fromPage = document.documentElement.lang;
  return stored() ?? (isLanguage(fromPage) ? fromPage : 'nl');
}

/** The language the page speaks; components that call t() re-render when it changes. */
export const lang = signal<Language>(initialLanguage());

/** Resolves once the first language's strings are loaded: pages render after it. */
export const i18nReady: Promise<unknown> = loadLanguage(lang.value)
  .catch(() =>
    // The page's own language could not load; Dutch is the last resort.
    loadLanguage('nl').then(() => {
      lang.value = 'nl';
    }),
  )
  // Neither: the page still renders (t() shows keys) rather than stay blank.
  .catch(() => undefined);

effect(() => {
  document.documentElement.lang = lang.value;
});

async function show(l: Language): Promise<void> {
  await loadLanguage(l);
  lang.value = l;
}

/** The event decides the default, unless this person already picked a language themselves. */
export function applyEventLanguage(eventLanguage: Language): void {
  if (stored() === null && isLanguage(eventLanguage) && eventLanguage !== lang.value) {
    show(eventLanguage).catch(() => undefined);
  }
}

export function otherLanguage(): Language {
  return lang.value === 'nl' ? 'en' : 'nl';
}

export function switchLanguage(): void {
  const next = otherLanguage();
  writeString(KEY, next);
  document.cookie = `${COOKIE}=${next}; path=/; max-age=31536000; SameSite=Lax`;
  // Offline and not loaded yet: the switch happens once the strings arrive.
  show(next).catch(() => undefined);
}

function dictionary(): Dictionary {
  // lang only ever names a loaded language, after i18nReady; before it, any loaded one will do.
  return loaded.get(lang.value) ?? loaded.values().next().value ?? ({} as Dictionary);
}

export function t(key: MessageKey, params?: Record<string, string | number>): string {
  return fillParams(dictionary()[key] ?? key, lang.value, params);
}

export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(dictionary(), key);
}

/** Server error codes map to `error.<code>`; an unknown code still gets a readable message. */
export function errorKey(code: string): MessageKey {
  const key = `error.${code}`;
  return isMessageKey(key) ? key : 'error.internal';
}

/** Dutch plural rules are the same as English ones for our purposes: 1 is singular. */
export function hearts(n: number): string {
  return n === 1 ? t('wall.hearts.one') : t('wall.hearts', { n });
}
