import { create, read, routeRefs } from '../../contract/route-ref.js';
import type { RoutesOf } from '../../contract/route.js';
import type * as attachments from '../../contract/routes/attachments.js';

// The media types are repeated as plain strings (no schema): the browser client sends an upload's bytes in one of them.
const uploadTypes = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'] as const;

const refs = routeRefs<RoutesOf<typeof attachments>>({
  uploadAttachment: create('/v1/villages/{villageId}/uploads/{purpose}', {
    upload: { mediaTypes: [...uploadTypes, 'application/octet-stream'] },
  }),
  getAttachment: read('/v1/villages/{villageId}/attachments/{attachmentId}'),
  getAttachmentContent: read('/v1/villages/{villageId}/attachments/{attachmentId}/content', { download: { mediaTypes: uploadTypes } }),
});
export const { uploadAttachment, getAttachment, getAttachmentContent } = refs;
