import type { Locale } from './locale.js';

/**
 * One message in both languages. Templates use `{name}` placeholders rather than functions so the
 * whole catalogue is plain data: a Java or Go backend can load the same JSON and say the same words.
 */
export type MessageEntry = Readonly<Record<Locale, string>>;
/** A module's messages by code, each in every locale. */
export type MessageTable = Readonly<Record<string, MessageEntry>>;

/** Declares a module's table while keeping its literal keys, so codes stay a closed, typed set. */
export function defineMessages<const T extends Record<string, MessageEntry>>(table: T): T {
  return table;
}
