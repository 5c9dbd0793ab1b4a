import type { MediationIntakeInput } from '@shanzhi/rules';

/** The answers to the safety questions that let an intake go to ordinary mediation. */
const safe: MediationIntakeInput['safety'] = {
  violenceThreatened: false,
  weaponsInvolved: false,
  groupIncident: false,
  alreadyBefore: 'none',
  otherPartyRefusedMediation: false,
};

/** A complete, valid neighbours' dispute with the fewest fields (the rules package's own test example). */
export function neighbourIntake(description = '邻居家在我家门口堆放柴火，堵住了出入的路。'): MediationIntakeInput {
  return {
    dispute: { type: 'neighbour', description, desiredOutcome: '请邻居把柴火搬走。' },
    applicant: { name: '张三', mobile: '13812345678' },
    respondents: [{ kind: 'person', name: '李四' }],
    safety: { ...safe },
    consent: { mediation: true, personalData: true },
  };
}

/** The personal data `homesteadIntake` carries, for tests that look for it where it must not be. */
export const homesteadApplicant = {
  name: '欧阳明华',
  mobile: '13912345678',
  residentId: '11010519491231002X',
  address: '青溪镇王家坞村三组',
};
export const homesteadRespondent = { kind: 'person', name: '张建国', mobile: '13700001111' } as const;

/** A homestead dispute with every personal field filled in; parts of it can be changed. */
export function homesteadIntake(
  overrides: { dispute?: Partial<MediationIntakeInput['dispute']>; safety?: Partial<MediationIntakeInput['safety']> } = {},
): MediationIntakeInput {
  return {
    dispute: {
      type: 'homestead',
      description: '邻居建房时越过了两家宅基地的分界线约半米，多次协商未果。',
      desiredOutcome: '希望重新测量并恢复原来的分界。',
      ...overrides.dispute,
    },
    applicant: { ...homesteadApplicant },
    respondents: [{ ...homesteadRespondent }],
    safety: { ...safe, ...overrides.safety },
    consent: { mediation: true, personalData: true },
  };
}
