/**
 * Row types of the tables migration 0009-supermarket creates, joined into the server's `Database` below (one
 * schema file per migration area, as db/schema.ts describes).
 */

export interface SupermarketGoodsTable {
  /** `sg-000001`. */
  id: string;
  village_id: string;
  name: string;
  unit: string;
  price_points: number;
  /** The running count; always equal to the sum of the goods' stock moves. */
  stock: number;
  photo_id: string | null;
  /** null for goods the village bought. */
  donor_kind: string | null;
  /** As the donor chose to be shown; null for an anonymous donor. */
  donor_name: string | null;
  /** 1 on the shelf, 0 taken off it. */
  active: number;
  created_on: string;
}

/** One movement of stock: `restock` and `donation` add, `redemption` takes away (quantity is signed). */
export interface SupermarketStockMoveTable {
  /** `<ref_id>:<goods_id>`. */
  id: string;
  village_id: string;
  goods_id: string;
  date: string;
  kind: string;
  quantity: number;
  /** The restock, donation or receipt it belongs to. */
  ref_id: string;
}

export interface SupermarketDonationTable {
  /** `dn-000001`. */
  id: string;
  village_id: string;
  date: string;
  /** The donation as the thank-you list shows it, plus who recorded it. */
  doc: string;
}

export interface SupermarketReceiptTable {
  /** The id of the `redemptions` row this cart wrote (`rd-000123`): the receipt number. */
  id: string;
  village_id: string;
  household_id: string;
  date: string;
  total_points: number;
  doc: string;
}

export interface MentoringPlanTable {
  /** `mp-000001`. */
  id: string;
  village_id: string;
  household_id: string;
  status: string;
  /** The rules' `MentoringPlan`. */
  doc: string;
}

export interface MentoringSettingsTable {
  village_id: string;
  quiet_days: number;
}

export interface SupermarketTables {
  supermarket_goods: SupermarketGoodsTable;
  supermarket_stock_moves: SupermarketStockMoveTable;
  supermarket_donations: SupermarketDonationTable;
  supermarket_receipts: SupermarketReceiptTable;
  mentoring_plans: MentoringPlanTable;
  mentoring_settings: MentoringSettingsTable;
}

declare module '../db/schema.js' {
  // Interface merging: the server's Database gains these tables without another edit of db/schema.ts.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- interface merging is how a table joins `Database`
  interface Database extends SupermarketTables {}
}
