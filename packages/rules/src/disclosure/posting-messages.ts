import { defineMessages } from '../messages/entry.js';

/** Messages of the physical 公开栏 (posting a published item on the village's notice board), by stable code. */
export const postingMessages = defineMessages({
  'posting.date.future': {
    'zh-CN': '张贴日期 {postedOn} 还没到：只能记录已经贴出的公开内容',
    en: 'The posting date {postedOn} is in the future: record a posting once it is on the board',
  },
  'posting.date.beforeVersion': {
    'zh-CN': '张贴日期 {postedOn} 早于这一版公开内容的日期 {recordedOn}',
    en: 'The posting date {postedOn} is before this version of the item was published ({recordedOn})',
  },
  'posting.item.notYetPublished': {
    'zh-CN': '这项内容 {published} 才公开，公开之前不能张贴',
    en: 'This item is published on {published}; it cannot be posted before then',
  },
});
