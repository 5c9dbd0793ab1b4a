import { change, create, read, routeRefs } from '../../contract/route-ref.js';
import type { RoutesOf } from '../../contract/route.js';
import type * as grid from '../../contract/routes/grid.js';

// The grid desk (<sz-grid-desk>): grids, reports and their steps, 摸排 rounds and visits, and the public counts. Each
// field is checked against the full route by the compiler.
const gridRefs = routeRefs<RoutesOf<typeof grid>>({
  listGrids: read('/v1/villages/{villageId}/grids'),
  getGrid: read('/v1/villages/{villageId}/grids/{gridId}'),
  getGridSettings: read('/v1/villages/{villageId}/grid/settings'),
  setGridSettings: change('/v1/villages/{villageId}/grid/settings'),
  listGridReports: read('/v1/villages/{villageId}/grid-reports', { paged: true }),
  getGridReport: read('/v1/villages/{villageId}/grid-reports/{reportId}'),
  fileGridReport: create('/v1/villages/{villageId}/grid-reports'),
  assessGridReport: change('/v1/villages/{villageId}/grid-reports/{reportId}/assessment'),
  assignGridReport: change('/v1/villages/{villageId}/grid-reports/{reportId}/assignment'),
  recordGridDisposal: change('/v1/villages/{villageId}/grid-reports/{reportId}/disposals'),
  closeGridReport: change('/v1/villages/{villageId}/grid-reports/{reportId}/closure'),
  listGridRounds: read('/v1/villages/{villageId}/grid-rounds', { paged: true }),
  openGridRound: create('/v1/villages/{villageId}/grid-rounds'),
  getGridRound: read('/v1/villages/{villageId}/grid-rounds/{roundId}'),
  recordGridVisit: change('/v1/villages/{villageId}/grid-rounds/{roundId}/visits'),
  getGridReportCounts: read('/v1/villages/{villageId}/grid-report-counts'),
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
