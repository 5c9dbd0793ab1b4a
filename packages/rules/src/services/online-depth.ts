/**
 * How far a service can be done online (网上办事深度), from 0 (only at a counter) to 4 (全程网办:
 * apply, pay and receive the result without going anywhere). Levels are data so a portal can show
 * them as badges; the number is what guides store.
 */
export const onlineDepthLevels = [
  { level: 0, code: 'offline', 'zh-CN': '暂不支持网办', en: 'Not available online' },
  { level: 1, code: 'information', 'zh-CN': '网上查看办事指南', en: 'Guide online' },
  { level: 2, code: 'forms', 'zh-CN': '网上下载表格', en: 'Forms to download' },
  { level: 3, code: 'apply', 'zh-CN': '网上申请、现场领取', en: 'Apply online, collect in person' },
  { level: 4, code: 'full', 'zh-CN': '全程网办', en: 'Fully online, result delivered' },
] as const;

/** One of {@link onlineDepthLevels}. */
export type OnlineDepthLevel = (typeof onlineDepthLevels)[number];
/** The level of a {@link OnlineDepthLevel}. */
export type OnlineDepth = OnlineDepthLevel['level'];

/** A service can be completed without visiting an office only at this depth. */
export const fullyOnlineDepth: OnlineDepth = 4;

/** Whether `value` is one of the online-depth levels of {@link onlineDepthLevels}. */
export function isOnlineDepth(value: number): value is OnlineDepth {
  return onlineDepthLevels.some((level) => level.level === value);
}
