import * as z from 'zod/mini';
import { codeSchema, plainText } from './text.js';

/**
 * A life event (人生事 / 主题服务): how a villager looks for a service ("I had a baby"), rather
 * than by the department that happens to own it.
 */
export const lifeEventSchema = z.strictObject({
  code: codeSchema,
  'zh-CN': plainText(40),
  en: plainText(80),
});
export type LifeEvent = z.output<typeof lifeEventSchema>;

export const defaultLifeEvents: readonly LifeEvent[] = [
  { code: 'birth', 'zh-CN': '生育', en: 'Having a baby' },
  { code: 'schooling', 'zh-CN': '上学', en: 'Going to school' },
  { code: 'employment', 'zh-CN': '就业', en: 'Work' },
  { code: 'oldAge', 'zh-CN': '养老', en: 'Old age and pensions' },
  { code: 'disability', 'zh-CN': '残疾', en: 'Disability' },
  { code: 'relief', 'zh-CN': '救助', en: 'Hardship and relief' },
  { code: 'medical', 'zh-CN': '就医', en: 'Medical care' },
  { code: 'building', 'zh-CN': '建房', en: 'Building a home' },
  { code: 'farmSubsidy', 'zh-CN': '农业补贴', en: 'Farm subsidies' },
  { code: 'marriage', 'zh-CN': '婚姻', en: 'Marriage' },
  { code: 'residence', 'zh-CN': '户籍', en: 'Household registration' },
  { code: 'military', 'zh-CN': '兵役与退役', en: 'Military service and veterans' },
  { code: 'disaster', 'zh-CN': '灾害', en: 'Disasters' },
  { code: 'death', 'zh-CN': '身后事', en: 'After a death' },
];
