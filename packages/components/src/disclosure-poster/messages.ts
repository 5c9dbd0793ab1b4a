import { defineMessages } from '../internal/localize.js';

/**
 * `<sz-disclosure-poster>`'s own words in zh-CN and en (same keys, same arguments); the poster's and the desk's are in
 * their chunks (poster-messages.ts, desk-messages.ts). The shared words (loading, retry, offline, 长辈版) are
 * SzElement's `common`. Plain words, no jargon (MIIT elderly spec).
 */
export const disclosurePosterMessages = defineMessages({
  'zh-CN': {
    title: '公开栏张贴',
    unpostedTitle: '未张贴的公开内容',
    empty: '这个月没有已公开的内容。',
    noItem: '请指定要打印的公开内容（item），或年份和月份（year、month）。',
    toolbar: '打印设置',
    paper: '纸张',
    print: '打印',
    back: '返回未张贴清单',
    staffOnly: '未张贴清单只给本村干部、网格员和村务监督委员会看，请先登录。',
  },
  en: {
    title: 'Notice-board poster',
    unpostedTitle: 'Published items not yet posted',
    empty: 'Nothing was published this month.',
    noItem: 'Say which item to print (item), or a year and a month (year, month).',
    toolbar: 'Print settings',
    paper: 'Paper',
    print: 'Print',
    back: 'Back to the unposted list',
    staffOnly: "The unposted list is for the village's cadres, grid workers and supervisory committee: please sign in.",
  },
});
