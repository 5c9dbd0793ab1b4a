import { uploadAttachment, type AttachmentPurpose, type Client } from '@shanzhi/sdk';
import { annotatedPng } from './attachment-samples.js';

/** Uploads a small PNG as `client` for `purpose` in the village and answers its id: evidence a form may then name. */
export async function uploadSample(client: Client, villageId: string, purpose: AttachmentPurpose): Promise<string> {
  const { data } = await client.request(uploadAttachment, {
    params: { villageId, purpose },
    body: new Blob([annotatedPng()], { type: 'image/png' }),
  });
  return data.id;
}
