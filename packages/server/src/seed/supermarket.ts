import {
  assignPlan,
  balanceAsOf,
  blackListMarks,
  checkRedemption,
  completeMilestone,
  maskName,
  priceCart,
  redemptionBansFrom,
  shownDonor,
  type CalendarDate,
  type Donor,
  type LedgerEntry,
  type ShelfLine,
} from '@shanzhi/rules';
import type { StoredPlan } from '../mentoring/store.js';
import type { DonationDocument, GoodsDocument, ReceiptDocument, StockMove } from '../supermarket/store.js';
import type { DayTable } from './days.js';
import { NameGenerator } from './names.js';
import type { Random } from './random.js';
import type { DemoHousehold, DemoPointsScheme, DemoRedemption, DemoStaff, DemoVillage } from './types.js';
import shelfRows from './data/supermarket-goods.json' with { type: 'json' };

/*
 * The demo county's 爱心超市 and 帮教 (workflows [000, 001, 002]): per village a keeper, a shelf of goods with donors
 * and stock, donations on the thank-you list, cart redemptions with receipts, and — in the first village — one
 * black-listed household on a 帮教 plan. Every redemption passes the rules' cart and balance checks on its day and
 * every stock movement is in the stock ledger, so the seeded months reconcile.
 */

export interface DemoGoods extends GoodsDocument {
  readonly createdOn: CalendarDate;
}

export interface DemoSupermarket {
  /** One 爱心超市 keeper per village (role `storekeeper`). */
  readonly storekeepers: readonly DemoStaff[];
  readonly goods: readonly DemoGoods[];
  readonly stockMoves: readonly StockMove[];
  readonly donations: readonly DonationDocument[];
  readonly receipts: readonly ReceiptDocument[];
  /** The `redemptions` rows the receipts wrote (kind goods); they join the county's redemptions. */
  readonly redemptions: readonly DemoRedemption[];
  readonly mentoringPlans: readonly StoredPlan[];
}

declare module './types.js' {
  interface DemoCounty {
    readonly supermarket: DemoSupermarket;
  }
}

const xiangxian = ['乡贤 陈志远', '乡贤 刘秀英', '在外乡贤 周建华', '退休教师 吴德明'];
const enterprises = ['青山县绿源农业专业合作社', '青山县供销合作社', '县城鑫达建材有限公司', '青山农村商业银行'];
const milestoneTitles = ['签订文明户承诺书', '参加一次村道清扫志愿服务', '门前三包连续一个月检查合格', '参加一次移风易俗宣讲'];
/** The shelf every village keeps (a subset of the county's goods list). */
const shelf = shelfRows as readonly { readonly name: string; readonly pricePoints: number }[];

export interface SupermarketInput {
  readonly villages: readonly DemoVillage[];
  readonly householdsByVillage: ReadonlyMap<string, readonly DemoHousehold[]>;
  readonly staff: readonly DemoStaff[];
  readonly schemes: readonly DemoPointsScheme[];
  readonly ledgerEntries: readonly LedgerEntry[];
  readonly redemptions: readonly DemoRedemption[];
  readonly days: DayTable;
  readonly random: Random;
}

function donorFor(random: Random): Donor {
  const roll = random.next();
  if (roll < 0.4) return { kind: 'xiangxian', displayName: random.pick(xiangxian) };
  if (roll < 0.75) return { kind: 'enterprise', displayName: random.pick(enterprises) };
  return { kind: 'anonymous' };
}

export function generateSupermarket(input: SupermarketInput): DemoSupermarket {
  const { days, random } = input;
  const names = new NameGenerator();
  const entriesOf = new Map<string, LedgerEntry[]>();
  for (const entry of input.ledgerEntries) {
    const list = entriesOf.get(entry.householdId);
    if (list) list.push(entry);
    else entriesOf.set(entry.householdId, [entry]);
  }
  const redeemed = new Set(input.redemptions.map((one) => one.householdId));
  let redemptionSerial = input.redemptions.length;
  let goodsSerial = 0;
  let donationSerial = 0;
  const out = {
    storekeepers: [] as DemoStaff[],
    goods: [] as DemoGoods[],
    stockMoves: [] as StockMove[],
    donations: [] as DonationDocument[],
    receipts: [] as ReceiptDocument[],
    redemptions: [] as DemoRedemption[],
    mentoringPlans: [] as StoredPlan[],
  };

  input.villages.forEach((village, index) => {
    const scheme = input.schemes[index];
    if (!scheme) throw new Error(`No points scheme for ${village.id}`);
    const keeper: DemoStaff = {
      id: `${village.id}-k01`,
      name: names.name(random, { sex: random.chance(0.6) ? 'female' : 'male', birthYear: random.int(1965, 1990) }),
      role: 'storekeeper',
      title: '爱心超市管理员',
      countyId: village.countyId,
      townId: village.townId,
      villageId: village.id,
    };
    out.storekeepers.push(keeper);

    // The shelf: eight goods, about half given by a donor; each opens with stock on the window's first day.
    const mine: DemoGoods[] = [];
    const moves: StockMove[] = [];
    for (const row of random.shuffle(shelf).slice(0, 8)) {
      goodsSerial += 1;
      const donor = random.chance(0.5) ? donorFor(random) : undefined;
      const goods: DemoGoods = {
        id: `sg-${String(goodsSerial).padStart(6, '0')}`,
        villageId: village.id,
        name: row.name,
        unit: '件',
        pricePoints: row.pricePoints,
        stock: 0,
        photoId: null,
        donor: donor === undefined ? null : shownDonor(donor),
        active: true,
        createdOn: days.from,
      };
      mine.push(goods);
      const opening = random.int(10, 40);
      moves.push({
        villageId: village.id,
        goodsId: goods.id,
        date: days.from,
        kind: donor ? 'donation' : 'restock',
        quantity: opening,
        refId: goods.id,
      });
      // A restock every few months, numbered per goods as the API numbers them (the opening restock counts).
      let restocks = donor ? 0 : 1;
      for (let day = random.int(60, 120); day <= days.last; day += random.int(60, 120)) {
        restocks += 1;
        moves.push({
          villageId: village.id,
          goodsId: goods.id,
          date: days.date(day),
          kind: 'restock',
          quantity: random.int(5, 20),
          refId: `rs-${String(restocks)}`,
        });
      }
    }
    // Donations on the thank-you list: goods onto the shelf, money, or both.
    for (let n = random.int(3, 5); n > 0; n--) {
      donationSerial += 1;
      const id = `dn-${String(donationSerial).padStart(6, '0')}`;
      const date = days.date(random.int(0, days.last));
      const donor = donorFor(random);
      const goods = random.pick(mine);
      const items = random.chance(0.7) ? [{ goodsId: goods.id, name: goods.name, quantity: random.int(5, 30) }] : [];
      const cashFen = items.length === 0 || random.chance(0.3) ? random.int(5, 100) * 10_000 : null;
      for (const line of items)
        moves.push({ villageId: village.id, goodsId: line.goodsId, date, kind: 'donation', quantity: line.quantity, refId: id });
      out.donations.push({
        id,
        villageId: village.id,
        date,
        donor: shownDonor(donor),
        items,
        cashFen,
        valuePoints: items.length > 0 ? (items[0]?.quantity ?? 0) * goods.pricePoints : null,
        recordedBy: keeper.id,
      });
    }

    // Cart redemptions in the last three months by households with no other exchange, each checked on its day.
    const stockOn = (goodsId: string, date: CalendarDate) =>
      moves.filter((move) => move.goodsId === goodsId && move.date <= date).reduce((sum, move) => sum + move.quantity, 0);
    const candidates = (input.householdsByVillage.get(village.id) ?? []).filter((household) => !redeemed.has(household.id));
    const dates = Array.from({ length: random.int(4, 8) }, () => random.int(Math.max(0, days.last - 90), days.last)).sort((a, b) => a - b);
    for (const day of candidates.length > 0 ? dates : []) {
      const household = random.pick(candidates);
      const date = days.date(day);
      const entries = entriesOf.get(household.id) ?? [];
      const earlier = out.redemptions.filter((one) => one.householdId === household.id);
      const balance = balanceAsOf(entries, earlier, date, scheme.settings, scheme.catalogue, household.id);
      const onShelf = new Map<string, ShelfLine>(mine.map((goods) => [goods.id, { ...goods, stock: stockOn(goods.id, date) }]));
      const affordable = mine.filter((goods) => goods.pricePoints <= balance.redeemable);
      const chosen = random.shuffle(affordable).slice(0, random.int(1, 2));
      if (chosen.length === 0) continue;
      const cart = chosen.map((goods) => ({ goodsId: goods.id, quantity: 1 }));
      const priced = priceCart(cart, onShelf);
      if (!priced.ok) continue;
      const plan = checkRedemption({
        householdId: household.id,
        date,
        balance,
        kind: 'goods',
        items: priced.value.lines,
        bans: redemptionBansFrom(entries, scheme.catalogue, date),
        settings: { ...scheme.settings, allowCashTopUp: false },
      });
      if (!plan.ok) continue;
      redemptionSerial += 1;
      const id = `rd-${String(redemptionSerial).padStart(6, '0')}`;
      const redemption: DemoRedemption = {
        id,
        householdId: household.id,
        villageId: village.id,
        date,
        points: plan.value.pointsSpent,
        kind: 'goods',
        note: priced.value.lines.map((line) => `${line.name}×${String(line.quantity)}`).join('、'),
        handledBy: keeper.id,
        items: priced.value.lines.map(({ name, pricePoints, quantity }) => ({ name, pricePoints, quantity })),
      };
      out.redemptions.push(redemption);
      for (const line of priced.value.lines)
        moves.push({ villageId: village.id, goodsId: line.goodsId, date, kind: 'redemption', quantity: -line.quantity, refId: id });
      const after = balanceAsOf(entries, [...earlier, redemption], date, scheme.settings, scheme.catalogue, household.id);
      out.receipts.push({
        receiptNumber: id,
        villageId: village.id,
        householdId: household.id,
        householdNumber: household.number,
        householdName: maskName(household.headName),
        date,
        lines: priced.value.lines.map((line) => ({ ...line })),
        totalPoints: priced.value.totalPoints,
        balanceAfter: { total: after.total, redeemable: after.redeemable },
        handledBy: keeper.id,
      });
    }
    // The shelf's stock column is the sum of its ledger, as the API keeps it.
    for (const goods of mine) out.goods.push({ ...goods, stock: stockOn(goods.id, days.asOf) });
    out.stockMoves.push(...moves.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)));

    // 帮教 [001]: the first village's first black-listed household, mentored by the village's first grid worker.
    if (index === 0) {
      const mentor = input.staff.find((one) => one.role === 'gridWorker' && one.villageId === village.id);
      const cadre = input.staff.find((one) => one.role === 'cadre' && one.villageId === village.id);
      const assignedOn = days.date(days.last - 60);
      const household = (input.householdsByVillage.get(village.id) ?? []).find(
        (one) => blackListMarks(entriesOf.get(one.id) ?? [], assignedOn).length > 0,
      );
      if (mentor && cadre && household) {
        const entries = entriesOf.get(household.id) ?? [];
        const assigned = assignPlan({
          id: 'mp-000001',
          householdId: household.id,
          mentorId: mentor.id,
          milestones: milestoneTitles.slice(0, 3).map((title, n) => ({ title, dueOn: days.date(days.last - 60 + 30 * (n + 1)) })),
          actor: { id: cadre.id, role: 'cadre' },
          at: assignedOn,
          entries,
          settings: { quietDays: 90 },
          plans: [],
        });
        if (!assigned.ok) throw new Error(`The demo 帮教 plan is refused: ${assigned.issues[0]?.code ?? ''}`);
        let plan = assigned.value;
        for (const [milestone, day] of [
          ['m1', days.last - 45],
          ['m2', days.last - 15],
        ] as const) {
          const done = completeMilestone(plan, milestone, { id: mentor.id, role: 'gridWorker' }, days.date(day));
          if (!done.ok) throw new Error(`The demo 帮教 milestone ${milestone} is refused`);
          plan = done.value;
        }
        out.mentoringPlans.push({ ...plan, villageId: village.id });
      }
    }
  });
  return out;
}
