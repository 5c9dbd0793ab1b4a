import { defineMessages } from '../internal/localize.js';

/*
 * The words of the family-ties panel (family-ties.ts), both languages travelling with it. “亲属关系回避申报” is what a
 * village office calls the form; the explanation says why in the villagers' own terms (人情分).
 */
export const familyTiesMessages = defineMessages({
  'zh-CN': {
    title: '亲属关系回避申报',
    why: '村民对积分评议最常见的意见是“人情分”。请申报与您有亲属关系的农户：申报后，您将不能审核、撤销或裁定这些农户的积分，由其他工作人员处理。您自己所在的农户无需申报，系统已自动回避。',
    declaredTitle: '您已申报的亲属农户',
    none: '您还没有申报亲属关系。',
    addTitle: '申报一户',
    chooseHousehold: '请先查找并选定农户。',
    confirmNote: '申报后不能在工作台撤回。',
    submit: '申报亲属关系',
    sending: '正在申报…',
    declared: (number: string) => `已申报与 ${number} 的亲属关系，今后该户的积分申报由其他工作人员审核。`,
    already: (number: string) => `${number} 已在您的申报中。`,
  },
  en: {
    title: 'Family ties (recusal)',
    why: "Villagers' first complaint about points schemes is favouritism. Declare the households you are related to: you will then not be able to review, revoke or rule on their entries; a colleague will. Your own household needs no declaration: you step aside from it automatically.",
    declaredTitle: 'Households you declared a tie with',
    none: 'You have not declared any family tie.',
    addTitle: 'Declare a household',
    chooseHousehold: 'Find and choose the household first.',
    confirmNote: 'A declaration cannot be withdrawn from the desk.',
    submit: 'Declare the family tie',
    sending: 'Sending…',
    declared: (number: string) => `Family tie with ${number} declared: a colleague will review that household's entries from now on.`,
    already: (number: string) => `${number} is already among your declarations.`,
  },
});
