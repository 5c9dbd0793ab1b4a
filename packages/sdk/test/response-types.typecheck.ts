/**
 * Compiled by `tsc -b` (packages/sdk/tsconfig.test.json), never run. Each `@ts-expect-error` fails the typecheck
 * when the line below it compiles: if the `[k: string]: unknown` index signature of z.looseObject came back into
 * the response types, `row.pionts` would type as `unknown` and these directives would be unused errors.
 */
/* eslint-disable @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-meaningless-void-operator -- a type test: its lines exist to compile or not */
import type { MessageCode } from '@shanzhi/rules';
import {
  getLeaderboard,
  type Client,
  type Disclosure,
  type FinanceStatement,
  type GenericProblemCode,
  type LeaderboardPage,
  type LeaderboardRow,
  type MediationCaseStatus,
  type ProblemCode,
  type ProblemError,
  type ServiceGuide,
} from '@shanzhi/sdk';

declare const row: LeaderboardRow;
declare const page: LeaderboardPage;
declare const disclosure: Disclosure;
declare const status: MediationCaseStatus;
declare const guide: ServiceGuide;
declare const client: Client;

export const points: number = row.points;
// @ts-expect-error a typo in a field name does not compile
export const typo = row.pionts;
// @ts-expect-error nor one on the page
export const pageTypo = page.nextCurser;
// @ts-expect-error nor one two levels down (disclosure → findings → trail, both loose objects)
export const nested = disclosure.findings.trail?.nextStepp;
// @ts-expect-error nor one inside an array item
export const inArray = status.history[0]?.when;
// @ts-expect-error nor one on a guide built by spreading a rules schema's shape
export const spread = guide.dueIfAppliedTomorrow;
export const keys: (keyof LeaderboardRow)[] = ['householdId', 'points', 'movement'];
// @ts-expect-error keyof has no `string` in it
export const anyKey: keyof LeaderboardRow = 'anything';
export const finance: FinanceStatement | undefined = disclosure.versions[0]?.finance;

export async function typedClient(): Promise<number> {
  const { data } = await client.request(getLeaderboard, { params: { villageId: 'v-qs-01' } });
  const first = data.items[0];
  // @ts-expect-error the client's result carries the same closed type
  void first?.pionts;
  for await (const item of client.paginate(getLeaderboard, { params: { villageId: 'v-qs-01' } })) {
    // @ts-expect-error and so do paginated items
    void item.pionts;
    return item.points;
  }
  return 0;
}

// Problem codes: the generic ones and the rules' codes, and nothing else.
export const generic: GenericProblemCode = 'rate-limited';
export const ruleCode: ProblemCode = 'services.proxy.notOffered' satisfies MessageCode;
// @ts-expect-error an unknown code is not a ProblemCode
export const unknownCode: ProblemCode = 'rate-limitted';
export function switchOn(error: ProblemError): string {
  // ProblemError.code offers the contract's codes and still takes a code another backend added.
  switch (error.code) {
    case 'rate-limited':
      return 'later';
    case 'points.transition.illegal':
      return 'refresh';
    default:
      return error.code;
  }
}
