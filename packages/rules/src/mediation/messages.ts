import { defineMessages } from '../messages/entry.js';

/** Messages of the mediation rules, by stable code. */
export const mediationMessages = defineMessages({
  // Intake form
  'mediation.safety.otherAgencyNameMissing': {
    'zh-CN': '请写明是哪个部门在处理这件事',
    en: 'Please say which office is dealing with this',
  },
  'mediation.attachment.typeNotAllowed': {
    'zh-CN': '这种文件不能上传，请上传照片、PDF 文件、录音或视频',
    en: 'This kind of file cannot be uploaded. Please upload a photo, a PDF, a voice recording or a video',
  },
  'mediation.attachment.tooLarge': {
    'zh-CN': '文件太大了，每个文件不能超过 {maximumMb} MB',
    en: 'This file is too large. Each file can be at most {maximumMb} MB',
  },
  'mediation.consent.mediationMissing': {
    'zh-CN': '需要您同意接受调解，才能提交申请',
    en: 'You need to agree to mediation before you can send this request',
  },
  'mediation.consent.personalDataMissing': {
    'zh-CN': '需要您同意我们使用您填写的个人信息来办理调解，才能提交申请',
    en: 'You need to agree that we use the personal details you gave to handle the mediation before you can send this request',
  },

  // Acceptance (人民调解法 Art 17; 《人民调解工作若干规定》Art 22)
  'mediation.acceptance.beforeCourt': {
    'zh-CN': '法院已经受理的纠纷，调解委员会不能再受理',
    en: 'A dispute a court has already taken cannot be taken by the mediation committee as well',
  },
  'mediation.acceptance.beforePolice': {
    'zh-CN': '公安机关已经在处理的纠纷，调解委员会不能再受理',
    en: 'A dispute the police are already dealing with cannot be taken by the mediation committee as well',
  },
  'mediation.acceptance.beforeArbitration': {
    'zh-CN': '仲裁机构已经受理的纠纷，调解委员会不能再受理',
    en: 'A dispute an arbitration body has already taken cannot be taken by the mediation committee as well',
  },
  'mediation.acceptance.beforeAgency': {
    'zh-CN': '其他部门已经在处理的纠纷，调解委员会不能再受理',
    en: 'A dispute another office is already dealing with cannot be taken by the mediation committee as well',
  },
  'mediation.acceptance.otherPartyRefused': {
    'zh-CN': '对方明确表示不接受调解，依法不能进行调解',
    en: 'The other side has clearly said no to mediation, and by law mediation cannot go ahead',
  },
  'mediation.redirect.court': {
    'zh-CN': '请联系已经受理这件事的法院，按法院的安排办理。',
    en: 'Please contact the court that has taken this matter and follow its arrangements.',
  },
  'mediation.redirect.police': {
    'zh-CN': '请联系正在处理这件事的派出所或公安机关。如有危险，请立即拨打 110。',
    en: 'Please contact the police station dealing with this matter. If anyone is in danger, call 110 now.',
  },
  'mediation.redirect.arbitration': {
    'zh-CN': '请联系已经受理这件事的仲裁机构，按仲裁机构的安排办理。',
    en: 'Please contact the arbitration body that has taken this matter and follow its arrangements.',
  },
  'mediation.redirect.namedAgency': {
    'zh-CN': '请联系正在处理这件事的“{agency}”，向他们了解进展。',
    en: 'Please contact {agency}, who are dealing with this matter, to ask how it is going.',
  },
  'mediation.redirect.agency': {
    'zh-CN': '请联系正在处理这件事的部门，向他们了解进展。',
    en: 'Please contact the office dealing with this matter to ask how it is going.',
  },
  'mediation.redirect.otherRoutes': {
    'zh-CN': '调解不能进行，但您还可以申请仲裁、请有关部门依法处理，或者向人民法院起诉。',
    en: 'Mediation cannot go ahead, but you can still apply for arbitration, ask the government department in charge to decide, or go to court.',
  },

  // Routing table and triage (人民调解法 Art 25)
  'mediation.routing.duplicateRule': {
    'zh-CN': '分派规则“{rule}”重复了，每条规则的编号必须不同',
    en: 'The routing rule "{rule}" appears twice; every rule needs its own id',
  },
  'mediation.triage.ruleMatched': {
    'zh-CN': '按分派规则“{rule}”确定办理层级',
    en: 'The level was set by routing rule "{rule}"',
  },
  'mediation.triage.noRuleMatched': {
    'zh-CN': '没有适用的分派规则，按默认层级办理',
    en: 'No routing rule applied, so the default level was used',
  },
  'mediation.triage.violenceThreatened': {
    'zh-CN': '有人扬言使用暴力，可能激化为治安或刑事案件：列为紧急，须立即报告公安机关',
    en: 'Someone has threatened violence and the dispute could turn into a police or criminal case: it is urgent and must be reported to the police at once',
  },
  'mediation.triage.weaponsInvolved': {
    'zh-CN': '涉及刀具、枪支等凶器，可能激化为治安或刑事案件：列为紧急，须立即报告公安机关',
    en: 'Weapons are involved and the dispute could turn into a police or criminal case: it is urgent and must be reported to the police at once',
  },
  'mediation.triage.groupIncident': {
    'zh-CN': '涉及人数众多，可能引发群体性事件：列为紧急，须立即报告公安机关',
    en: 'Many people are involved and a mass incident could follow: it is urgent and must be reported to the police at once',
  },
  'mediation.triage.levelRaised': {
    'zh-CN': '因存在安全风险，改由乡镇及以上调解组织办理',
    en: 'Because of the safety risk, the case goes to the township level or higher',
  },

  // Case lifecycle
  'mediation.case.illegalEvent': {
    'zh-CN': '案件当前状态为“{state}”，不能进行“{event}”操作',
    en: 'A case in state "{state}" cannot take the step "{event}"',
  },
  'mediation.case.withdrawAfterAssignment': {
    'zh-CN': '案件已经交给调解员，不能在网上撤回了，请直接告诉调解员您不再需要调解',
    en: 'The case has already been given to a mediator, so it can no longer be withdrawn online. Please tell the mediator that you no longer want mediation',
  },
  'mediation.case.dateBeforePrevious': {
    'zh-CN': '日期不能早于上一步的日期（{previous}）',
    en: 'The date cannot be before the date of the previous step ({previous})',
  },
  'mediation.case.agreementBeforeConclusion': {
    'zh-CN': '调解协议生效日期不能早于调解结束日期',
    en: 'The agreement cannot take effect before the mediation ended',
  },
  'mediation.case.escalateNotHigher': {
    'zh-CN': '只能移交给更高一级办理（当前为“{level}”，申请移交到“{toLevel}”）',
    en: 'A case can only be passed to a higher level (it is at "{level}", and "{toLevel}" was asked for)',
  },

  // Case numbers and tracking codes
  'mediation.caseNumber.invalid': {
    'zh-CN': '案件编号格式不对，应类似 MED-330102-2026-000042',
    en: 'This case number is not in the right form; it looks like MED-330102-2026-000042',
  },
  'mediation.trackingCode.invalid': {
    'zh-CN': '查询码应为 8 位字母或数字，请核对后重新输入',
    en: 'A tracking code has 8 letters or digits. Please check it and try again',
  },
});
