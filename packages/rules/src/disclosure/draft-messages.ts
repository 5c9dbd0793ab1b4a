import { defineMessages } from '../messages/entry.js';

/** Messages of disclosure drafts (the editor's working copies), by stable code. */
export const disclosureDraftMessages = defineMessages({
  'disclosure.draft.staleRevision': {
    'zh-CN': '这份草稿已被他人保存过（现在是第 {current} 次保存，您改的是第 {revision} 次），请重新载入后再改',
    en: 'Someone saved this draft since you loaded it (it is now at save {current}, yours was save {revision}); reload it and edit again',
  },
  'disclosure.draft.tooMany': {
    'zh-CN': '本村未发布的草稿已有 {maximum} 份，请先发布或删除一些',
    en: 'The village already has {maximum} unpublished drafts; publish or discard some first',
  },
});
