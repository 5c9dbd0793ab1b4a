import { defineMessages } from '../messages/entry.js';

/** Messages of the disclosure rules, by stable code. */
export const disclosureMessages = defineMessages({
  'disclosure.richText.unsafeLink': {
    'zh-CN': '链接只能是以 http:// 或 https:// 开头的网址',
    en: 'Links must be web addresses starting with http:// or https://',
  },

  'disclosure.attachment.badName': {
    'zh-CN': '附件名称不正确：只能是文件名加扩展名（如“三季度财务公开.pdf”），不能含有文件夹或特殊字符',
    en: 'The attachment name must be a file name with an extension (such as "Q3-finance.pdf"), without folders or special characters',
  },
  'disclosure.attachment.tooLarge': {
    'zh-CN': '附件“{name}”有 {sizeMb} MB，超过了 {maximumMb} MB 的上限',
    en: 'The attachment "{name}" is {sizeMb} MB, more than the {maximumMb} MB limit',
  },
  'disclosure.attachment.typeMismatch': {
    'zh-CN': '附件“{name}”的扩展名与文件类型 {mediaType} 不符',
    en: 'The extension of "{name}" does not match its file type {mediaType}',
  },

  'disclosure.period.reversed': {
    'zh-CN': '公开期间的结束日期 {to} 早于开始日期 {from}',
    en: 'The period ends ({to}) before it starts ({from})',
  },
  'disclosure.notice.endsBeforeStart': {
    'zh-CN': '公示截止日期 {until} 早于发布日期 {published}',
    en: 'The notice ends ({until}) before it is published ({published})',
  },

  'disclosure.item.versionNumbering': {
    'zh-CN': '版本号应为 {expected}，实际为 {found}：更正只能按顺序追加新版本',
    en: 'Version number should be {expected} but is {found}: corrections are added as new versions in order',
  },
  'disclosure.item.firstVersionIsCorrection': {
    'zh-CN': '第一个版本是原始公开内容，不能标记为更正',
    en: 'The first version is the original disclosure and cannot be marked as a correction',
  },
  'disclosure.item.correctionMissing': {
    'zh-CN': '第 {version} 版缺少更正说明（更正人、日期和原因）',
    en: 'Version {version} is missing its correction note (who, when and why)',
  },
  'disclosure.item.correctionOutOfOrder': {
    'zh-CN': '第 {version} 版的更正日期 {at} 早于上一次更正的日期 {previous}',
    en: 'Version {version} was corrected on {at}, before the previous correction on {previous}',
  },
  'disclosure.item.unknownCategory': { 'zh-CN': '没有“{category}”这个公开类别', en: 'There is no disclosure category "{category}"' },
  'disclosure.item.financePeriodMismatch': {
    'zh-CN': '财务报表的期间（{from} 至 {to}）与本次公开的期间不一致',
    en: 'The finance statement covers {from} to {to}, which is not the period of this disclosure',
  },

  'disclosure.correction.reasonRequired': {
    'zh-CN': '更正已公开的内容必须写明原因',
    en: 'Give the reason for correcting a published item',
  },
  'disclosure.correction.beforePrevious': {
    'zh-CN': '更正日期 {at} 不能早于上一个版本的日期 {previous}',
    en: 'The correction date {at} cannot be before the previous version ({previous})',
  },
  'disclosure.correction.nothingChanged': {
    'zh-CN': '更正内容与当前版本完全相同，没有需要更正的地方',
    en: 'The correction is identical to the current version: nothing was changed',
  },

  'disclosure.finance.invalidYuan': {
    'zh-CN': '金额无效，请写成 1234.50 这样的形式',
    en: 'This is not a valid amount; write it like 1234.50',
  },
  'disclosure.finance.amountNotPositive': {
    'zh-CN': '凭证 {voucher} 的金额必须是大于零的整数分',
    en: 'The amount on voucher {voucher} must be a whole number of fen above zero',
  },
  'disclosure.finance.dateOutsidePeriod': {
    'zh-CN': '凭证 {voucher} 的日期 {date} 不在本期（{from} 至 {to}）之内',
    en: 'Voucher {voucher} is dated {date}, outside this period ({from} to {to})',
  },
  'disclosure.finance.unknownClassification': {
    'zh-CN': '凭证 {voucher} 的科目“{classification}”不在科目表中',
    en: 'Voucher {voucher} uses the heading "{classification}", which is not in the list of headings',
  },
  'disclosure.finance.expenditureHeadingOnIncome': {
    'zh-CN': '凭证 {voucher} 记在收入中，但科目“{classification}”是支出科目',
    en: 'Voucher {voucher} is listed as income but "{classification}" is an expenditure heading',
  },
  'disclosure.finance.incomeHeadingOnExpenditure': {
    'zh-CN': '凭证 {voucher} 记在支出中，但科目“{classification}”是收入科目',
    en: 'Voucher {voucher} is listed as expenditure but "{classification}" is an income heading',
  },
  'disclosure.finance.duplicateVoucher': {
    'zh-CN': '凭证号 {voucher} 出现了不止一次',
    en: 'Voucher number {voucher} appears more than once',
  },
  'disclosure.finance.incomeTotalMismatch': {
    'zh-CN': '各项收入相加是 {sum} 元，但收入合计写的是 {stated} 元，相差 {difference} 元',
    en: 'The income lines add up to {sum} yuan but the income total says {stated} yuan, a difference of {difference} yuan',
  },
  'disclosure.finance.expenditureTotalMismatch': {
    'zh-CN': '各项支出相加是 {sum} 元，但支出合计写的是 {stated} 元，相差 {difference} 元',
    en: 'The expenditure lines add up to {sum} yuan but the expenditure total says {stated} yuan, a difference of {difference} yuan',
  },
  'disclosure.finance.unbalanced': {
    'zh-CN': '期初余额加收入减支出应为 {expected} 元，但期末余额写的是 {stated} 元，相差 {difference} 元',
    en: 'Opening balance plus income minus expenditure is {expected} yuan, but the closing balance says {stated} yuan, a difference of {difference} yuan',
  },

  'disclosure.meeting.presentExceedsEligible': {
    'zh-CN': '到会 {present} 人，多于应到的 {eligible} 人',
    en: '{present} are recorded as present, more than the {eligible} who could attend',
  },
  'disclosure.meeting.votesExceedPresent': {
    'zh-CN': '投票共 {votes} 票，多于到会的 {present} 人',
    en: '{votes} votes were counted, more than the {present} people present',
  },
  'disclosure.meeting.quorumMoreThanHalf': {
    'zh-CN': '到会 {present} 人，没有超过应到 {eligible} 人的半数（至少要 {required} 人），会议无效',
    en: 'Only {present} of {eligible} attended; more than half ({required} or more) must attend for the meeting to be valid',
  },
  'disclosure.meeting.noticeTooShort': {
    'zh-CN': '村民会议只提前 {days} 天通知，法律要求至少提前 {required} 天（村民委员会组织法第二十一条）',
    en: 'The villagers were told of the meeting only {days} days ahead; the law requires at least {required} days (Organic Law Art 21)',
  },
  'disclosure.meeting.quorumHalf': {
    'zh-CN': '到会 {present} 人，不足应到 {eligible} 人的半数（至少要 {required} 人），会议无效',
    en: 'Only {present} of {eligible} attended; at least half ({required}) must attend for the meeting to be valid',
  },
  'disclosure.meeting.quorumTwoThirds': {
    'zh-CN': '到会 {present} 人，不足应到 {eligible} 人的三分之二（至少要 {required} 人），会议无效',
    en: 'Only {present} of {eligible} attended; at least two thirds ({required}) must attend for the meeting to be valid',
  },
  'disclosure.meeting.quorumTwoThirdsHouseholds': {
    'zh-CN': '到会户代表 {present} 户，不足全部 {eligible} 户的三分之二（至少要 {required} 户），会议无效',
    en: 'Representatives of only {present} of {eligible} households attended; at least two thirds ({required}) must attend for the meeting to be valid',
  },
  'disclosure.meeting.notPassed': {
    'zh-CN': '同意 {votesFor} 票，没有超过到会 {base} 人的半数（至少要 {required} 票），决定未通过',
    en: '{votesFor} voted in favour, not more than half of the {base} present ({required} needed): the decision did not pass',
  },
  'disclosure.meeting.notPassedMembers': {
    'zh-CN': '同意 {votesFor} 票，没有超过全体 {base} 名党员的半数（至少要 {required} 票），未通过',
    en: '{votesFor} voted in favour, not more than half of all {base} party members ({required} needed): not passed',
  },
  'disclosure.meeting.compositionImpossible': {
    'zh-CN': '组成人员 {members} 人、村民代表 {representatives} 人、妇女代表 {womenRepresentatives} 人，这几个数字对不上',
    en: 'The numbers do not fit: {members} members, {representatives} representatives, {womenRepresentatives} women representatives',
  },
  'disclosure.meeting.tooFewRepresentatives': {
    'zh-CN': '村民代表 {representatives} 人，不足组成人员 {members} 人的五分之四（至少要 {required} 人）',
    en: "There are {representatives} villagers' representatives; they must be at least four fifths of the {members} members ({required})",
  },
  'disclosure.meeting.tooFewWomen': {
    'zh-CN': '妇女代表 {womenRepresentatives} 人，不足组成人员 {members} 人的三分之一（至少要 {required} 人）',
    en: 'There are {womenRepresentatives} women representatives; they must be at least one third of the {members} members ({required})',
  },

  'disclosure.trail.duplicateStep': { 'zh-CN': '第 {number} 步重复记录了', en: 'Step {number} is recorded more than once' },
  'disclosure.trail.missingProposal': {
    'zh-CN': '缺少第 {number} 步“村党组织提议”',
    en: 'Step {number}, the proposal by the party branch, is missing',
  },
  'disclosure.trail.missingConsultation': {
    'zh-CN': '缺少第 {number} 步“村两委会议商议”',
    en: 'Step {number}, deliberation by the branch and village committees, is missing',
  },
  'disclosure.trail.missingReview': {
    'zh-CN': '缺少第 {number} 步“党员大会审议”',
    en: "Step {number}, review by the party members' meeting, is missing",
  },
  'disclosure.trail.missingResolution': {
    'zh-CN': '缺少第 {number} 步“村民会议或村民代表会议决议”',
    en: "Step {number}, the resolution of the villagers' or representatives' meeting, is missing",
  },
  'disclosure.trail.missingResolutionDisclosure': {
    'zh-CN': '缺少第 {number} 步“决议公开”',
    en: 'Step {number}, disclosing the resolution, is missing',
  },
  'disclosure.trail.outOfOrder': {
    'zh-CN': '第 {number} 步的日期 {date} 早于第 {previousNumber} 步的日期 {previousDate}，顺序不对',
    en: 'Step {number} is dated {date}, before step {previousNumber} on {previousDate}: the steps are out of order',
  },
  'disclosure.trail.meetingMissing': {
    'zh-CN': '第 {number} 步需要会议记录（到会人数和表决票数）',
    en: 'Step {number} needs its meeting record (attendance and votes)',
  },
  'disclosure.trail.wrongMeetingKind': {
    'zh-CN': '第 {number} 步不是由规定的会议作出的',
    en: 'Step {number} was not taken by the meeting that must take it',
  },
  'disclosure.trail.meetingInvalid': {
    'zh-CN': '第 {number} 步的会议不符合法定人数或表决要求',
    en: 'The meeting at step {number} did not meet the attendance or voting requirements',
  },
  'disclosure.trail.notDelegated': {
    'zh-CN': '这一事项须由村民会议决定，村民代表会议只有在村民会议授权后才能决定',
    en: "This matter is for the villagers' meeting; the representatives' meeting may decide it only when the villagers' meeting has delegated it",
  },
  'disclosure.trail.lateResolutionDisclosure': {
    'zh-CN': '决议在作出 {days} 天后才公开，超过了 {limit} 天的期限',
    en: 'The resolution was disclosed {days} days after it was made, later than the {limit}-day limit',
  },
  'disclosure.trail.resolutionDisclosureOverdue': {
    'zh-CN': '决议已作出 {days} 天仍未公开，超过了 {limit} 天的期限',
    en: 'The resolution was made {days} days ago and is still not disclosed; the limit is {limit} days',
  },
});
