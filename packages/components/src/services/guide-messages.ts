import { lazyImport } from '../internal/before-import.js';
import { defineLazyMessages } from '../internal/localize.js';
import { catalogueMessages } from './messages.js';

/**
 * The words only an opened guide shows (the facts, the checklist, the eligibility check, the proxy request), in the
 * guide's chunk so the list's first load does not carry them; the English are in ./guide-messages-en.ts.
 */
const zh = {
  conditions: '受理条件',
  materials: '申请材料',
  materialsHint: '备齐一项就勾选一项，可打印带去办理。',
  materialsProgress: (done: number, all: number) => `已备 ${String(done)} / ${String(all)} 项`,
  required: '必需',
  optional: '非必需',
  formOriginal: '原件',
  formCopy: '复印件',
  formEither: '原件或复印件',
  copies: (n: number) => `${String(n)} 份`,
  source: (s: string) => `来源：${s}`,
  blankForm: '空白表格',
  sample: '填写样例',
  print: '打印材料清单',
  timeLimits: '办理时限',
  statutory: (limit: string) => `法定时限：${limit}`,
  promisedLimit: (limit: string) => `承诺时限：${limit}`,
  dueToday: (date: string) => `今天申请，预计 ${date} 前办结（按工作日计，已扣除节假日）`,
  fee: '收费',
  free: '不收费',
  visitsTitle: '跑动次数',
  online: '网上办理',
  onlineLink: '前往网上办理',
  where: '办理地点和时间',
  contacts: '咨询和投诉电话',
  consultation: '咨询',
  complaint: '投诉',
  faq: '常见问题',
  implementingBody: '实施主体',
  eligibility: '看看我能不能办',
  eligibilityHint: '回答几个问题即可。答案只保存在本机，关闭页面后清除。',
  oneByOne: '逐题回答',
  asForm: '一次填完',
  previous: '上一题',
  next: '下一题',
  question: (i: number, n: number) => `第 ${String(i)} / ${String(n)} 题`,
  yes: '是',
  no: '否',
  check: '查看结果',
  checking: '正在判断…',
  eligible: '符合条件，可以申请。',
  notEligible: '暂不符合条件。',
  needMoreInfo: '还需要补充信息才能判断。',
  answerAgain: '重新回答',
  proxy: '请村里代办（村级代办）',
  proxyHint: '村便民服务站代办员帮您跑腿办理。只需留下姓名和电话。',
  applicant: '您的姓名',
  mobile: '手机号码',
  note: '补充说明（可不填）',
  send: '提交代办申请',
  sending: '正在提交…',
  receipt: '代办回执',
  receiptId: (id: string) => `回执编号：${id}`,
  forwardBy: (date: string) => `村里会在 ${date} 前报送镇便民服务中心。`,
  followWith: (id: string, code: string) =>
    `查询进度和评价：申请编号 ${id}，查询码 ${code}。查询码只显示这一次，请记下或截图，不要告诉别人。`,
  stepDone: '已完成',
  stepCurrent: '当前',
  stepTodo: '待办',
  noVillage: '请先在页面上设置所在村，才能申请代办。',
  ratings: '办事评价（好差评）',
  ratingService: (words: string) => `办事评价：${words}`,
  ratingVillage: (words: string) => `全村代办和点单：${words}`,
  ratingShown: (percent: string, count: number) => `满意 ${percent}%（${String(count)} 人评价）`,
  ratingHidden: '评价人数不足，暂不公布',
  ratingNote: (minimum: number) =>
    `这是村里代办这项业务后办事群众的评价统计，“满意”含非常满意、满意和基本满意；满 ${String(minimum)} 人评价才公布，不公开谁评的、怎么评的。`,
};
export type GuideChinese = typeof zh;

const listEnglish = lazyImport('services/messages-en', () => import('./messages-en.js'));
const guideEnglish = lazyImport('services/guide-messages-en', () => import('./guide-messages-en.js'));

/** The list's English and the guide's own, as one dictionary like the Chinese. */
async function loadEnglish() {
  const [list, guide] = await Promise.all([listEnglish(), guideEnglish()]);
  return { english: { ...list.english, ...guide.english } };
}

/** The catalogue's words and the guide's: a guide also says what the list says (how many visits). */
export const guideMessages = defineLazyMessages({ ...catalogueMessages['zh-CN'], ...zh }, loadEnglish);
