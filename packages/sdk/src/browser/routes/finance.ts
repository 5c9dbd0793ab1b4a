import { change, create, read, replace, routeRefs } from '../../contract/route-ref.js';
import type { RoutesOf } from '../../contract/route.js';
import type * as finance from '../../contract/routes/finance.js';

// The media types of an import, as plain strings (no schema): the browser client sends the file's bytes in one of them.
const importTypes = ['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'application/octet-stream'] as const;

const refs = routeRefs<RoutesOf<typeof finance>>({
  importFinanceStatement: create('/v1/villages/{villageId}/finance/statements/{month}/file', { upload: { mediaTypes: importTypes } }),
  listFinanceStatements: read('/v1/villages/{villageId}/finance/statements'),
  getFinanceStatement: read('/v1/villages/{villageId}/finance/statements/{month}'),
  submitFinanceStatement: change('/v1/villages/{villageId}/finance/statements/{month}/submission'),
  signOffFinanceStatement: change('/v1/villages/{villageId}/finance/statements/{month}/sign-off'),
  answerFinanceObjection: change('/v1/villages/{villageId}/finance/statements/{month}/answer'),
  publishFinanceStatement: change('/v1/villages/{villageId}/finance/statements/{month}/publication'),
  listMandateAlarms: read('/v1/villages/{villageId}/finance/alarms'),
  setFinanceSettings: replace('/v1/villages/{villageId}/finance/settings'),
});
export const {
  importFinanceStatement,
  listFinanceStatements,
  getFinanceStatement,
  submitFinanceStatement,
  signOffFinanceStatement,
  answerFinanceObjection,
  publishFinanceStatement,
  listMandateAlarms,
  setFinanceSettings,
} = refs;
