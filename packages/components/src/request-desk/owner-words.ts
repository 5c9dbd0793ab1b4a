import type { Localizer } from '../internal/localize.js';
import type { requestDeskMessages } from './messages.js';

type Words = Localizer<(typeof requestDeskMessages)['zh-CN']>;
const roles = new Set(['applicant', 'cadre', 'gridWorker', 'supervisor']);

/** A role in words ("网格员"); a role the desk does not know stays as sent. */
export function roleWords(t: Words, role: string): string {
  return roles.has(role) ? t.t(`role_${role as 'cadre'}`) : role;
}

/** Who owns a step, in words: the staff member named at 派单, else its roles ("村干部或网格员"). */
export function ownerWords(t: Words, owner: { readonly roles: readonly string[]; readonly staff?: { readonly name: string } }): string {
  if (owner.staff) return owner.staff.name;
  return owner.roles.map((role) => roleWords(t, role)).join(t.t('or'));
}
