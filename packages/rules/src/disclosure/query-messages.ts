import { defineMessages } from '../messages/entry.js';

/** Messages of villagers' queries (村民委员会组织法 Art 30 查询): answering them and publishing answers as FAQ entries. */
export const disclosureQueryMessages = defineMessages({
  'disclosure.query.alreadyAnswered': {
    'zh-CN': '这条查询已于 {answeredOn} 答复，不能再次答复',
    en: 'This query was answered on {answeredOn} and cannot be answered again',
  },
  'disclosure.query.notAnswered': {
    'zh-CN': '这条查询还没有答复，答复后才能公开为常见问题',
    en: 'This query has not been answered yet; answer it before publishing it as a FAQ entry',
  },
  'disclosure.query.receiptCode.invalid': {
    'zh-CN': '回执码是 12 位字母和数字（如 ABCD-EFGH-JKMN），请按回执核对',
    en: 'A receipt code has 12 letters and digits (such as ABCD-EFGH-JKMN); check it against your receipt',
  },
});
