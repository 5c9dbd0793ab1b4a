/**
 * The fields of a relief-list recipient that a village may choose to publish (`reliefPublicFields`). In its own
 * module so the settings schema and the relief rules can both use it without importing each other.
 *
 * 最低生活保障审核确认办法 (民发〔2021〕57号) has the county's 民政 department publish the 低保 families' 申请人姓名,
 * 家庭成员数量 and 保障金额 in their village, and forbids publishing what the recipients' privacy needs kept back.
 * That wording could not be checked against the published text from the machine this was written on; a
 * province whose rules differ sets `reliefPublicFields` accordingly. No option here can ever name an ID
 * number, a phone, an address or health data.
 */
export const reliefPublicFieldCodes = ['name', 'villageGroup', 'householdSize', 'amount'] as const;

/** One of {@link reliefPublicFieldCodes}. */
export type ReliefPublicField = (typeof reliefPublicFieldCodes)[number];
