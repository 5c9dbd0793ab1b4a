import { defineMessages } from '../messages/entry.js';

/** Messages of the mediator's desk (人民调解法 Arts 17–33), by stable code. */
export const mediationDeskMessages = defineMessages({
  // Steps out of order
  'mediation.desk.notAssigned': {
    'zh-CN': '案件还没有受理并指派调解员，不能安排调解（当前状态为“{state}”）',
    en: 'The case has not been accepted and given a mediator yet, so no session can be scheduled (it is "{state}")',
  },
  'mediation.desk.notInMediation': {
    'zh-CN': '案件当前状态为“{state}”，不能进行这一步',
    en: 'A case in state "{state}" cannot take this step',
  },
  'mediation.desk.unknownSession': {
    'zh-CN': '没有编号为“{session}”的调解安排',
    en: 'There is no session "{session}" on this case',
  },
  'mediation.desk.sessionAlreadyRecorded': {
    'zh-CN': '这次调解的笔录已经记录过了',
    en: 'The notes of this session have already been recorded',
  },
  'mediation.desk.sessionNotYetDue': {
    'zh-CN': '调解安排在 {on}，不能提前记录笔录',
    en: 'The session is set for {on}; its notes cannot be recorded before then',
  },
  'mediation.desk.noSessionHeld': {
    'zh-CN': '还没有进行过调解，不能起草调解协议书',
    en: 'No session has been held yet, so no agreement can be drafted',
  },
  'mediation.desk.agreementSigned': {
    'zh-CN': '调解协议书已经有人签名，不能再修改；如需更改，请各方重新协商',
    en: 'Someone has already signed the agreement, so it can no longer be changed',
  },
  'mediation.desk.noAgreementDraft': {
    'zh-CN': '还没有起草调解协议书',
    en: 'No agreement has been drafted yet',
  },
  'mediation.desk.unknownSigner': {
    'zh-CN': '“{signer}”不是本案的当事人',
    en: '"{signer}" is not a party to this case',
  },
  'mediation.desk.alreadySigned': {
    'zh-CN': '“{signer}”已经签过名了',
    en: '"{signer}" has already signed',
  },
  'mediation.desk.notConcludedWithAgreement': {
    'zh-CN': '案件还没有达成调解协议并结案，不能进行这一步',
    en: 'The case has not been closed with an agreement, so this step cannot be taken yet',
  },
  'mediation.desk.alreadyReminded': {
    'zh-CN': '已经在 {on} 提醒过当事人申请司法确认',
    en: 'The parties were already reminded of judicial confirmation on {on}',
  },
  'mediation.desk.followUpBeforeClosing': {
    'zh-CN': '案件还没有结案，回访要在达成协议、结案以后进行',
    en: 'The case is not closed yet: the follow-up visit comes after an agreement closes it',
  },
  'mediation.desk.dateInFuture': {
    'zh-CN': '日期不能晚于今天（{today}）',
    en: 'The date cannot be after today ({today})',
  },
  'mediation.desk.agencyNameMissing': {
    'zh-CN': '移交给其他部门时，请写明部门名称',
    en: 'Please name the office the case is passed to',
  },

  // Assignment and recusal (人民调解法 Art 23(1); 回避)
  'mediation.desk.notAMediator': {
    'zh-CN': '“{mediatorId}”不是本村的人民调解员',
    en: '"{mediatorId}" is not a mediator of this village',
  },
  'mediation.recusal.tiedMediator': {
    'zh-CN': '调解员“{mediatorId}”已声明与本案当事人有亲属或利害关系，应当回避，不能指派',
    en: 'Mediator "{mediatorId}" has declared a family or other tie to a party of this case and must step aside; they cannot be assigned',
  },
  'mediation.recusal.partyObjected': {
    'zh-CN': '当事人已要求更换调解员“{mediatorId}”，不能再指派',
    en: 'A party asked for mediator "{mediatorId}" to be replaced, so they cannot be assigned again',
  },
  'mediation.recusal.notOnCase': {
    'zh-CN': '调解员“{mediatorId}”不在本案的调解员中',
    en: 'Mediator "{mediatorId}" is not working this case',
  },
  'mediation.recusal.callerTied': {
    'zh-CN': '您已声明与本案当事人有亲属或利害关系，应当回避',
    en: 'You declared a tie to a party of this case and must step aside from it',
  },

  // Refusal routes shown to the applicant (人民调解法 Arts 17, 26)
  'mediation.redirect.reservedOrgan': {
    'zh-CN': '这类纠纷依法应当由其他机关处理，请向“{organ}”提出。',
    en: 'By law, disputes of this kind are decided by another body. Please take it to {organ}.',
  },
  'mediation.redirect.reservedOrganUnnamed': {
    'zh-CN': '这类纠纷依法应当由其他机关处理，请向有关机关提出，调解员可以告诉您具体的机关。',
    en: 'By law, disputes of this kind are decided by another body. Please take it there; the mediator can tell you which.',
  },

  // Notifications (the text sent through the channel; the place and time only, never another party's name)
  'mediation.notify.sessionScheduled': {
    'zh-CN': '您的调解案件 {caseNumber} 定于 {on} {time} 在“{place}”进行调解，请准时参加。',
    en: 'The mediation of your case {caseNumber} is set for {on} {time} at {place}. Please come on time.',
  },
  'mediation.notify.judicialConfirmation': {
    'zh-CN': '您的调解协议（案件 {caseNumber}）已生效。如需司法确认，双方当事人可在 {closesOn} 前共同向人民法院申请。',
    en: 'The agreement of your case {caseNumber} has taken effect. If you want it confirmed by a court, both sides may apply together by {closesOn}.',
  },

  // Deadline alerts in the queue
  'mediation.due.contact': { 'zh-CN': '联系申请人', en: 'Contact the applicant' },
  'mediation.due.conclude': { 'zh-CN': '一个月内调结', en: 'Conclude within one month' },
  'mediation.due.sessionNotes': { 'zh-CN': '记录调解笔录', en: 'Record the session notes' },
  'mediation.due.judicialConfirmation': {
    'zh-CN': '提醒申请司法确认（30 日）',
    en: 'Remind the parties of judicial confirmation (30 days)',
  },
  'mediation.due.followUp': { 'zh-CN': '回访协议履行情况', en: 'Follow-up visit on the agreement' },
});
