import { defineMessages } from '../messages/entry.js';

/** Messages of the 小微权力清单 rules, by stable code. */
export const powersMessages = defineMessages({
  'powers.step.duplicateCode': {
    'zh-CN': '步骤代码“{code}”重复：同一项权力的每个步骤要有自己的代码',
    en: 'The step code "{code}" is used twice: each step of a power needs its own code',
  },
  'powers.step.timeLimitTooLong': {
    'zh-CN': '步骤“{step}”的时限 {value} 超过了单个步骤的上限 {maximum}，请检查是否写错或拆分为几个步骤',
    en: 'The time limit of step "{step}" ({value}) is over the limit for one step ({maximum}); check it or split the step',
  },
  'powers.supervision.missing': {
    'zh-CN': '每项权力至少要有一个监督点（由谁监督哪个步骤）',
    en: 'Every power needs at least one supervision point (who supervises which step)',
  },
  'powers.supervision.unknownStep': {
    'zh-CN': '监督点指向的步骤“{step}”不在本项权力的流程中',
    en: 'The supervision point names a step "{step}" that is not in this power\'s procedure',
  },
  'powers.supervision.selfSupervision': {
    'zh-CN': '步骤“{step}”的监督者不能是办理该步骤的同一岗位',
    en: 'Step "{step}" cannot be supervised by the post that carries it out',
  },
  'powers.list.duplicateCode': {
    'zh-CN': '权力代码“{code}”在清单中重复',
    en: 'The power code "{code}" appears twice in the list',
  },
  'powers.override.unknownCode': {
    'zh-CN': '县级清单中没有代码为“{code}”的权力，无法删去',
    en: 'The county list has no power "{code}" to leave out',
  },
  'powers.power.codeMismatch': {
    'zh-CN': '权力代码“{code}”与地址中的“{expected}”不一致',
    en: 'The power code "{code}" does not match "{expected}" in the address',
  },
});
