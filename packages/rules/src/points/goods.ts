import * as z from 'zod/mini';
import { issue, type RuleIssue } from '../shared/result.js';

/*
 * The 爱心超市 (love supermarket) shelf: goods priced in points, with stock and the donor who gave them
 * (workflows [000, 001, 002]: "goods (price in points, stock, donor)"). Points buy goods, never cash (domain §1).
 */

/** Who gave the goods: a 乡贤 (a notable native of the village), an enterprise, or someone who wishes to stay unnamed. */
export const donorKinds = ['xiangxian', 'enterprise', 'anonymous'] as const;
/** One of {@link donorKinds}. */
export type DonorKind = (typeof donorKinds)[number];

/** A name as the donor chose it to be shown (a person's name, a company's short name); never a phone or ID number. */
export const donorNameSchema = z.string().check(z.trim(), z.minLength(1), z.maxLength(60));

/**
 * A donor as recorded: `displayName` is what the donor agreed to have shown on the shelf and the thank-you list
 * (个人信息保护法 Arts 14, 25: publishing a name needs the person's own choice). An anonymous donor has none.
 */
export const donorSchema = z.object({
  kind: z.enum(donorKinds),
  displayName: z.optional(donorNameSchema),
});
/** Who gave goods: a 乡贤, an enterprise or anonymous (one of {@link donorKinds}), and the name to show, if any. */
export interface Donor {
  readonly kind: DonorKind;
  readonly displayName?: string | undefined;
}

/** A named donor needs the name to show; an anonymous one may not carry one (it would leak on a public list). */
export function validateDonor(donor: Donor, path: readonly (string | number)[] = ['donor']): RuleIssue | null {
  if (donor.kind === 'anonymous') {
    return donor.displayName === undefined ? null : issue('supermarket.donor.anonymousNamed', undefined, [...path, 'displayName']);
  }
  return donor.displayName === undefined ? issue('supermarket.donor.nameRequired', undefined, [...path, 'displayName']) : null;
}

/** The donor as the public sees it: the chosen name, or none for an anonymous donor. */
export interface ShownDonor {
  readonly kind: DonorKind;
  readonly displayName: string | null;
}

/** A donor as a public page shows them: an anonymous donor's name is never shown, even when one was recorded. */
export function shownDonor(donor: Donor): ShownDonor {
  return { kind: donor.kind, displayName: donor.kind === 'anonymous' ? null : (donor.displayName ?? null) };
}

/**
 * The id of a stored attachment (a photo of the goods). Attachments are a capability of their own; the shelf
 * keeps only the id, checked for its shape: short and URL-safe, so it can never reach a path the server reads otherwise.
 */
export const attachmentIdSchema = z.string().check(z.minLength(1), z.maxLength(64), z.regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/));

/** Highest price and stock the shelf accepts: far above any village's goods, low enough that sums stay exact. */
export const maxGoodsPrice = 100_000;
/** The highest stock of one item the shelf accepts (see {@link maxGoodsPrice}). */
export const maxGoodsStock = 100_000;

const goodsNameSchema = z.string().check(z.trim(), z.minLength(1), z.maxLength(60));
const unitSchema = z.string().check(z.trim(), z.minLength(1), z.maxLength(8));
const priceSchema = z.int().check(z.minimum(1), z.maximum(maxGoodsPrice));
/** A quantity of goods: a whole number from 1 to {@link maxGoodsStock}. */
const quantitySchema = z.int().check(z.minimum(1), z.maximum(maxGoodsStock));

/** One line of the shelf. */
export const goodsItemSchema = z.looseObject({
  id: z.string(),
  villageId: z.string(),
  name: z.string(),
  /** 件, 袋, 瓶 …: how one is counted. */
  unit: z.string(),
  pricePoints: z.int(),
  stock: z.int(),
  photoId: z.nullable(z.string()),
  /** Who gave it; null for goods the village bought. */
  donor: z.nullable(z.looseObject({ kind: z.enum(donorKinds), displayName: z.nullable(z.string()) })),
  /** False once the keeper takes it off the shelf (kept for the reconciliation of earlier months). */
  active: z.boolean(),
});

/** What the keeper enters for new goods: the first stock counts as a restock (or a donation when a donor is named). */
export const newGoodsSchema = z.object({
  name: goodsNameSchema,
  unit: z.optional(unitSchema),
  pricePoints: priceSchema,
  stock: z.optional(z.int().check(z.minimum(0), z.maximum(maxGoodsStock))),
  photoId: z.optional(attachmentIdSchema),
  donor: z.optional(donorSchema),
});
/** A value parsed by {@link newGoodsSchema}. */
export type NewGoods = z.output<typeof newGoodsSchema>;

/** A change of price, photo, name or shelf status; stock changes only through restocks, donations and redemptions. */
export const goodsChangeSchema = z.object({
  name: z.optional(goodsNameSchema),
  unit: z.optional(unitSchema),
  pricePoints: z.optional(priceSchema),
  /** null removes the photo. */
  photoId: z.optional(z.nullable(attachmentIdSchema)),
  active: z.optional(z.boolean()),
  reason: z.optional(z.string().check(z.maxLength(200))),
});

/** Goods bought in (a restock) with a note of where from. */
export const restockSchema = z.object({
  quantity: quantitySchema,
  note: z.optional(z.string().check(z.maxLength(200))),
});

export { quantitySchema as goodsQuantitySchema };
