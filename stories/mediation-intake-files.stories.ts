import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import { expect, waitFor } from 'storybook/test';
import '@shanzhi/components/mediation/define.js';
import { emptyDraft } from '@shanzhi/components/mediation/draft.js';
import { mediationHandlers } from './msw/mediation-handlers.js';

/**
 * `<sz-mediation-intake village="v-qs-01">`: the files of an application, uploaded as soon as they are chosen (purpose
 * `mediation-intake`, docs/attachments.md). Each story picks one made-up photo in its play function; the upload is
 * answered by MSW as the reference server answers it (an attachment without a name; a 415 refusal in its words).
 */
interface Args {
  village: string;
}

const uploadRoute = '*/v1/villages/:villageId/uploads/:purpose';

function uploaded(villageId: string): Response {
  return HttpResponse.json(
    {
      id: 'att-6f1c2a9e-story',
      villageId,
      purpose: 'mediation-intake',
      mediaType: 'image/png',
      size: 68,
      sha256: 'a'.repeat(64),
      public: false,
      createdAt: '2026-11-29T04:00:00.000Z',
    },
    { status: 201 },
  );
}

const uploads: HttpHandler[] = [http.post(uploadRoute, ({ params }) => uploaded(String(params.villageId)))];

/** The upload never finishes: the "uploading" state. */
const pendingUploads: HttpHandler[] = [
  http.post(uploadRoute, async () => {
    await delay('infinite');
    return HttpResponse.json({});
  }),
];

/** The server refuses the file's format (recognized from its bytes), in the caller's language. */
const refusedUploads: HttpHandler[] = [
  http.post(uploadRoute, ({ request }) => {
    const en = (request.headers.get('accept-language') ?? '').startsWith('en');
    return HttpResponse.json(
      {
        type: 'https://shanzhi.example/problems/file-type-not-accepted',
        title: en ? 'File type not accepted' : '不接受这种文件',
        detail: en
          ? '“mediation-intake” accepts JPEG-PNG-WebP-PDF files only; the content was recognized as: heic.'
          : '“mediation-intake”只接受 JPEG-PNG-WebP-PDF 文件；这个文件的内容是：heic。',
        status: 415,
        code: 'file-type-not-accepted',
        requestId: 'story-415',
      },
      { status: 415, headers: { 'content-type': 'application/problem+json' } },
    );
  }),
];

const meta: Meta<Args> = {
  title: 'Widgets/Mediation intake files',
  component: 'sz-mediation-intake',
  tags: ['!autodocs'],
  args: { village: 'v-qs-01' },
  parameters: { msw: { handlers: { mediation: mediationHandlers, uploads } } },
  render: (args, context) => {
    const key = `sz-story-${context.id}`;
    sessionStorage.setItem(key, JSON.stringify(emptyDraft()));
    return html`<sz-mediation-intake draft-key=${key} village=${args.village}></sz-mediation-intake>`;
  },
};
export default meta;
type Story = StoryObj<Args>;

/** Chooses a made-up photo in the file field and waits until the list shows it in `state`. */
async function chooseFile(canvas: HTMLElement, state: 'uploading' | 'done' | 'failed'): Promise<void> {
  const element = canvas.querySelector('sz-mediation-intake');
  await waitFor(() => expect(element?.shadowRoot?.querySelector('#f-attachments')).toBeTruthy(), { timeout: 5000 });
  const input = element?.shadowRoot?.querySelector<HTMLInputElement>('#f-attachments');
  if (!input) throw new Error('no file field');
  const transfer = new DataTransfer();
  transfer.items.add(new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], 'yard.png', { type: 'image/png' }));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await waitFor(() => expect(element?.shadowRoot?.querySelector(`[data-upload="${state}"]`)).toBeTruthy(), {
    // A failure of the way comes after the client's own two retries.
    timeout: 10_000,
  });
}

/** Uploaded to the village's mediation committee: the application will name it by id, never by its name. */
export const Uploaded: Story = { play: ({ canvasElement }) => chooseFile(canvasElement, 'done') };

export const Uploading: Story = {
  parameters: { msw: { handlers: { uploads: pendingUploads } } },
  play: ({ canvasElement }) => chooseFile(canvasElement, 'uploading'),
};

/** Refused by the server: its reason and the request id; the same bytes would be refused again, so only removal. */
export const Refused: Story = {
  parameters: { msw: { handlers: { uploads: refusedUploads } } },
  play: ({ canvasElement }) => chooseFile(canvasElement, 'failed'),
};

/** The network failed on the way: the kit's words and a retry, which sends the same Idempotency-Key. */
export const NetworkFailure: Story = {
  parameters: { msw: { handlers: { uploads: [http.post(uploadRoute, () => HttpResponse.error())] } } },
  play: ({ canvasElement }) => chooseFile(canvasElement, 'failed'),
};

/** Without `village` nothing is uploaded: the file stays on the device, as before uploads. */
export const OnTheDevice: Story = {
  args: { village: '' },
  play: async ({ canvasElement }) => {
    const element = canvasElement.querySelector('sz-mediation-intake');
    await waitFor(() => expect(element?.shadowRoot?.querySelector('#f-attachments-where')).toBeTruthy(), { timeout: 5000 });
  },
};

export const English: Story = { globals: { locale: 'en' }, play: ({ canvasElement }) => chooseFile(canvasElement, 'done') };
export const RefusedEnglish: Story = {
  globals: { locale: 'en' },
  parameters: { msw: { handlers: { uploads: refusedUploads } } },
  play: ({ canvasElement }) => chooseFile(canvasElement, 'failed'),
};
export const ElderMode: Story = { globals: { elder: 'on' }, play: ({ canvasElement }) => chooseFile(canvasElement, 'done') };
