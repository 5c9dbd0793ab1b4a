import { defineMessages } from '../internal/localize.js';

/**
 * `<sz-query-desk>`'s words in zh-CN and en (same keys, same arguments). The shared words (loading, retry, offline,
 * 长辈版) are SzElement's `common`; the panel's are in ./panel-messages.ts. Plain words, no jargon (MIIT elderly spec).
 */
export const queryDeskMessages = defineMessages({
  'zh-CN': {
    title: '村民查询答复',
    count: (n: number) => `共 ${String(n)} 条查询`,
    empty: '还没有村民查询。',
    staffOnly: '村民查询只有本村村干部和村务监督委员会能看。请用村干部或监督委员的账号登录。',
    summary: (open: number, overdue: number) => `待答复 ${String(open)} 条，其中逾期 ${String(overdue)} 条`,
    deadline: (days: number) => `本村规定 ${String(days)} 个工作日内答复`,
    overdue: (days: number, due: string) => `逾期 ${String(days)} 个工作日（应在 ${due} 前答复）`,
    daysLeft: (days: number, due: string) => `还剩 ${String(days)} 个工作日（${due} 前答复）`,
    answered: (on: string) => `已于 ${on} 答复`,
    kind_question: '询问',
    kind_objection: '异议',
    asked: (on: string, who: string) => `${on} 由 ${who} 提出`,
    unknownAsker: '村民',
  },
  en: {
    title: 'Query desk',
    count: (n: number) => `${String(n)} ${n === 1 ? 'query' : 'queries'}`,
    empty: 'No villager has asked anything yet.',
    staffOnly: "Villagers' queries are for the village's cadres and supervisory committee. Sign in with a cadre or supervisor account.",
    summary: (open: number, overdue: number) => `${String(open)} to answer, ${String(overdue)} of them overdue`,
    deadline: (days: number) => `The village answers within ${String(days)} working days`,
    overdue: (days: number, due: string) => `Overdue by ${String(days)} working ${days === 1 ? 'day' : 'days'} (due ${due})`,
    daysLeft: (days: number, due: string) => `${String(days)} working ${days === 1 ? 'day' : 'days'} left (due ${due})`,
    answered: (on: string) => `Answered ${on}`,
    kind_question: 'Question',
    kind_objection: 'Objection',
    asked: (on: string, who: string) => `Asked ${on} by ${who}`,
    unknownAsker: 'a villager',
  },
});
