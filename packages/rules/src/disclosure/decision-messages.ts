import { defineMessages } from '../messages/entry.js';

/** Messages of the decision desk (一听、四议、两公开、一监督, seed 000), by stable code. */
export const decisionMessages = defineMessages({
  'disclosure.trail.missingHearing': {
    'zh-CN': '缺少“一听”：没有记录听取村民意见的渠道和意见摘要',
    en: "The villagers' opinions were not heard first (一听): record how they were heard and what they said",
  },
  'disclosure.trail.hearingDetailsMissing': {
    'zh-CN': '“一听”需要写明听取意见的渠道和意见摘要',
    en: 'Hearing the villagers needs the channels used and a summary of what they said',
  },
  'disclosure.trail.beforeHearing': {
    'zh-CN': '第 {number} 步的日期 {date} 早于“一听”的日期 {previousDate}，应先听取村民意见',
    en: 'Step {number} is dated {date}, before the villagers were heard on {previousDate}: hear them first',
  },
  'decision.step.outOfOrder': {
    'zh-CN': '还不能记录第 {number} 步：下一步应是第 {expectedNumber} 步，步骤不能跳过',
    en: 'Step {number} cannot be recorded yet: step {expectedNumber} comes next, and no step may be skipped',
  },
  'decision.step.hearingFirst': {
    'zh-CN': '还不能记录第 {number} 步：应先记录“一听”（听取村民意见）',
    en: "Step {number} cannot be recorded yet: the villagers' opinions must be heard and recorded first",
  },
  'decision.step.alreadyRecorded': {
    'zh-CN': '这一步已经记录过了。会议无效需要重新召开的，请记为“重新召开”，原记录保留，不能改写',
    en: 'This step is already recorded. If the meeting was invalid, record it as reconvened: the first record stays, it is never edited',
  },
  'decision.step.allDone': {
    'zh-CN': '这项决策的所有步骤都已完成',
    en: 'Every step of this decision is done',
  },
  'decision.step.previousInvalid': {
    'zh-CN': '前一步无效或不完整，须先重新召开会议、形成有效记录，才能进行下一步',
    en: 'The step before is invalid or incomplete: reconvene it and record a valid meeting before going on',
  },
  'decision.step.notReconvenable': {
    'zh-CN': '只能重新召开最近一步的、无效的会议',
    en: 'Only the latest step, when its meeting was invalid, can be reconvened',
  },
  'decision.step.notRecorded': {
    'zh-CN': '这一步还没有记录',
    en: 'This step has not been recorded yet',
  },
  'decision.step.dateInFuture': {
    'zh-CN': '日期 {date} 还没到，只能记录已经发生的步骤',
    en: 'The date {date} has not come yet: only steps that have taken place can be recorded',
  },
  'decision.step.noticeDateMissing': {
    'zh-CN': '未记录通知日期，无法核对是否提前十天通知村民（村民委员会组织法第二十一条）：请填写通知村民的日期',
    en: "The day the villagers were told is not recorded, so the ten days' notice cannot be checked (Organic Law Art 21): enter the day they were told",
  },
  'decision.step.beforeEarlierAttempt': {
    'zh-CN': '重新召开的日期不能早于上一次会议的日期 {date}',
    en: 'A reconvened meeting cannot be dated before the earlier meeting on {date}',
  },
  'decision.matter.required': {
    'zh-CN': '请选择《村民委员会组织法》第二十四条的事项，或填写事项名称',
    en: 'Choose an Art 24 matter or enter the title of the matter',
  },
});
