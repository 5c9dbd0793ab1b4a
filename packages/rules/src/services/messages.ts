import { defineMessages } from '../messages/entry.js';

/** Messages of the services rules, by stable code. */
export const servicesMessages = defineMessages({
  'services.phone.invalid': {
    'zh-CN': '请填写单位电话：带区号的座机（如 0571-12345678）、5 位服务热线（如 12345）或 400/800 号码',
    en: 'Enter an office number: a landline with area code (e.g. 0571-12345678), a 5-digit hotline (e.g. 12345) or a 400/800 number',
  },
  'services.timeLimit.invalidValue': {
    'zh-CN': '时限数值不正确：即办的数值为 0，其他时限至少为 1（单位：{unit}）',
    en: 'The time limit is wrong: "same day" takes 0, every other unit at least 1 (unit: {unit})',
  },
  'services.timeLimit.promisedExceedsStatutory': {
    'zh-CN': '承诺时限（{promised}）不能长于法定时限（{statutory}）',
    en: 'The promised time limit ({promised}) cannot be longer than the statutory one ({statutory})',
  },
  'services.material.copiesRequired': {
    'zh-CN': '要交复印件的材料至少要写 1 份',
    en: 'A material handed in as a copy needs at least 1 copy',
  },
  'services.channel.urlRequired': { 'zh-CN': '网上办理渠道必须填写网址', en: 'The online channel needs a web address' },
  'services.channel.addressRequired': {
    'zh-CN': '线下办理地点必须填写地址',
    en: 'An in-person place to apply needs an address',
  },
  'services.guide.onlineUrlRequired': {
    'zh-CN': '网办深度为 {depth} 级时必须填写网上办事地址',
    en: 'Online depth {depth} needs the web address of the service',
  },
  'services.guide.zeroVisitsNeedsRemote': {
    'zh-CN': '“零跑腿”事项必须能全程网办或由村级代办',
    en: "A service with no visits must be fully online or handled by the village station on the applicant's behalf",
  },
  'services.guide.proxyNeedsStation': {
    'zh-CN': '提供村级代办的事项必须列出村便民服务站这个办理渠道',
    en: 'A service the village station handles on your behalf must list the village station as a place to apply',
  },
  'services.guide.unknownDepartment': {
    'zh-CN': '部门 {department} 不在部门清单中',
    en: 'The department {department} is not in the list of departments',
  },
  'services.guide.unknownLifeEvent': {
    'zh-CN': '主题 {lifeEvent} 不在“人生事”清单中',
    en: 'The life event {lifeEvent} is not in the list of life events',
  },
  'services.guide.unknownOnlineDepth': {
    'zh-CN': '网办深度 {depth} 不是已定义的级别',
    en: 'Online depth {depth} is not one of the defined levels',
  },
  'services.question.duplicateCode': {
    'zh-CN': '问题编号 {question} 重复，每个问题的编号必须不同',
    en: 'The question code {question} is used twice; every question needs its own code',
  },
  'services.question.optionsRequired': {
    'zh-CN': '选择题 {question} 至少要有 2 个选项',
    en: 'The choice question {question} needs at least 2 options',
  },
  'services.question.optionsNotAllowed': {
    'zh-CN': '问题 {question} 不是选择题，不能设置选项',
    en: 'The question {question} is not a choice question and cannot have options',
  },
  'services.question.duplicateOption': {
    'zh-CN': '问题 {question} 的选项 {value} 重复',
    en: 'The question {question} lists the option {value} twice',
  },
  'services.question.rangeNotAllowed': {
    'zh-CN': '问题 {question} 只有数字题和文字题可以设置最小值和最大值',
    en: 'The question {question} cannot have a minimum or maximum: only number and text questions can',
  },
  'services.question.rangeInverted': {
    'zh-CN': '问题 {question} 的最小值不能大于最大值',
    en: 'The question {question} has a minimum above its maximum',
  },
  'services.answer.duplicateChoice': { 'zh-CN': '同一个选项只能选一次', en: 'Each option can be chosen only once' },
  'services.rule.duplicateCode': {
    'zh-CN': '条件编号 {rule} 重复，每条条件的编号必须不同',
    en: 'The rule code {rule} is used twice; every rule needs its own code',
  },
  'services.condition.invalidShape': {
    'zh-CN': '条件格式不正确：每个条件只能是 all、any、not 或对某个问题的判断之一',
    en: 'The condition is malformed: each one must be exactly one of all, any, not or a test on a question',
  },
  'services.condition.tooDeep': {
    'zh-CN': '条件嵌套太深，最多 {maximum} 层',
    en: 'The condition is nested too deeply; at most {maximum} levels',
  },
  'services.condition.unknownQuestion': {
    'zh-CN': '条件引用了不存在的问题 {question}',
    en: 'The condition refers to a question that does not exist: {question}',
  },
  'services.condition.operatorMismatch': {
    'zh-CN': '问题 {question}（{type}）不能用 {op} 判断',
    en: 'The question {question} ({type}) cannot be tested with {op}',
  },
  'services.condition.valueMismatch': {
    'zh-CN': '问题 {question} 用 {op} 判断时，比较值的类型不对',
    en: 'The value compared with the question {question} by {op} has the wrong type',
  },
  'services.condition.unknownOption': {
    'zh-CN': '问题 {question} 没有选项 {value}',
    en: 'The question {question} has no option {value}',
  },
  'services.proxy.transition.illegal': {
    'zh-CN': '代办只能一步一步办理：当前是“{from}”，下一步应是“{expected}”，不能直接到“{to}”',
    en: 'A proxy case moves one step at a time: it is at "{from}", the next step is "{expected}", not "{to}"',
  },
  'services.proxy.closed': {
    'zh-CN': '这件代办已经办结归档，不能再办理下一步',
    en: 'This proxy case is finished and filed; there is no next step',
  },
  'services.proxy.notOffered': {
    'zh-CN': '这项服务不能由村便民服务站代办，请到办理地点申请',
    en: 'The village service station cannot handle this service for you; apply where the guide says',
  },
  'services.proxy.backdated': {
    'zh-CN': '日期 {date} 不能早于上一步的日期 {previous}',
    en: 'The date {date} cannot be before the previous step ({previous})',
  },
});
