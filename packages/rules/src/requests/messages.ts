import { defineMessages } from '../messages/entry.js';

/** Messages of the request lifecycle (代办 and 点单) and its ratings (评单 / 好差评). */
export const requestMessages = defineMessages({
  'requests.step.unknown': { 'zh-CN': '这类事项没有“{step}”这一步', en: 'This kind of request has no step "{step}"' },
  'requests.step.alreadyDone': {
    'zh-CN': '“{step}”已于 {on} 办结，不能重复办理',
    en: 'The step "{step}" was done on {on} and cannot be done again',
  },
  'requests.step.closed': { 'zh-CN': '这件事项的各步都已办结', en: 'Every step of this request is done' },
  'requests.step.outOfOrder': {
    'zh-CN': '还不能办理“{step}”：下一步应是“{expected}”，各步不能跳过',
    en: 'The step "{step}" cannot be done yet: the next step is "{expected}", and no step may be skipped',
  },
  'requests.step.notOwner': {
    'zh-CN': '“{step}”不由你办理：请由这一步的负责人办理',
    en: 'You are not the owner of the step "{step}": its owner must do it',
  },
  'requests.step.assigneeRequired': {
    'zh-CN': '“{step}”须指定办理的干部',
    en: 'The step "{step}" must name the staff member who does the work',
  },
  'requests.step.backdated': {
    'zh-CN': '日期 {on} 早于上一步的日期 {previous}',
    en: 'The date {on} is before the previous step ({previous})',
  },
  'requests.assignee.invalid': {
    'zh-CN': '指定的人员不是本村可办理这一步的工作人员',
    en: 'The person named is not a staff member of this village who may do this step',
  },
  'requests.rating.beforeCompletion': {
    'zh-CN': '事项办结后才能评价',
    en: 'A request can be rated only once the work is done',
  },
  'requests.rating.second': {
    'zh-CN': '这件事项已于 {on} 评价过，每件事项只能评价一次',
    en: 'This request was rated on {on}; a request is rated once',
  },
  'requests.rating.closed': {
    'zh-CN': '这件事项已归档，不能再评价',
    en: 'This request is closed and can no longer be rated',
  },
  'requests.rating.comment.personalData': {
    'zh-CN': '请不要在文字中填写手机号码或身份证号码',
    en: 'Do not write a mobile or ID number in the text',
  },
  'requests.followUp.none': {
    'zh-CN': '这件事项没有待回复的差评',
    en: 'This request has no bad rating to answer',
  },
  'requests.followUp.answered': {
    'zh-CN': '这条差评已于 {on} 回复',
    en: 'This bad rating was answered on {on}',
  },
});
