import {
  addDays,
  addWorkingDays,
  advanceRequest,
  compareDates,
  defaultRequestLifecycles,
  followUpDeadline,
  isBadRating,
  minDate,
  orderCategories,
  rateRequest,
  requestDeadline,
  startRequest,
  type CalendarDate,
  type OrderCategory,
  type RequestActor,
  type RequestKind,
  type RequestProgress,
  type Result,
} from '@shanzhi/rules';
import { drawReceiptCode, requestIdOf, type StoredRequest } from '../requests/store.js';
import { Random } from './random.js';
import type { DemoCounty } from './types.js';

/*
 * 代办 and 点单 requests in every state for each village of the demo county (seed 002 "群众点单—协商定单—村委派单—
 * 干部埋单—群众评单", seed 003 村级代办), every one moved through the rules' lifecycle (advanceRequest, rateRequest),
 * with good and bad ratings (好差评) and the follow-ups the bad ones opened, answered or still open. Five rated 代办 of
 * one service and five rated 点单 of one category per village, so a village's aggregates reach the publication minimum.
 */

type Outcome = number | 'lapsed' | undefined;

interface Template {
  readonly kind: RequestKind;
  /** Steps done, the first (filing) included. */
  readonly steps: number;
  /** A grade 1–5, `lapsed` for a 点单 closed unrated, nothing for no rating yet. */
  readonly rating?: Outcome;
  /** For a bad rating: whether the supervisor answered its follow-up. */
  readonly answered?: boolean;
  /** Rated with the village's most asked-for service or category (so its aggregate is published). */
  readonly common?: boolean;
}

/** The first is `rq-…-0001`: closed with a good rating and no follow-up (the contract tests' sample request). */
const templates: readonly Template[] = [
  { kind: 'proxy', steps: 7, rating: 5, common: true },
  { kind: 'proxy', steps: 7, rating: 4, common: true },
  { kind: 'proxy', steps: 7, rating: 1, answered: true, common: true },
  { kind: 'proxy', steps: 6, rating: 3, common: true },
  { kind: 'proxy', steps: 5, rating: 2, answered: false, common: true },
  { kind: 'proxy', steps: 5 },
  { kind: 'proxy', steps: 4 },
  { kind: 'proxy', steps: 3 },
  { kind: 'proxy', steps: 2 },
  { kind: 'proxy', steps: 1 },
  { kind: 'order', steps: 5, rating: 5, common: true },
  { kind: 'order', steps: 5, rating: 4, common: true },
  { kind: 'order', steps: 5, rating: 5, common: true },
  { kind: 'order', steps: 5, rating: 1, answered: false, common: true },
  { kind: 'order', steps: 5, rating: 2, answered: true, common: true },
  { kind: 'order', steps: 5, rating: 'lapsed' },
  { kind: 'order', steps: 4 },
  { kind: 'order', steps: 3 },
  { kind: 'order', steps: 2 },
  { kind: 'order', steps: 1 },
  // Rated once for its service: too few to publish.
  { kind: 'proxy', steps: 6, rating: 4 },
];

const orderTexts: Readonly<Record<OrderCategory, readonly string[]>> = {
  facilities: ['村东桥头的路灯坏了，晚上看不见路', '二组水渠堵了，下雨就漫到路上', '文化广场的健身器材松动了'],
  care: ['隔壁独居老人行动不便，想请人帮忙买药', '家里老人想申请上门理发', '困难户冬天缺被褥，想请村里帮助联系'],
  policy: ['想了解高龄津贴怎么申请', '医保缴费的新政策看不懂，想请人讲一讲', '想问问危房改造的补助条件'],
  environment: ['村口垃圾桶满了几天没人清', '河边有人乱倒建筑垃圾', '三组路边杂草太高挡视线'],
  other: ['想借用村委会议室办家庭聚会', '想请村里开一份居住证明', '想了解村里的技能培训什么时候开'],
};

const bad = ['办得太慢，跑了好几趟', '没有人回电话说明进度'];
const good = ['办得很及时，谢谢', '态度好，讲得清楚', '上门服务，方便'];

export interface DemoRequest {
  readonly request: StoredRequest;
  /** The receipt code the villager was given (only its hash is stored); tests follow and rate with it. */
  readonly receiptCode: string;
}

function must(result: Result<RequestProgress>, what: string): RequestProgress {
  if (!result.ok) throw new Error(`The seed's request ${what} broke a rule: ${result.issues.map((one) => one.code).join(', ')}`);
  return result.value;
}

/** Every demo request of the county, deterministic for the county's seed. */
export function demoRequests(county: DemoCounty): DemoRequest[] {
  const random = new Random(county.seed).fork('requests');
  const proxyGuides = county.serviceGuides.filter((guide) => guide.villageProxy);
  const out: DemoRequest[] = [];
  for (const village of county.villages) {
    const staff = county.staff.filter((person) => person.villageId === village.id);
    const cadre = staff.find((person) => person.role === 'cadre');
    const grid = staff.filter((person) => person.role === 'gridWorker');
    const supervisor = staff.find((person) => person.role === 'supervisor');
    const households = county.households.filter((household) => household.villageId === village.id);
    if (!cadre || grid.length === 0 || !supervisor || households.length === 0 || proxyGuides.length === 0) continue;
    const own = random.fork(village.id);
    const commonGuide = own.pick(proxyGuides);
    templates.forEach((template, index) => {
      const id = requestIdOf(village.id, index + 1);
      const worker = own.pick(grid);
      const actors: Record<string, RequestActor> = {
        cadre: { id: cadre.id, role: 'cadre' },
        gridWorker: { id: worker.id, role: 'gridWorker' },
      };
      out.push(
        buildRequest({
          county,
          villageId: village.id,
          id,
          template,
          random: own,
          actors,
          supervisor: supervisor.id,
          commonGuide,
          proxyGuides,
          households,
        }),
      );
    });
  }
  return out;
}

interface BuildInput {
  readonly county: DemoCounty;
  readonly villageId: string;
  readonly id: string;
  readonly template: Template;
  readonly random: Random;
  readonly actors: Readonly<Record<string, RequestActor>>;
  readonly supervisor: string;
  readonly commonGuide: DemoCounty['serviceGuides'][number];
  readonly proxyGuides: DemoCounty['serviceGuides'];
  readonly households: DemoCounty['households'];
}

function buildRequest(input: BuildInput): DemoRequest {
  const { template, random, actors, county } = input;
  const lifecycle = defaultRequestLifecycles[template.kind];
  const asOf = county.asOf;
  // Gaps between steps in working days (mostly on time, now and then late), and the days since the last step.
  const gaps = lifecycle.steps.slice(1, template.steps).map((step) =>
    // A 点单 closed unrated: staff closed it the working day after the villager's time to rate ran out.
    step.owner === 'applicant' && template.rating === 'lapsed'
      ? step.workingDays + 1
      : random.int(0, step.workingDays + (random.chance(0.2) ? 3 : 0)),
  );
  const tail = random.int(0, 8);
  const total = gaps.reduce((sum, gap) => sum + gap, 0) + tail;
  let receivedOn = addDays(asOf, -total * 2 - 2);
  const datesFrom = (start: CalendarDate) =>
    gaps.reduce<CalendarDate[]>((dates, gap) => [...dates, addWorkingDays(dates[dates.length - 1] ?? start, gap)], [start]);
  while (compareDates(datesFrom(receivedOn).at(-1) ?? receivedOn, asOf) > 0) receivedOn = addDays(receivedOn, -3);
  const dates = datesFrom(receivedOn);

  const household = random.pick(input.households);
  const others = input.proxyGuides.filter((one) => one.code !== input.commonGuide.code);
  const guide = template.common || others.length === 0 ? input.commonGuide : random.pick(others);
  const category: OrderCategory = template.common ? 'facilities' : random.pick(orderCategories).code;
  const label = orderCategories.find((one) => one.code === category);

  let progress = startRequest(template.kind, receivedOn);
  let ratingComment: string | undefined;
  let ratedOn: CalendarDate | undefined;
  for (let index = 1; index < template.steps; index++) {
    const step = lifecycle.steps[index];
    const on = dates[index] ?? receivedOn;
    if (!step) break;
    if (step.owner === 'applicant') {
      // 点单's 群众评单: the villager's rating, or staff closing it unrated once its deadline passed.
      if (typeof template.rating === 'number') {
        progress = must(rateRequest(progress, template.rating, on, lifecycle), `${input.id} rating`);
        ratedOn = on;
      } else {
        const dueOn = requestDeadline(progress, lifecycle) ?? on;
        progress = must(
          advanceRequest(progress, { step: step.code, actor: actors.cadre ?? { id: 'seed', role: 'cadre' }, on, dueOn }, lifecycle),
          input.id,
        );
      }
      continue;
    }
    const named = progress.assignees?.[step.code];
    const role = step.owner.includes('gridWorker') && random.chance(0.6) ? 'gridWorker' : 'cadre';
    const actor = named !== undefined ? { id: named, role: 'gridWorker' as const } : (actors[role] ?? actors.cadre);
    if (!actor) throw new Error('The seed has no staff for a request');
    const assigns = lifecycle.assignedAt?.step === step.code;
    progress = must(
      advanceRequest(
        progress,
        {
          step: step.code,
          actor,
          on,
          ...(random.chance(0.4) ? { note: step.code === 'dispatch' ? '已与群众商定上门时间' : '已电话告知群众进度' } : {}),
          ...(assigns ? { assignee: actors.gridWorker?.id ?? '' } : {}),
        },
        lifecycle,
      ),
      `${input.id} ${step.code}`,
    );
    // 代办 is rated at 送达 (the result delivered), before 回访 and 归档.
    if (step.code === lifecycle.completedBy && template.kind === 'proxy' && typeof template.rating === 'number') {
      progress = must(rateRequest(progress, template.rating, on, lifecycle), `${input.id} rating`);
      ratedOn = on;
    }
  }
  const grade = progress.rating?.grade;
  if (grade !== undefined && random.chance(0.7)) ratingComment = random.pick(isBadRating(grade) ? bad : good);
  const followUp =
    grade !== undefined && ratedOn !== undefined && isBadRating(grade)
      ? {
          openedOn: ratedOn,
          dueOn: followUpDeadline(ratedOn),
          ...(template.answered
            ? {
                answer: '已回访核实：办理时间过长属实，已提醒代办员按期告知进度，并向群众说明。',
                answeredOn: minDate(addWorkingDays(ratedOn, 2), asOf),
                answeredBy: { id: input.supervisor, role: 'supervisor' },
              }
            : {}),
        }
      : undefined;
  const request: StoredRequest = {
    id: input.id,
    villageId: input.villageId,
    kind: template.kind,
    subject: template.kind === 'proxy' ? guide.code : category,
    subjectName:
      template.kind === 'proxy'
        ? { 'zh-CN': guide.name['zh-CN'], en: guide.name.en ?? guide.name['zh-CN'] }
        : { 'zh-CN': label?.['zh-CN'] ?? category, en: label?.en ?? category },
    applicant: { name: household.headName, mobile: household.mobile },
    text: template.kind === 'order' ? random.pick(orderTexts[category]) : '老人行动不便，请代为办理',
    receivedOn,
    progress,
    notes: [],
    ...(ratingComment === undefined ? {} : { ratingComment }),
    ...(followUp === undefined ? {} : { followUp }),
    filedBy: 'seed',
  };
  return { request, receiptCode: drawReceiptCode((count) => random.bytes(count)) };
}
