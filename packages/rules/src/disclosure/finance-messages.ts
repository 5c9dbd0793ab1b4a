import { defineMessages } from '../messages/entry.js';

/** Messages of importing finance statements, 民主理财 sign-off and the money-without-mandate alarm. */
export const financeMessages = defineMessages({
  'finance.import.unreadableFile': {
    'zh-CN': '无法读取这个文件：请上传 CSV（UTF-8）或 Excel（.xlsx）文件',
    en: 'This file cannot be read: upload a CSV (UTF-8) or Excel (.xlsx) file',
  },
  'finance.import.noRows': {
    'zh-CN': '文件里除了表头没有任何数据行',
    en: 'The file has no rows besides the header',
  },
  'finance.import.tooManyRows': {
    'zh-CN': '文件有 {count} 行，超过了一次最多导入 {maximum} 行的上限；请按月拆分后再导入',
    en: 'The file has {count} rows, more than the {maximum} one import takes; split it by month',
  },
  'finance.import.columnNotFound': {
    'zh-CN': '表头里找不到“{column}”这一列',
    en: 'The header has no column "{column}"',
  },
  'finance.import.columnRequired': {
    'zh-CN': '请指定哪一列是“{field}”',
    en: 'Choose the column that holds "{field}"',
  },
  'finance.import.emptyCell': {
    'zh-CN': '第 {line} 行的“{column}”是空的',
    en: 'Line {line}: "{column}" is empty',
  },
  'finance.import.invalidDate': {
    'zh-CN': '第 {line} 行的日期“{value}”无法识别，请写成 2026-11-05 这样的形式',
    en: 'Line {line}: the date "{value}" is not understood; write it like 2026-11-05',
  },
  'finance.import.invalidAmount': {
    'zh-CN': '第 {line} 行的金额“{value}”无效：应为最多两位小数的元，如 1234.50',
    en: 'Line {line}: the amount "{value}" is not valid; write yuan with at most two decimals, like 1234.50',
  },
  'finance.import.noAmount': {
    'zh-CN': '第 {line} 行没有金额',
    en: 'Line {line} has no amount',
  },
  'finance.import.twoAmounts': {
    'zh-CN': '第 {line} 行同时填写了收入和支出，一行只能记一笔',
    en: 'Line {line} has both an income and an expenditure amount; one line records one entry',
  },
  'finance.import.unknownAccount': {
    'zh-CN': '第 {line} 行的科目“{value}”不在本村使用的会计科目表中',
    en: 'Line {line}: the account "{value}" is not in the chart of accounts the village uses',
  },
  'finance.import.accountInOtherChart': {
    'zh-CN': '第 {line} 行的科目“{value}”属于 {system} 年会计制度，本村设置为 {village} 年会计制度',
    en: 'Line {line}: the account "{value}" belongs to the {system} accounting system, but the village uses the {village} system',
  },
  'finance.import.wrongSide': {
    'zh-CN': '第 {line} 行的科目“{value}”与收入/支出方向不符',
    en: 'Line {line}: the account "{value}" does not match the income or expenditure side of the amount',
  },
  'finance.import.unknownMatter': {
    'zh-CN': '第 {line} 行的事项“{value}”不是村民委员会组织法第二十四条所列的事项',
    en: 'Line {line}: "{value}" is not one of the matters listed in Article 24 of the Organic Law of Villagers Committees',
  },
  'finance.import.tooLong': {
    'zh-CN': '第 {line} 行的“{column}”超过了 {maximum} 个字',
    en: 'Line {line}: "{column}" is longer than {maximum} characters',
  },
  'finance.import.invalidPeriod': {
    'zh-CN': '月份应写成 2026-11 这样的形式',
    en: 'Write the month like 2026-11',
  },

  'finance.signOff.notRequired': {
    'zh-CN': '本村未设置民主理财审核，财务公开无需签署',
    en: 'This village does not require a 民主理财 sign-off before finance statements are published',
  },
  'finance.signOff.required': {
    'zh-CN': '{period} 的财务收支须经民主理财审核签署后才能公开',
    en: 'The finance statement for {period} must be signed off (民主理财) before it is published',
  },
  'finance.signOff.wrongState': {
    'zh-CN': '这份财务报表当前为“{state}”，不能进行此操作',
    en: 'This statement is "{state}", so this cannot be done now',
  },
  'finance.signOff.notSigner': {
    'zh-CN': '只有村务监督委员会或本村民主理财小组成员才能审核签署',
    en: 'Only the village affairs supervisory committee or the village’s 民主理财 panel may sign off',
  },
  'finance.signOff.reasonRequired': {
    'zh-CN': '提出异议时必须写明理由',
    en: 'Give the reasons for an objection',
  },
  'finance.signOff.answerRequired': {
    'zh-CN': '请先答复监督方提出的异议，再重新提交',
    en: 'Answer the objection before submitting again',
  },
  'finance.signOff.panelUnknownStaff': {
    'zh-CN': '民主理财小组成员必须是本村在册的监督人员（村民委员会成员不得担任）',
    en: 'Members of the 民主理财 panel must be supervisory staff of this village (committee members may not serve)',
  },
  'finance.chain.laterOpening': {
    'zh-CN':
      '{later} 的财务收支已经公开，期初余额为 {opening} 元，而 {month} 的期末余额将是 {closing} 元，两者必须相等。如果 {later} 的期初余额有误，请先更正 {later} 的公开内容（发布新版本），再处理 {month}',
    en: 'The statement for {later} is published and opens at {opening} yuan, but {month} would close at {closing} yuan; the two must be equal. If the opening balance of {later} is wrong, correct the {later} publication first (a new version), then come back to {month}',
  },

  'finance.alarm.overThreshold': {
    'zh-CN': '支出 {amount} 元超过 {threshold} 元，须经“四议两公开”决策',
    en: 'The expenditure of {amount} yuan is above {threshold} yuan and needs a decision through 四议两公开',
  },
  'finance.alarm.art24Matter': {
    'zh-CN': '这笔支出用于村民委员会组织法第二十四条所列事项，须经村民会议或其授权的村民代表会议决定',
    en: 'This expenditure is for an Article 24 matter, which the villagers’ meeting (or the representatives’ meeting it delegated) must decide',
  },
});
