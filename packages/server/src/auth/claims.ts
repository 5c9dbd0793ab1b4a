import { roles, type Role } from '@shanzhi/rules';
import type { JWTPayload } from 'jose';
import type { Principal } from './principal.js';

/** How an identity provider's token says who someone is, in shanzhi's terms. */
export interface ClaimMapping {
  /** Claim holding the IdP's role(s): a string or an array of strings. A dotted path reaches nested claims (`realm_access.roles`). */
  readonly roleClaim: string;
  /** The IdP's role values → shanzhi roles. Values not listed map to nothing. */
  readonly roleMap: ReadonlyMap<string, Role>;
  /** Claim holding the village id (`v-qs-01`). */
  readonly villageClaim: string;
  /** Claim holding the household id (villagers). */
  readonly householdClaim: string;
}

/** The default mapping: shanzhi's own role names, each to itself. */
export const identityRoleMap: ReadonlyMap<string, Role> = new Map(roles.map((role) => [role, role]));

/**
 * A claim by name; when there is no claim of exactly that name, by dotted path. Names are tried whole first
 * because namespaced claims (`https://idp.example/roles`) contain dots themselves.
 */
export function claimAt(payload: JWTPayload, name: string): unknown {
  if (Object.prototype.hasOwnProperty.call(payload, name)) return payload[name];
  let value: unknown = payload;
  for (const part of name.split('.')) {
    if (typeof value !== 'object' || value === null || !Object.prototype.hasOwnProperty.call(value, part)) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

const idPattern = /^[A-Za-z0-9._:-]{1,64}$/;

function idClaim(payload: JWTPayload, name: string): string | undefined {
  const value = claimAt(payload, name);
  return typeof value === 'string' && idPattern.test(value) ? value : undefined;
}

/**
 * The shanzhi role of a token. Exactly one distinct mapped role wins. No mapped role — or several different
 * ones, which would make the rights depend on the order an IdP lists groups in — gives `public`: an
 * authenticated caller with no staff rights. Map the IdP's groups so each user lands on one role.
 */
export function roleOf(payload: JWTPayload, mapping: ClaimMapping): Role {
  const raw = claimAt(payload, mapping.roleClaim);
  const values = typeof raw === 'string' ? [raw] : Array.isArray(raw) ? raw.filter((v): v is string => typeof v === 'string') : [];
  const mapped = new Set<Role>();
  for (const value of values) {
    const role = mapping.roleMap.get(value);
    if (role !== undefined) mapped.add(role);
  }
  const [only] = mapped;
  return mapped.size === 1 && only !== undefined ? only : 'public';
}

/** The principal of a verified token's claims. `sub` is required by the verifier. */
export function principalFromClaims(payload: JWTPayload & { sub: string }, mapping: ClaimMapping): Principal {
  const role = roleOf(payload, mapping);
  const villageId = idClaim(payload, mapping.villageClaim);
  // A household belongs to a villager; other roles never read a ledger "as the household".
  const householdId = role === 'villager' ? idClaim(payload, mapping.householdClaim) : undefined;
  return { id: payload.sub, role, villageId, householdId };
}
