import { routeRefs } from '../../contract/route-ref.js';
import type { RoutesOf } from '../../contract/route.js';
import type * as grid from '../../contract/routes/grid.js';

// The grid desk (<sz-grid-desk>): grids, reports and their steps, 摸排 rounds and visits, and the public counts. Each
// field is checked against the full route by the compiler.
const gridRefs = routeRefs<RoutesOf<typeof grid>>({
  listGrids: ['GET', '/v1/villages/{villageId}/grids', 'none'],
  getGrid: ['GET', '/v1/villages/{villageId}/grids/{gridId}', 'none'],
  getGridSettings: ['GET', '/v1/villages/{villageId}/grid/settings', 'none'],
  setGridSettings: ['POST', '/v1/villages/{villageId}/grid/settings', 'optional'],
  listGridReports: ['GET', '/v1/villages/{villageId}/grid-reports', 'none', { paged: true }],
  getGridReport: ['GET', '/v1/villages/{villageId}/grid-reports/{reportId}', 'none'],
  fileGridReport: ['POST', '/v1/villages/{villageId}/grid-reports', 'required'],
  assessGridReport: ['POST', '/v1/villages/{villageId}/grid-reports/{reportId}/assessment', 'optional'],
  assignGridReport: ['POST', '/v1/villages/{villageId}/grid-reports/{reportId}/assignment', 'optional'],
  recordGridDisposal: ['POST', '/v1/villages/{villageId}/grid-reports/{reportId}/disposals', 'optional'],
  closeGridReport: ['POST', '/v1/villages/{villageId}/grid-reports/{reportId}/closure', 'optional'],
  listGridRounds: ['GET', '/v1/villages/{villageId}/grid-rounds', 'none', { paged: true }],
  openGridRound: ['POST', '/v1/villages/{villageId}/grid-rounds', 'required'],
  getGridRound: ['GET', '/v1/villages/{villageId}/grid-rounds/{roundId}', 'none'],
  recordGridVisit: ['POST', '/v1/villages/{villageId}/grid-rounds/{roundId}/visits', 'optional'],
  getGridReportCounts: ['GET', '/v1/villages/{villageId}/grid-report-counts', 'none'],
});
export const {
  listGrids,
  getGrid,
  getGridSettings,
  setGridSettings,
  listGridReports,
  getGridReport,
  fileGridReport,
  assessGridReport,
  assignGridReport,
  recordGridDisposal,
  closeGridReport,
  listGridRounds,
  openGridRound,
  getGridRound,
  recordGridVisit,
  getGridReportCounts,
} = gridRefs;
