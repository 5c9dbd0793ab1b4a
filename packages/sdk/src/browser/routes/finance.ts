import { routeRefs } from '../../contract/route-ref.js';
import type { RoutesOf } from '../../contract/route.js';
import type * as finance from '../../contract/routes/finance.js';

// The media types of an import, as plain strings (no schema): the browser client sends the file's bytes in one of them.
const importTypes = ['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'application/octet-stream'] as const;

const refs = routeRefs<RoutesOf<typeof finance>>({
  importFinanceStatement: [
    'POST',
    '/v1/villages/{villageId}/finance/statements/{month}/file',
    'required',
    { upload: { mediaTypes: importTypes } },
  ],
  listFinanceStatements: ['GET', '/v1/villages/{villageId}/finance/statements', 'none'],
  getFinanceStatement: ['GET', '/v1/villages/{villageId}/finance/statements/{month}', 'none'],
  submitFinanceStatement: ['POST', '/v1/villages/{villageId}/finance/statements/{month}/submission', 'optional'],
  signOffFinanceStatement: ['POST', '/v1/villages/{villageId}/finance/statements/{month}/sign-off', 'optional'],
  answerFinanceObjection: ['POST', '/v1/villages/{villageId}/finance/statements/{month}/answer', 'optional'],
  publishFinanceStatement: ['POST', '/v1/villages/{villageId}/finance/statements/{month}/publication', 'optional'],
  listMandateAlarms: ['GET', '/v1/villages/{villageId}/finance/alarms', 'none'],
  setFinanceSettings: ['PUT', '/v1/villages/{villageId}/finance/settings', 'optional'],
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
