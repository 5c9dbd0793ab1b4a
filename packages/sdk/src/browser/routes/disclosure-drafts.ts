import { change, create, read, replace, routeRefs } from '../../contract/route-ref.js';
import type { RoutesOf } from '../../contract/route.js';
import type * as drafts from '../../contract/routes/disclosure-drafts.js';

// Disclosure drafts (the editor's working copies): see contract/routes/disclosure-drafts.ts.
const refs = routeRefs<RoutesOf<typeof drafts>>({
  listDisclosureDrafts: read('/v1/villages/{villageId}/disclosure-drafts'),
  getDisclosureDraft: read('/v1/villages/{villageId}/disclosure-drafts/{draftId}'),
  createDisclosureDraft: create('/v1/villages/{villageId}/disclosure-drafts'),
  updateDisclosureDraft: replace('/v1/villages/{villageId}/disclosure-drafts/{draftId}'),
  discardDisclosureDraft: change('/v1/villages/{villageId}/disclosure-drafts/{draftId}/discard'),
  publishDisclosureDraft: change('/v1/villages/{villageId}/disclosure-drafts/{draftId}/publish'),
});
export const {
  listDisclosureDrafts,
  getDisclosureDraft,
  createDisclosureDraft,
  updateDisclosureDraft,
  discardDisclosureDraft,
  publishDisclosureDraft,
} = refs;
