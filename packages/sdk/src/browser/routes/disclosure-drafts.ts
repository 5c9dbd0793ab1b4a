import { routeRefs } from '../../contract/route-ref.js';
import type { RoutesOf } from '../../contract/route.js';
import type * as drafts from '../../contract/routes/disclosure-drafts.js';

// Disclosure drafts (the editor's working copies): see contract/routes/disclosure-drafts.ts.
const refs = routeRefs<RoutesOf<typeof drafts>>({
  listDisclosureDrafts: ['GET', '/v1/villages/{villageId}/disclosure-drafts', 'none'],
  getDisclosureDraft: ['GET', '/v1/villages/{villageId}/disclosure-drafts/{draftId}', 'none'],
  createDisclosureDraft: ['POST', '/v1/villages/{villageId}/disclosure-drafts', 'required'],
  updateDisclosureDraft: ['PUT', '/v1/villages/{villageId}/disclosure-drafts/{draftId}', 'optional'],
  discardDisclosureDraft: ['POST', '/v1/villages/{villageId}/disclosure-drafts/{draftId}/discard', 'optional'],
  publishDisclosureDraft: ['POST', '/v1/villages/{villageId}/disclosure-drafts/{draftId}/publish', 'optional'],
});
export const {
  listDisclosureDrafts,
  getDisclosureDraft,
  createDisclosureDraft,
  updateDisclosureDraft,
  discardDisclosureDraft,
  publishDisclosureDraft,
} = refs;
