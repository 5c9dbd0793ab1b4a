import type { CalendarDate, Locale } from '@shanzhi/rules';

/** A message is text or a function of typed arguments (plurals, numbers, names of things). */
export type Message = string | ((...args: never[]) => string);
export type Dictionary = Readonly<Record<string, Message>>;
type Args<M> = M extends (...args: infer A) => string ? A : [];

/** Declares a widget's zh-CN and en dictionaries; English must have exactly the Chinese keys and signatures. */
export function defineMessages<D extends Dictionary>(messages: { readonly 'zh-CN': D; readonly en: { readonly [K in keyof D]: D[K] } }) {
  return messages;
}

/** A dictionary's English: exactly the Chinese keys and signatures. */
export type English<D extends Dictionary> = { readonly [K in keyof D]: D[K] };

/** The loads of every English dictionary declared with `defineLazyMessages` and not loaded yet. */
const englishLoads = new Set<() => Promise<void>>();

/**
 * Declares a widget's dictionaries with the English in a module of its own (its `messages-en.ts`, exporting
 * `english`), imported only when a widget shows English (most readers are zh-CN, so their first load carries one
 * language). `en` is undefined until `loadEnglish()` has run; SzElement renders an English widget only after that,
 * so no key or Chinese word flashes.
 */
export function defineLazyMessages<D extends Dictionary>(zh: D, load: () => Promise<{ readonly english: English<D> }>) {
  const messages: { readonly 'zh-CN': D; en: English<D> | undefined } = { 'zh-CN': zh, en: undefined };
  let pending: Promise<void> | undefined;
  const loadOnce = (): Promise<void> =>
    (pending ??= load().then(
      ({ english }) => {
        messages.en = english;
        englishLoads.delete(loadOnce);
      },
      (error: unknown) => {
        // Offline or a failed integrity check: show Chinese for now and try again on the next render.
        pending = undefined;
        console.warn('[shanzhi] the English words could not be loaded', error);
      },
    ));
  englishLoads.add(loadOnce);
  return messages as { readonly 'zh-CN': D; readonly en: English<D> | undefined };
}

/** Loads every English dictionary not loaded yet; undefined when there is none to wait for. Never rejects. */
export function loadEnglish(): Promise<void> | undefined {
  if (englishLoads.size === 0) return undefined;
  return Promise.all([...englishLoads].map((load) => load())).then(() => undefined);
}

const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function numberFormat(locale: Locale, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(locale, options)));
  return format;
}

/**
 * Words and formats for one widget in the current locale. Calendar dates are formatted in UTC from their
 * Y-M-D parts: they are already Asia/Shanghai days, and letting the viewer's zone shift them would move a
 * deadline by a day for a villager abroad.
 */
export class Localizer<D extends Dictionary> {
  constructor(
    private readonly messages: { readonly 'zh-CN': D; readonly en: English<D> | undefined },
    private readonly locale: () => Locale,
  ) {}

  get lang(): Locale {
    return this.locale();
  }

  t<K extends keyof D & string>(key: K, ...args: Args<D[K]>): string {
    // English not loaded yet (see defineLazyMessages): Chinese rather than a key.
    const message = (this.messages[this.locale()] ?? this.messages['zh-CN'])[key] as D[K];
    return typeof message === 'function' ? (message as (...a: Args<D[K]>) => string)(...args) : message;
  }

  number(value: number, options?: Intl.NumberFormatOptions): string {
    return numberFormat(this.locale(), options).format(value);
  }

  /** Integer fen as yuan (¥1,234.50), exact: the division happens on an integer. */
  yuan(fen: number): string {
    return numberFormat(this.locale(), { style: 'currency', currency: 'CNY', minimumFractionDigits: 2 }).format(fen / 100);
  }

  date(value: CalendarDate, style: 'short' | 'long' = 'long'): string {
    const [y, m, d] = value.split('-').map(Number);
    const key = `${this.locale()}|${style}`;
    let format = dateFormats.get(key);
    if (!format) {
      format = new Intl.DateTimeFormat(
        this.locale(),
        style === 'long'
          ? { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }
          : { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'UTC' },
      );
      dateFormats.set(key, format);
    }
    return format.format(new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1)));
  }

  plural(count: number, forms: { readonly one?: string; readonly other: string }): string {
    const rule = new Intl.PluralRules(this.locale()).select(count);
    return (rule === 'one' ? (forms.one ?? forms.other) : forms.other).replace('{n}', this.number(count));
  }
}
