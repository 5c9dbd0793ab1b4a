import { defineMessages } from '../internal/localize.js';

/*
 * The words of the desk's late parts (the declare form, the objections panel). Both languages travel with those
 * parts: they download only when a staff member opens the form or the supervisor's desk loads, never on first paint.
 */

const points = {
  'zh-CN': (n: number) => (n > 0 ? `+${String(n)} 分` : `${String(n)} 分`),
  en: (n: number) => (n > 0 ? `+${String(n)} points` : `${String(n)} points`),
};

export const declareMessages = defineMessages({
  'zh-CN': {
    title: '为农户登记积分',
    household: '农户（输入户号或户主姓名）',
    find: '查找',
    typeToFind: '请输入户号或户主姓名再查找。',
    foundCount: (n: number) => `找到 ${String(n)} 户`,
    noneFound: '没有找到这一户，请核对户号或姓名。',
    narrow: '结果较多，只显示前 20 户；请输入更完整的户号或姓名。',
    chosen: (number: string, name: string) => `已选：${number} ${name}`,
    change: '换一户',
    chooseHousehold: '请先查找并选定农户。',
    rule: '积分事项',
    pickRule: '请选择积分事项',
    chooseRule: '请选择积分事项。',
    points: points['zh-CN'],
    day: '发生日期',
    chooseDay: '请选择发生日期。',
    note: '情况说明',
    noteHint: '说明会在公示时展示，请勿填写电话或身份证号。',
    submit: '登记并提交审核',
    sending: '正在提交…',
    declared: (number: string, entryId: string) => `已为 ${number} 登记积分并提交审核（编号 ${entryId}）。`,
  },
  en: {
    title: 'Declare points for a household',
    household: 'Household (number or head of household)',
    find: 'Find',
    typeToFind: 'Type a household number or name, then find.',
    foundCount: (n: number) => `${String(n)} ${n === 1 ? 'household' : 'households'} found`,
    noneFound: 'No such household. Check the number or name.',
    narrow: 'Many matches: the first 20 are shown. Type more of the number or name.',
    chosen: (number: string, name: string) => `Chosen: ${number} ${name}`,
    change: 'Choose another',
    chooseHousehold: 'Find and choose the household first.',
    rule: 'Points rule',
    pickRule: 'Choose a rule',
    chooseRule: 'Please choose a rule.',
    points: points.en,
    day: 'Day it happened',
    chooseDay: 'Please choose the day.',
    note: 'What happened',
    noteHint: 'The note is shown on the public notice: no phone or ID numbers.',
    submit: 'Declare and submit for review',
    sending: 'Sending…',
    declared: (number: string, entryId: string) => `Declared for ${number} and submitted for review (no. ${entryId}).`,
  },
});

export const objectionMessages = defineMessages({
  'zh-CN': {
    title: '待处理的异议',
    none: '目前没有待处理的异议。',
    points: points['zh-CN'],
    noticeUntil: (date: string) => `公示至 ${date}`,
    reason: (date: string) => `${date} 提出异议：`,
    answer: '书面答复（必填，提出异议的村民会看到）',
    answerRequired: '请写下答复再作决定。',
    uphold: '异议成立（该条积分不予生效）',
    dismiss: '异议不成立（继续公示）',
    upheld: '已认定异议成立，该条积分不予生效。',
    dismissed: '已认定异议不成立，该条积分继续公示。',
  },
  en: {
    title: 'Objections to rule on',
    none: 'No objections are waiting.',
    points: points.en,
    noticeUntil: (date: string) => `on notice until ${date}`,
    reason: (date: string) => `Objection of ${date}: `,
    answer: 'Written answer (required; the objector will read it)',
    answerRequired: 'Write the answer before ruling.',
    uphold: 'Uphold (the entry does not take effect)',
    dismiss: 'Dismiss (the notice runs on)',
    upheld: 'Objection upheld: the entry will not take effect.',
    dismissed: 'Objection dismissed: the entry stays on notice.',
  },
});

/** The batch review's words: its buttons, the reason to send back, and the results. */
export const reviewMessages = defineMessages({
  'zh-CN': {
    selected: (n: number) => `已选 ${String(n)} 条`,
    approve_passFirstReview: (n: number) => `初审通过（${String(n)} 条）`,
    approve_publicize: (n: number) => `审核通过并公示（${String(n)} 条）`,
    reject: (n: number) => `退回（${String(n)} 条）`,
    rejectReason: '退回理由（必填，会告知申报户）',
    reasonRequired: '请填写退回理由。',
    confirmReject: '确认退回',
    cancel: '取消',
    chooseFirst: '请先勾选要处理的申报。',
    done_passFirstReview: (ok: number, failed: number) => `${String(ok)} 条初审通过${failed > 0 ? `，${String(failed)} 条未能处理` : ''}。`,
    done_publicize: (ok: number, failed: number) =>
      `${String(ok)} 条审核通过并进入公示${failed > 0 ? `，${String(failed)} 条未能处理` : ''}。`,
    done_reject: (ok: number, failed: number) => `${String(ok)} 条已退回${failed > 0 ? `，${String(failed)} 条未能处理` : ''}。`,
    refusedTitle: '未能处理的申报',
    batchFailed: '提交没有成功：',
    tryAgain: '再试一次',
    openEvidence: (n: number, what: string) => `查看佐证材料（${String(n)} 份）：${what}`,
    evidence: (what: string) => `佐证材料：${what}`,
  },
  en: {
    selected: (n: number) => `${String(n)} selected`,
    approve_passFirstReview: (n: number) => `Pass first review (${String(n)})`,
    approve_publicize: (n: number) => `Approve for public notice (${String(n)})`,
    reject: (n: number) => `Send back (${String(n)})`,
    rejectReason: 'Reason for sending back (required; the household is told)',
    reasonRequired: 'Please give a reason for sending these back.',
    confirmReject: 'Send back',
    cancel: 'Cancel',
    chooseFirst: 'Tick the declarations to act on first.',
    done_passFirstReview: (ok: number, failed: number) =>
      `${String(ok)} passed first review${failed > 0 ? `, ${String(failed)} could not be handled` : ''}.`,
    done_publicize: (ok: number, failed: number) =>
      `${String(ok)} approved and under public notice${failed > 0 ? `, ${String(failed)} could not be handled` : ''}.`,
    done_reject: (ok: number, failed: number) => `${String(ok)} sent back${failed > 0 ? `, ${String(failed)} could not be handled` : ''}.`,
    refusedTitle: 'Not handled',
    batchFailed: 'That did not go through: ',
    tryAgain: 'Try again',
    openEvidence: (n: number, what: string) => `See the evidence (${String(n)} ${n === 1 ? 'file' : 'files'}): ${what}`,
    evidence: (what: string) => `Evidence: ${what}`,
  },
});
