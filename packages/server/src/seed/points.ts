import {
  balanceAsOf,
  checkRedemption,
  declareEntry,
  demoPointsCatalogue,
  pointsSettings,
  redemptionBansFrom,
  transition,
  type Actor,
  type EntryAction,
  type LedgerEntry,
  type ObjectionAction,
  type PointsCatalogue,
  type PointsRule,
  type PointsSettings,
  type PointsSettingsInput,
  type Result,
} from '@shanzhi/rules';
import { WeightedTable, type Random } from './random.js';
import type { DemoHousehold, DemoPointsScheme, DemoRedemption, DemoRedemptionItem, DemoStaff, DemoVillage } from './types.js';
import type { DayTable } from './days.js';
import shelfRows from './data/supermarket-goods.json' with { type: 'json' };

/** Throws on a refused step: the seed only takes legal steps, so a refusal is a bug in the seed. */
export function unwrap<T>(result: Result<T>, what: string): T {
  if (result.ok) return result.value;
  throw new Error(`Seed bug (${what}): ${result.issues.map((one) => `${one.code} ${JSON.stringify(one.params ?? {})}`).join('; ')}`);
}

function extraRule(code: string, category: string, zh: string, en: string, points: number, cap?: PointsRule['cap']): PointsRule {
  return { code, category, label: { 'zh-CN': zh, en }, points, bansRedemption: false, active: true, ...(cap ? { cap } : {}) };
}

/** Rules some villages add to the demo catalogue (each village adopts its own 积分细则). */
const extraRules: readonly PointsRule[] = [
  extraRule('env.beautifulCourtyard', 'environment', '评为美丽庭院示范户', 'Model beautiful courtyard', 10, { maxEntries: 2 }),
  extraRule('volunteer.bloodDonation', 'volunteer', '无偿献血', 'Blood donation', 10, { maxEntries: 2 }),
  extraRule('law.antiFraud', 'law', '参加反诈宣传并安装国家反诈中心APP', 'Anti-fraud campaign and app', 2, { maxEntries: 1 }),
  extraRule('neighbours.helpingHand', 'neighbours', '帮扶困难邻里', 'Helping a neighbour in need', 5, { maxPoints: 30 }),
  extraRule('enterprise.ecommerce', 'enterprise', '发展农村电商带动销售', 'Rural e-commerce that helps others sell', 10),
  extraRule('customs.civilisedMourning', 'customs', '文明祭扫', 'Civilised tomb-sweeping', 3, { maxEntries: 1 }),
];

/** Settings that differ from the defaults, by village position: the variety a county really has. */
const settingsByIndex: readonly PointsSettingsInput[] = [
  {},
  // 溪口村 switched the black list off after villagers objected to being named (个人信息保护法 Art 25).
  { blackListEnabled: false },
  // 桃源村 keeps a base score of 60 that starts again each year and cannot be redeemed.
  { balanceCarry: 'resetYearly', baseScore: 60 },
  { allowCashTopUp: true },
  { periodKind: 'quarter', noticeDays: 5 },
  { periodAwardCap: 300, blackListRule: 'bottom', blackListSize: 5 },
  { rankingMethod: 'dense' },
  { balanceCarry: 'resetYearly' },
  { starThresholds: [30, 60, 90, 120, 150] },
  { pointValueFen: 50, voucherDenominations: [10, 20, 50, 100] },
  { redListSize: 20 },
  { noticeDays: 10 },
];

export function generatePointsSchemes(villages: readonly DemoVillage[], random: Random): DemoPointsScheme[] {
  return villages.map((village, index) => {
    const extras = random.sample(extraRules, index % 3 === 0 ? 0 : random.int(1, 3));
    let rules: PointsRule[] = [...demoPointsCatalogue.rules, ...extras];
    // One village retired its waste-sorting rule when sorting became compulsory county-wide.
    if (index === 5) rules = rules.map((rule) => (rule.code === 'env.wasteSorting' ? { ...rule, active: false } : rule));
    const catalogue: PointsCatalogue = { categories: [...demoPointsCatalogue.categories], rules };
    const settings: PointsSettings = pointsSettings(settingsByIndex[index % settingsByIndex.length] ?? {});
    return { villageId: village.id, catalogue, settings };
  });
}

/** How often each rule is used, relative to the others (rules not listed: weight 2). */
const ruleWeights: Readonly<Record<string, number>> = {
  'env.tidyCourtyard': 22,
  'env.wasteSorting': 20,
  'volunteer.activity': 18,
  'filial.elderCare': 5,
  'neighbours.mediation': 4,
  'customs.frugalWedding': 1.5,
  'customs.frugalFuneral': 1.5,
  'enterprise.leadingOthers': 1.5,
  'education.university': 1,
  'honour.village': 2.5,
  'honour.township': 1.2,
  'honour.county': 0.5,
  'honour.city': 0.2,
  'honour.provincial': 0.06,
  'honour.national': 0.015,
  'env.strawBurning': 3,
  'env.dumping': 3.5,
  'customs.lavishCeremony': 0.8,
  'neighbours.fighting': 0.7,
  'law.publicMorals': 0.4,
  'law.gambling': 0.6,
  'law.illegalBuilding': 0.4,
  'filial.refuseSupport': 0.25,
  'law.criminalPenalty': 0.03,
};

const notes: Readonly<Record<string, readonly string[]>> = {
  'env.tidyCourtyard': ['门前三包检查合格', '庭院整洁，柴草堆放整齐', '月度人居环境评比合格'],
  'env.wasteSorting': ['垃圾分类督导员检查准确投放', '厨余垃圾分类到位'],
  'volunteer.activity': ['参加村道清扫志愿服务', '参加防汛值守', '参加敬老院慰问活动', '参加疫苗接种现场引导', '参加森林防火巡护'],
  'filial.elderCare': ['长期照料卧床老人', '村民推荐孝老爱亲事迹'],
  'neighbours.mediation': ['协助调解邻里排水纠纷', '协助调解宅基地界址纠纷'],
  'env.strawBurning': ['网格员巡查发现田间焚烧秸秆', '无人机巡查发现焚烧秸秆'],
  'env.dumping': ['房前屋后乱堆建筑垃圾', '向河道倾倒生活垃圾'],
  'education.university': ['子女考入本科院校'],
};

const rejectReasons = {
  firstReview: ['证明材料不足，请补充照片或证明人', '同一事项本月已申报', '不符合积分细则对应条款'],
  secondReview: ['评议小组认为事迹不属实', '超出本年度该项积分上限', '申报事项发生在村外，不属本村积分范围'],
  afterObjection: ['经核实，群众异议成立', '公示期内收到异议，经评议不予认定'],
};
const objectionReasons = ['村民反映该户门前仍有杂物堆放', '村民反映申报的志愿服务当天未到场', '村务监督委员会认为证明材料不全'];
/** Villagers' objections during 公示 (the objection process), and the 村务监督委员会's written answers. */
const disputeReasons = ['申报的志愿服务当天我在现场，没有看到该户参加', '该户门前杂物至今没有清理', '同一件事上个月已经加过分'];
const upholdAnswers = ['经村务监督委员会核实，异议成立，该条积分不予认定', '经走访核实，申报事项与实际不符，异议成立'];
const dismissAnswers = ['经核实，该户当天确有参加，有签到表和照片为证，异议不成立', '经查，两次申报为不同事项，异议不成立，公示继续'];
const revokeReasons = [
  '经复核情况不属实，撤销积分',
  '录入时规则选择错误，撤销后重新申报',
  '重复记分，撤销其中一条',
  '当事人违规行为经查实，撤销原奖励积分',
];

export interface VillagePointsContext {
  readonly village: DemoVillage;
  readonly scheme: DemoPointsScheme;
  readonly rules: WeightedTable<PointsRule>;
  readonly cadreActors: readonly Actor[];
  readonly supervisorActors: readonly Actor[];
  /** Grid worker of each group. */
  readonly gridActorOf: ReadonlyMap<string, Actor>;
  readonly keeper: DemoStaff;
  readonly households: readonly DemoHousehold[];
}

export function villagePointsContext(
  village: DemoVillage,
  scheme: DemoPointsScheme,
  staff: readonly DemoStaff[],
  households: readonly DemoHousehold[],
): VillagePointsContext {
  const active = scheme.catalogue.rules.filter((rule) => rule.active);
  const rules = new WeightedTable(active.map((rule) => [rule, ruleWeights[rule.code] ?? 2] as const));
  const mine = staff.filter((one) => one.villageId === village.id);
  const cadres = mine.filter((one) => one.role === 'cadre');
  const actor = (one: DemoStaff): Actor => ({ id: one.id, role: one.role });
  const gridActorOf = new Map<string, Actor>();
  for (const worker of mine.filter((one) => one.role === 'gridWorker'))
    for (const group of worker.groupIds ?? []) gridActorOf.set(group, actor(worker));
  const keeper = cadres[cadres.length - 1];
  const supervisorActors = mine.filter((one) => one.role === 'supervisor').map(actor);
  if (!keeper || supervisorActors.length === 0) throw new Error(`Village ${village.id} lacks cadres or supervisors`);
  return { village, scheme, rules, cadreActors: cadres.map(actor), supervisorActors, gridActorOf, keeper, households };
}

type Fate = 'normal' | 'rejectFirst' | 'rejectSecond' | 'objected' | 'revoke';

export class LedgerGenerator {
  private serial = 0;
  private redemptionSerial = 0;

  constructor(private readonly days: DayTable) {}

  /** A household's entries for the window, in the order they were declared. */
  entriesFor(household: DemoHousehold, context: VillagePointsContext, random: Random): LedgerEntry[] {
    const count = random.int(8, 15);
    const occurred: number[] = [];
    for (let i = 0; i < count; i++) occurred.push(random.int(0, this.days.last));
    occurred.sort((a, b) => a - b);
    const entries: LedgerEntry[] = [];
    for (const day of occurred) entries.push(this.entry(household, context, context.rules.draw(random), day, random));
    return entries;
  }

  private current: LedgerEntry | null = null;
  private day = 0;
  private settings: PointsSettings | null = null;

  /**
   * Takes one step `delta` days after the previous one through the rules' transition function, unless
   * that day is after asOf: the entry then waits where it is, as entries do on the real board.
   */
  private step(action: EntryAction, actor: Actor, delta: number, reason?: string): boolean {
    return this.stepAt(action, actor, this.day + delta, reason);
  }

  /** `step` on a given day (never before the previous step). */
  private stepAt(action: EntryAction | ObjectionAction, actor: Actor, day: number, reason?: string): boolean {
    const next = Math.max(day, this.day);
    if (next > this.days.last || this.current === null || this.settings === null) return false;
    this.day = next;
    this.current = unwrap(transition(this.current, action, { actor, at: this.days.date(next), reason, settings: this.settings }), action);
    return true;
  }

  /**
   * The objection process on an entry under notice (from its own random stream, so the rest of the ledger stays as
   * it was): a villager of another household objects during the notice; the 村务监督委员会 upholds (the entry stops)
   * or dismisses (it goes on). Entries still under notice at asOf are objected to more often, so the board the demo
   * opens on shows objections being handled. Returns false when the entry stops here (upheld, or still objected).
   */
  private objectionRound(posted: number, context: VillagePointsContext, random: Random): boolean {
    const entry = this.current;
    if (entry === null) return true;
    const { noticeDays } = context.scheme.settings;
    const stillUnderNotice = posted + noticeDays > this.days.last;
    if (!random.chance(stillUnderNotice ? 0.3 : 0.03)) return true;
    const others = context.households.filter((one) => one.id !== entry.householdId);
    if (others.length === 0) return true;
    const objector: Actor = { id: random.pick(others).id, role: 'villager' };
    if (!this.stepAt('dispute', objector, posted + random.int(1, noticeDays - 1), random.pick(disputeReasons))) return true;
    const upheld = random.chance(0.35);
    const ruling = upheld ? 'uphold' : 'dismiss';
    const answer = random.pick(upheld ? upholdAnswers : dismissAnswers);
    if (!this.stepAt(ruling, random.pick(context.supervisorActors), this.day + random.int(1, 4), answer)) return false;
    return !upheld;
  }

  private entry(
    household: DemoHousehold,
    context: VillagePointsContext,
    rule: PointsRule,
    occurredDay: number,
    random: Random,
  ): LedgerEntry {
    const { days } = this;
    const settings = context.scheme.settings;
    const gridActor = context.gridActorOf.get(household.groupId) ?? context.cadreActors[0];
    if (!gridActor) throw new Error(`No reviewer for ${household.groupId}`);
    const cadreActor = random.pick(context.cadreActors);
    // Honours are recorded by the committee, breaches by the grid worker who saw them; the rest are
    // declared by the household itself about as often as by the grid worker.
    const declarer: Actor = rule.code.startsWith('honour.')
      ? cadreActor
      : rule.points < 0 || random.chance(0.45)
        ? gridActor
        : { id: household.id, role: 'villager' };

    this.serial += 1;
    this.day = Math.min(days.last, occurredDay + random.int(0, 3));
    this.settings = settings;
    const ruleNotes = notes[rule.code];
    const note = ruleNotes && random.chance(0.6) ? random.pick(ruleNotes) : undefined;
    this.current = unwrap(
      declareEntry({
        id: `pe-${String(this.serial).padStart(7, '0')}`,
        householdId: household.id,
        rule,
        occurredOn: days.date(occurredDay),
        note,
        actor: declarer,
        at: days.date(this.day),
      }),
      'declare',
    );
    this.walk(declarer, gridActor, cadreActor, context, random);
    const done = this.current;
    this.current = null;
    return done;
  }

  private walk(declarer: Actor, gridActor: Actor, cadreActor: Actor, context: VillagePointsContext, random: Random): void {
    const noticeDays = context.scheme.settings.noticeDays;
    const roll = random.next();
    const fate: Fate =
      roll < 0.025 ? 'rejectFirst' : roll < 0.045 ? 'rejectSecond' : roll < 0.057 ? 'objected' : roll < 0.075 ? 'revoke' : 'normal';
    if (!this.step('submit', declarer, declarer.role === 'villager' ? random.int(0, 2) : 0)) return;
    if (fate === 'rejectFirst') {
      this.step('reject', gridActor, random.int(1, 5), random.pick(rejectReasons.firstReview));
      return;
    }
    if (!this.step('passFirstReview', gridActor, random.int(1, 6))) return;
    if (fate === 'rejectSecond') {
      this.step('reject', cadreActor, random.int(1, 8), random.pick(rejectReasons.secondReview));
      return;
    }
    if (!this.step('publicize', cadreActor, random.int(1, 8))) return;
    let posted = this.day;
    if (fate === 'normal' && this.current && !this.objectionRound(posted, context, random.fork(`objection:${this.current.id}`))) return;
    if (fate === 'objected') {
      const objector: Actor = random.chance(0.5)
        ? { id: random.pick(context.households).id, role: 'villager' }
        : random.pick(context.supervisorActors);
      if (!this.step('object', objector, random.int(1, Math.max(1, noticeDays - 1)), random.pick(objectionReasons))) return;
      if (random.chance(0.4)) {
        this.step('reject', cadreActor, random.int(2, 7), random.pick(rejectReasons.afterObjection));
        return;
      }
      if (!this.step('publicize', cadreActor, random.int(2, 8))) return;
      posted = this.day;
    }
    const delay = random.int(0, 3);
    if (!this.stepAt('confirm', cadreActor, posted + noticeDays + delay)) {
      // The notice is over by asOf: the entry is effective, as the server's sweep would have made it on that day.
      this.stepAt('confirm', cadreActor, posted + noticeDays);
      return;
    }
    if (fate === 'revoke') this.step('revoke', cadreActor, random.int(5, 90), random.pick(revokeReasons));
  }

  /** Exchanges at the love supermarket that the rules accept on their day, in date order. */
  redemptionsFor(
    household: DemoHousehold,
    entries: readonly LedgerEntry[],
    context: VillagePointsContext,
    random: Random,
  ): DemoRedemption[] {
    if (!random.chance(0.3)) return [];
    const { days } = this;
    const { settings, catalogue } = context.scheme;
    const dates = Array.from({ length: random.int(1, 3) }, () => random.int(30, days.last)).sort((a, b) => a - b);
    const made: DemoRedemption[] = [];
    for (const day of dates) {
      const date = days.date(day);
      const balance = balanceAsOf(entries, made, date, settings, catalogue, household.id);
      const available = balance.redeemable;
      const topUp = settings.allowCashTopUp && available > 0 && random.chance(0.3);
      if (available < 5 && !topUp) continue;
      const bans = redemptionBansFrom(entries, catalogue, date);
      const base = { householdId: household.id, date, balance, bans, settings };
      let request: Parameters<typeof checkRedemption>[0];
      let vouchers: number[] | undefined;
      let items: DemoRedemptionItem[] | undefined;
      if (!topUp && random.chance(0.45)) {
        vouchers = this.vouchers(Math.min(available, random.int(5, 120)), settings.voucherDenominations);
        if (vouchers.length === 0) continue;
        request = { ...base, kind: 'vouchers', vouchers };
      } else {
        const budget = topUp ? available + random.int(3, 30) : Math.min(available, random.int(5, 150));
        items = this.basket(budget, random);
        if (items.length === 0) continue;
        const cost = items.reduce((sum, item) => sum + item.pricePoints * item.quantity, 0);
        const cashTopUpFen = cost > available ? (cost - available) * settings.pointValueFen : undefined;
        request = { ...base, kind: 'goods', items, cashTopUpFen };
      }
      const plan = checkRedemption(request);
      if (!plan.ok) continue;
      this.redemptionSerial += 1;
      const note = vouchers
        ? `兑换券 ${vouchers.map((v) => `${String(v)}分`).join('、')}`
        : (items ?? []).map((item) => `${item.name}×${String(item.quantity)}`).join('、');
      const record: DemoRedemption = {
        id: `rd-${String(this.redemptionSerial).padStart(6, '0')}`,
        householdId: household.id,
        villageId: context.village.id,
        date,
        points: plan.value.pointsSpent,
        kind: request.kind === 'vouchers' ? 'vouchers' : 'goods',
        note,
        handledBy: context.keeper.id,
        ...(plan.value.cashTopUpFen > 0 ? { cashTopUpFen: plan.value.cashTopUpFen } : {}),
        ...(vouchers ? { vouchers } : {}),
        ...(items ? { items } : {}),
      };
      made.push(record);
    }
    return made;
  }

  /** Largest vouchers first, up to `points`. */
  private vouchers(points: number, denominations: readonly number[]): number[] {
    const out: number[] = [];
    let left = points;
    for (const value of [...denominations].sort((a, b) => b - a)) {
      while (left >= value && out.length < 6) {
        out.push(value);
        left -= value;
      }
    }
    return out;
  }

  private basket(budget: number, random: Random): DemoRedemptionItem[] {
    const chosen: DemoRedemptionItem[] = [];
    let left = budget;
    for (const good of random.shuffle(supermarketGoods)) {
      if (chosen.length >= 3) break;
      if (good.pricePoints > left) continue;
      const quantity = Math.max(1, Math.min(3, Math.floor(left / good.pricePoints / 2)));
      chosen.push({ name: good.name, pricePoints: good.pricePoints, quantity });
      left -= good.pricePoints * quantity;
    }
    return chosen;
  }
}

/** The love supermarket's shelf (爱心超市), priced in points. */
const supermarketGoods = shelfRows as readonly { readonly name: string; readonly pricePoints: number }[];
