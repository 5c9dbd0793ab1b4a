import { read, routeRefs } from '../../contract/route-ref.js';
import type * as powers from '../../contract/routes/powers.js';

// The 小微权力清单 read the disclosure board makes (see contract/routes/powers.ts); checked against the full route by
// the compiler. Only what a widget calls: getVillagePower and setVillagePower are in the full SDK (`@shanzhi/sdk`).
const refs = routeRefs<Pick<typeof powers, 'listVillagePowers'>>({
  listVillagePowers: read('/v1/villages/{villageId}/powers'),
});
export const { listVillagePowers } = refs;
