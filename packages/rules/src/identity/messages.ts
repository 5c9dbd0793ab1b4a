import { defineMessages } from '../messages/entry.js';

/** Messages of the identity rules, by stable code. */
export const identityMessages = defineMessages({
  'identity.residentId.format': {
    'zh-CN': '身份证号码应为18位：前17位是数字，最后一位是数字或X',
    en: 'An ID card number has 18 characters: 17 digits, then a digit or X',
  },
  'identity.residentId.legacy15': {
    'zh-CN': '这是旧的15位身份证号码，请填写现在使用的18位号码',
    en: 'This is an old 15-digit ID number; enter the 18-character number on the current ID card',
  },
  'identity.residentId.region': {
    'zh-CN': '身份证号码开头的地区码不对，请核对前两位',
    en: 'The area code at the start of the ID number is not right; check the first two digits',
  },
  'identity.residentId.birthDate': {
    'zh-CN': '身份证号码里的出生日期（第7到14位）不是有效日期',
    en: 'The date of birth in the ID number (digits 7 to 14) is not a real date',
  },
  'identity.residentId.birthDateTooEarly': {
    'zh-CN': '身份证号码里的出生日期早于{earliest}，多半是填错了，请核对第7到14位',
    en: 'The date of birth in the ID number is before {earliest}, most likely a typing slip; check digits 7 to 14',
  },
  'identity.residentId.birthDateFuture': {
    'zh-CN': '身份证号码里的出生日期晚于今天，请核对',
    en: 'The date of birth in the ID number is after today; check the number',
  },
  'identity.residentId.checksum': {
    'zh-CN': '身份证号码最后一位校验码不对，可能有数字填错了',
    en: 'The last character of the ID number does not match the others; a digit may be wrong',
  },
  'identity.uscc.format': {
    'zh-CN': '统一社会信用代码应为18位数字或大写字母（不含I、O、Z、S、V）',
    en: 'A unified social credit code has 18 digits or capital letters (not I, O, Z, S or V)',
  },
  'identity.uscc.checksum': {
    'zh-CN': '统一社会信用代码最后一位校验码不对，可能有字符填错了',
    en: 'The last character of the unified social credit code does not match the others; a character may be wrong',
  },
  'identity.mobile.format': {
    'zh-CN': '请填写11位手机号码，以1开头，第二位是3到9',
    en: 'Enter an 11-digit mobile number starting with 1 and then 3 to 9',
  },
  'identity.name.tooShort': {
    'zh-CN': '姓名至少 {minimum} 个字',
    en: 'A name has at least {minimum} characters',
  },
  'identity.name.tooLong': {
    'zh-CN': '姓名最多 {maximum} 个字',
    en: 'A name has at most {maximum} characters',
  },
  'identity.name.digits': {
    'zh-CN': '姓名里不能有数字',
    en: 'A name cannot contain digits',
  },
  'identity.name.invalidCharacters': {
    'zh-CN': '姓名只能用汉字、字母和间隔号“·”',
    en: 'A name may only use Chinese characters, letters and the middle dot “·”',
  },
  'identity.name.misplacedDot': {
    'zh-CN': '间隔号“·”只能写在两个字中间，不能在开头、结尾或连着写',
    en: 'The middle dot “·” goes between two parts of a name, not at the start, the end or twice in a row',
  },
  'identity.publicField.rawPersonalData': {
    'zh-CN': '公开内容里不能写完整的手机号码或身份证号码，请删去或只写部分（如 138****8000）',
    en: 'Public content may not hold a full mobile or ID number; remove it or write only part of it (such as 138****8000)',
  },
});
