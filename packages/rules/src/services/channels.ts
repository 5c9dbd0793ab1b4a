/**
 * Where a villager can apply, nearest first: the village station (村便民服务站) is where the elderly
 * go; the township centre (镇便民服务中心) and the county hall (县政务服务中心) take everything else.
 */
export const applicationChannels = [
  { code: 'online', 'zh-CN': '网上办理', en: 'Online' },
  { code: 'villageStation', 'zh-CN': '村便民服务站', en: 'Village service station' },
  { code: 'townshipCentre', 'zh-CN': '镇（乡）便民服务中心', en: 'Township service centre' },
  { code: 'countyHall', 'zh-CN': '县政务服务中心', en: 'County service hall' },
] as const;

export type ApplicationChannel = (typeof applicationChannels)[number];
export type ApplicationChannelCode = ApplicationChannel['code'];
export const applicationChannelCodes = applicationChannels.map((channel) => channel.code) as [
  ApplicationChannelCode,
  ...ApplicationChannelCode[],
];
