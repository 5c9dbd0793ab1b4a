import { createContext } from '@lit/context';
import type { Locale } from '@shanzhi/rules';
import type { Client, TokenGetter } from '@shanzhi/sdk';

/**
 * What an enclosing <sz-provider> gives every widget inside it. Each value can also be set on a widget itself;
 * the widget's own attribute wins, so a portal may drop a single widget into a page with no provider.
 */
export interface SzConfig {
  readonly client?: Client | undefined;
  readonly apiBase?: string | undefined;
  readonly getToken?: TokenGetter | undefined;
  readonly village?: string | undefined;
  readonly region?: string | undefined;
  readonly locale?: Locale | undefined;
  readonly elder?: boolean | undefined;
}

export const configContext = createContext<SzConfig>(Symbol('sz-config'));
