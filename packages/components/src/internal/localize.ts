import type { CalendarDate, Locale } from '@shanzhi/rules';

/** A message is text or a function of typed arguments (plurals, numbers, names of things). */
export type Message = string | ((...args: never[]) => string);
export type Dictionary = Readonly<Record<string, Message>>;
type Args<M> = M extends (...args: infer A) => string ? A : [];

/** Declares a widget's zh-CN and en dictionaries; English must have exactly the Chinese keys and signatures. */
export function defineMessages<D extends Dictionary>(messages: { readonly 'zh-CN': D; readonly en: { readonly [K in keyof D]: D[K] } }) {
  return messages;
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
    private readonly messages: { readonly 'zh-CN': D; readonly en: { readonly [K in keyof D]: D[K] } },
    private readonly locale: () => Locale,
  ) {}

  get lang(): Locale {
    return this.locale();
  }

  t<K extends keyof D & string>(key: K, ...args: Args<D[K]>): string {
    const message = this.messages[this.locale()][key];
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
