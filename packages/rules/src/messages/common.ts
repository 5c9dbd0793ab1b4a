import { defineMessages } from './entry.js';

/** Messages for the generic shapes every schema shares (missing field, too long, wrong option …). */
export const commonMessages = defineMessages({
  'field.required': { 'zh-CN': '此项为必填项', en: 'This field is required' },
  'field.invalidType': { 'zh-CN': '格式不正确', en: 'This value has the wrong format' },
  'field.tooShort': { 'zh-CN': '至少需要 {minimum} 个字符', en: 'Enter at least {minimum} characters' },
  'field.tooLong': { 'zh-CN': '最多 {maximum} 个字符', en: 'Enter at most {maximum} characters' },
  'field.tooSmall': { 'zh-CN': '不能小于 {minimum}', en: 'Must be at least {minimum}' },
  'field.tooBig': { 'zh-CN': '不能大于 {maximum}', en: 'Must be at most {maximum}' },
  'field.tooFewItems': { 'zh-CN': '至少需要 {minimum} 项', en: 'Add at least {minimum} items' },
  'field.tooManyItems': { 'zh-CN': '最多 {maximum} 项', en: 'Add at most {maximum} items' },
  'field.invalidOption': { 'zh-CN': '请从列表中选择', en: 'Choose one of the listed options' },
  'field.notInteger': { 'zh-CN': '请输入整数', en: 'Enter a whole number' },
  'field.invalidFormat': { 'zh-CN': '格式不正确', en: 'This value has the wrong format' },
  'field.invalidDate': { 'zh-CN': '请输入有效日期（年-月-日）', en: 'Enter a real date (YYYY-MM-DD)' },
  'field.unknownKey': { 'zh-CN': '包含无法识别的字段', en: 'Contains a field that is not recognised' },
  'field.invalid': { 'zh-CN': '内容无效', en: 'This value is not valid' },
});
