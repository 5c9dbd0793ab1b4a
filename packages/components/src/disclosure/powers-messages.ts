import { defineMessages } from '../internal/localize.js';

/**
 * The words of the 小微权力清单 view, both languages: they are in the view's own chunk (./powers.ts), which only a
 * reader who opens the list downloads, so the English costs nobody else anything.
 */
export const powersMessages = defineMessages({
  'zh-CN': {
    title: '小微权力清单',
    count: (n: number) => `共 ${String(n)} 项权力`,
    none: '本村尚未公布小微权力清单',
    responsible: '责任主体',
    post: (post: string) => `责任岗位：${post}`,
    steps: (n: number) => `${String(n)} 个步骤`,
    basis: '法律依据',
    source: '清单来源',
    fromCounty: (d: string) => `全县统一清单（${d}）`,
    fromVillage: (d: string) => `本村调整（${d}）`,
    procedure: '办理流程',
    procedureNote: '按以下顺序办理；流程图与步骤列表内容相同。',
    stepPost: '办理岗位',
    timeLimit: '办理时限',
    limitBasis: (basis: string) => `（依据：${basis}）`,
    committed: '（承诺时限）',
    supervision: (post: string) => `监督（${post}）：`,
    watchMark: '监',
    legend: '带“监”字的步骤设有监督点',
    back: '返回清单',
  },
  en: {
    title: 'Small and micro powers',
    count: (n: number) => `${String(n)} ${n === 1 ? 'power' : 'powers'}`,
    none: 'The village has not published its list of powers yet',
    responsible: 'Answerable post',
    post: (post: string) => `Post: ${post}`,
    steps: (n: number) => `${String(n)} ${n === 1 ? 'step' : 'steps'}`,
    basis: 'Legal basis',
    source: 'List',
    fromCounty: (d: string) => `The county's list (${d})`,
    fromVillage: (d: string) => `Changed by the village (${d})`,
    procedure: 'Procedure',
    procedureNote: 'Taken in this order; the chart shows the same steps as the list.',
    stepPost: 'Done by',
    timeLimit: 'Time limit',
    limitBasis: (basis: string) => ` (set by ${basis})`,
    committed: ' (committed)',
    supervision: (post: string) => `Supervised by ${post}:`,
    watchMark: 'S',
    legend: 'Steps marked S have a supervision point',
    back: 'Back to the list',
  },
});
export type PowerWords = (typeof powersMessages)['zh-CN'];
