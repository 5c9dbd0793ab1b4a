import { defineMessages } from '../messages/entry.js';

/** Messages of the grid worker's reports and 摸排 rounds (网格, docs/grid.md). */
export const gridMessages = defineMessages({
  'grid.outsideGrid': {
    'zh-CN': '这个网格不由你负责：网格员只能上报和办理自己网格的事项',
    en: 'This grid is not yours: a grid worker reports and works only on the matters of their own grids',
  },
  'grid.category.unknown': {
    'zh-CN': '本村的网格事项清单里没有“{category}”',
    en: 'The village’s list of grid matters has no category "{category}"',
  },
  'grid.item.unknown': {
    'zh-CN': '“{category}”类下没有“{item}”这一项',
    en: 'The category "{category}" has no item "{item}"',
  },
  'grid.household.outsideGrid': {
    'zh-CN': '这户不在这个网格里',
    en: 'This household is not in the grid',
  },
  'grid.date.future': { 'zh-CN': '日期不能晚于今天', en: 'The date cannot be after today' },
  'grid.step.outOfOrder': {
    'zh-CN': '事项处于“{state}”，还不能“{step}”：各步不能跳过或重复',
    en: 'The report is "{state}" and cannot be "{step}" now: no step may be skipped or repeated',
  },
  'grid.step.closed': { 'zh-CN': '这条事项已办结', en: 'This report is closed' },
  'grid.assign.departmentRequired': {
    'zh-CN': '交办职能部门时须写明部门',
    en: 'Name the department the report is assigned to',
  },
  'grid.assign.intakeRequired': {
    'zh-CN': '交人民调解委员会时须填写调解申请（当事人和纠纷情况）',
    en: 'Assigning to the mediation committee needs the application (the parties and the dispute)',
  },
  'grid.assign.notDispute': {
    'zh-CN': '研判时未认定为矛盾纠纷，不能交人民调解委员会',
    en: 'The assessment did not find a dispute, so it cannot go to the mediation committee',
  },
  'grid.assign.dueBeforeToday': { 'zh-CN': '办理期限不能早于今天', en: 'The due date cannot be before today' },
  'grid.round.period': {
    'zh-CN': '摸排的结束日期不能早于开始日期',
    en: 'A round cannot end before it starts',
  },
  'grid.round.exists': {
    'zh-CN': '这个网格在 {from} 至 {to} 已有一轮摸排',
    en: 'The grid already has a round from {from} to {to}',
  },
  'grid.visit.outsidePeriod': {
    'zh-CN': '走访日期须在这轮摸排开始之后、今天之前',
    en: 'A visit must fall after the round began and not after today',
  },
  'grid.report.notFound': { 'zh-CN': '找不到这条网格事项', en: 'No such grid report' },
});
