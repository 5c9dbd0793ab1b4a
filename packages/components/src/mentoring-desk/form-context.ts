import type { ReactiveControllerHost, TemplateResult } from 'lit';
import type { PartBasics } from '../internal/widget-part.js';
import type { MentoringPlan } from './sz-mentoring-desk.js';

/** What a form's send changed: the desk fires its event (ids only), reloads, and moves the focus there. */
export type SentChange =
  | { readonly kind: 'assign'; readonly plan: MentoringPlan }
  | { readonly kind: 'milestone'; readonly plan: MentoringPlan; readonly milestoneId: string }
  | { readonly kind: 'settings'; readonly quietDays: number };

/** What the desk gives each of its forms (a late part): what every late part gets, and the desk's day and hooks. */
export interface FormContext extends PartBasics {
  /** The desk: a form asks it to render. */
  readonly host: ReactiveControllerHost;
  /** The server's today (the plans' `asOf`): the earliest due date a new milestone may have. */
  readonly today: () => string | undefined;
  /** Cancel: the desk closes the form and gives the focus back to its button. */
  readonly close: () => void;
  readonly sent: (change: SentChange) => Promise<void>;
}

/** An open form as the desk renders it. */
export interface DeskForm {
  render(): TemplateResult;
  /** Puts the focus on the form's first field (right after it opens). */
  focusFirst(): void;
}
