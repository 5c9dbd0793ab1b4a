import { codePoints, consentCovers, maskName, type ConsentPurpose } from '@shanzhi/rules';
import { getLeaderboard, type RouteSpec } from '@shanzhi/sdk';
import { answerEvidence as evidence } from '../evidence.js';
import { idempotencyHeaders, samplePath } from '../kit-calls.js';
import {
  canReadRegisteredNames,
  consentedPurposes,
  maskCharacter,
  namedRows,
  rawPersonalDataIn,
  registeredName,
  type NamedRow,
} from '../personal-data.js';
import { accepts, objectKeys, placeholderParams, routeCheck, schemaHasKey } from '../route-calls.js';
import { boardRows } from '../sample-lookups.js';
import { pathFor } from '../samples.js';
import { testApplicant } from '../test-records.js';
import { CheckFailure, SkipCheck, type Check, type CheckContext, type KitResponse } from '../types.js';

/**
 * Privacy on public reads (docs/api.md, Privacy; 个人信息保护法 Arts 25, 51): no raw mobile or resident ID number
 * ever reaches the public, names are masked unless the household consented for that page's purpose, a search finds
 * only what the searcher can see, and a refusal never quotes what the caller sent. A failure names the household by
 * its number and masked name only: the report itself must not disclose anyone.
 */

/** The consent purpose each public board names households for (the rules' consentPurposes; docs/api.md, Privacy). */
const boardPurposes: Readonly<Record<string, ConsentPurpose>> = { getLeaderboard: 'honourBoard', listPointsNotices: 'publicNotice' };

/** How many rows of a board the name checks look up (each costs a staff search and a consent read). */
const rowsToCheck = 12;
/** A character no name holds: the wrong guess of a hidden character. */
const wrongGuess = '〇';

const leaderboard = getLeaderboard as RouteSpec;

function isPublicRead(route: RouteSpec): boolean {
  return route.method === 'GET' && route.access.roles === 'anyone' && route.access.relation === undefined && route.download === undefined;
}

function rowLabel(row: NamedRow): string {
  return `household ${row.householdNumber ?? row.householdId} (${maskName(row.name)})`;
}

async function publicAnswer(context: CheckContext, route: RouteSpec, query: Record<string, string> = {}): Promise<KitResponse> {
  const response = await context.send({ method: 'GET', path: await samplePath(context, route, query) });
  if (response.status !== 200) throw new SkipCheck(`${response.summary}: no public answer to look at`);
  return response;
}

function noRawNumbersCheck(route: RouteSpec): Check {
  return routeCheck('privacy', route, 'shows the public no raw mobile or resident ID number, in the body or a header', async (context) => {
    const response = await publicAnswer(context, route);
    const places = rawPersonalDataIn(response);
    if (places.length > 0)
      throw new CheckFailure(
        `a public answer holds raw mobile or resident ID numbers at ${places.slice(0, 5).join(', ')} (docs/api.md, Privacy: they never leave the server for a non-staff caller)`,
        response.summary,
      );
  });
}

function maskedFlagCheck(route: RouteSpec): Check {
  const name = 'shows every name flagged nameMasked: true masked (张*明), never the registered name';
  return routeCheck('privacy', route, name, async (context) => {
    const rows = namedRows((await publicAnswer(context, route, { limit: '50' })).json);
    if (rows.length === 0) throw new SkipCheck('the public answer names no household');
    const unmasked = rows.filter((row) => row.nameMasked && !row.name.includes(maskCharacter));
    if (unmasked.length > 0)
      throw new CheckFailure(
        `public names must be masked (个人信息保护法 Art 25): ${String(unmasked.length)} row(s) flagged nameMasked: true show an unmasked name`,
        unmasked.slice(0, 5).map(rowLabel).join('\n'),
      );
  });
}

function consentCheck(route: RouteSpec): Check {
  const purpose = boardPurposes[route.id];
  return routeCheck(
    'privacy',
    route,
    `shows a household's real name only with its consent${purpose === undefined ? '' : ` for ${purpose}`}, else exactly the masked registered name`,
    async (context) => {
      if (!canReadRegisteredNames(context)) throw new SkipCheck('no staff token that reads registered names (findHouseholds)');
      const rows = namedRows((await publicAnswer(context, route, { limit: String(rowsToCheck) })).json).slice(0, rowsToCheck);
      if (rows.length === 0) throw new SkipCheck('the public answer names no household');
      const findings: string[] = [];
      let compared = 0;
      for (const row of rows) {
        const registered = await registeredName(context, row);
        if (registered === undefined) continue;
        compared += 1;
        if (row.name !== registered) {
          if (row.name !== maskName(registered))
            findings.push(`${rowLabel({ ...row, name: registered })} is shown neither masked nor whole`);
          continue;
        }
        if (maskName(registered) === registered) continue; // a name too short to mask shows whole either way
        const granted = await consentedPurposes(context, row.householdId);
        if (granted === undefined) continue;
        const covered = purpose === undefined ? granted.length > 0 : consentCovers(granted, purpose);
        if (!covered)
          findings.push(
            `public board shows the real name of ${rowLabel(row)} without consent${purpose === undefined ? '' : ` for ${purpose}`} (个人信息保护法 Art 25)`,
          );
      }
      if (compared === 0) throw new SkipCheck('the staff search found none of the public rows');
      const distinct = [...new Set(findings)];
      if (distinct.length > 0)
        throw new CheckFailure(
          `public names must be masked unless the household consented (个人信息保护法 Art 25): ${distinct[0] ?? ''}`,
          distinct.join('\n'),
        );
    },
  );
}

/** A masked name with exactly one hidden character, and its registered name: a search target. */
interface Target {
  readonly row: NamedRow;
  readonly registered: string;
}

async function searchTargets(context: CheckContext): Promise<Target[]> {
  const targets: Target[] = [];
  for (const row of await boardRows(context)) {
    if (targets.length >= 5) break;
    const shown = codePoints(row.name);
    if (!row.nameMasked || shown.filter((ch) => ch === maskCharacter).length !== 1) continue;
    const registered = await registeredName(context, row);
    if (registered !== undefined && codePoints(registered).length === shown.length) targets.push({ row, registered });
  }
  return targets;
}

async function publicSearch(context: CheckContext, q: string): Promise<{ ids: string[]; rows: NamedRow[] }> {
  const path = pathFor(leaderboard, { villageId: context.village, period: 'all', limit: '200', q });
  const response = await context.send({ method: 'GET', path });
  const rows = response.status === 200 ? namedRows(response.json) : [];
  return { ids: rows.map((row) => row.householdId), rows };
}

function searchCheck(): Check {
  return routeCheck(
    'privacy',
    leaderboard,
    "a public search by a masked name's hidden character does not find the household (no re-identification)",
    async (context) => {
      if (!canReadRegisteredNames(context)) throw new SkipCheck('no staff token to learn a registered name to guess with (findHouseholds)');
      const targets = await searchTargets(context);
      if (targets.length === 0) throw new SkipCheck('the public board shows no masked name with one hidden character');
      const findings: string[] = [];
      for (const { row, registered } of targets) {
        const right = await publicSearch(context, registered);
        const wrong = await publicSearch(context, row.name.replace(maskCharacter, wrongGuess));
        if (right.ids.includes(row.householdId) && !wrong.ids.includes(row.householdId))
          findings.push(`${rowLabel(row)}: the right guess finds it, a wrong one does not`);
        // Every hit must be explained by what the public sees: the shown name or the household number.
        const unexplained = right.rows.filter((hit) => !hit.name.includes(registered) && !(hit.householdNumber ?? '').includes(registered));
        if (unexplained.length > 0)
          findings.push(`a search by ${maskName(registered)}'s registered name found ${unexplained.map(rowLabel).join(', ')}`);
      }
      if (findings.length > 0)
        throw new CheckFailure(
          'a public search must match only what the public sees (docs/api.md, Privacy: a right guess of a hidden character answers like a wrong one)',
          findings.join('\n'),
        );
    },
  );
}

function blackListCheck(): Check {
  const name = 'never names a household on the black list (every row of list=black masked)';
  return routeCheck('privacy', leaderboard, name, async (context) => {
    const response = await context.send({
      method: 'GET',
      path: pathFor(leaderboard, { villageId: context.village, list: 'black', period: 'all', limit: '50' }),
    });
    if (response.status !== 200) throw new SkipCheck(`${response.summary}: no black list to look at`);
    const rows = namedRows(response.json);
    if (rows.length === 0) throw new SkipCheck('the black list is empty or switched off');
    const named = rows.filter((row) => !row.nameMasked || !row.name.includes(maskCharacter));
    if (named.length > 0)
      throw new CheckFailure(
        'the black list never names anyone, whatever they consented to (docs/api.md, Privacy)',
        named.slice(0, 5).map(rowLabel).join('\n'),
      );
  });
}

/** A made-up mobile, valid in shape, put in every field of a bad request: the refusal must not quote it. */
const sentMobile = testApplicant.mobile;

function echoCheck(route: RouteSpec): Check {
  return routeCheck('privacy', route, 'does not echo personal data sent in a bad request in its refusal', async (context) => {
    const keys = objectKeys(route.method === 'GET' ? route.query : route.body);
    const values = Object.fromEntries(keys.map((key) => [key, sentMobile]));
    let response: KitResponse;
    if (route.method === 'GET') {
      response = await context.send({ method: 'GET', path: await samplePath(context, route, values) });
    } else {
      if (accepts(route.body, values)) throw new SkipCheck('the route accepts a mobile number in every field');
      // Made-up ids: even a backend that does not validate finds nothing to change.
      const params = placeholderParams(route);
      if (params === undefined || (context.options.readOnly && !route.path.includes('{')))
        throw new SkipCheck('read-only run: the kit has no made-up resource to send this bad request to');
      response = await context.send({
        method: route.method,
        path: pathFor(route, params),
        body: values,
        headers: idempotencyHeaders(route),
      });
    }
    if (response.status < 400) throw new SkipCheck(`${response.summary}: the backend accepted the values, nothing was refused`);
    if (response.text.includes(sentMobile) || rawPersonalDataIn(response).length > 0)
      throw new CheckFailure(
        'a refusal must not quote the personal data it was sent (docs/api.md, Errors: problems never echo the request)',
        evidence(response),
      );
  });
}

/** Per public read and public write; the name, consent and search checks where rows name households. */
export function privacyChecks(routes: readonly RouteSpec[]): Check[] {
  const publicReads = routes.filter(isPublicRead);
  const naming = publicReads.filter((route) => schemaHasKey(route.response, 'nameMasked'));
  const withLeaderboard = routes.some((route) => route.id === leaderboard.id);
  const echoing = routes.filter(
    (route) =>
      route.access.roles === 'anyone' &&
      route.upload === undefined &&
      objectKeys(route.method === 'GET' ? route.query : route.body).length > 0,
  );
  return [
    ...publicReads.map(noRawNumbersCheck),
    ...naming.map(maskedFlagCheck),
    ...naming.map(consentCheck),
    ...(withLeaderboard ? [searchCheck(), blackListCheck()] : []),
    ...echoing.map(echoCheck),
  ];
}
