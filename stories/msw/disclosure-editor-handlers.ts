/**
 * `<sz-disclosure-editor>`'s API for the stories: MSW serves what `packages/components/scripts/fixtures/disclosure-editor.ts`
 * recorded from the real reference server (`npm run fixtures:stories -- disclosure-editor`); nothing here invents data.
 * A save answers with the recorded draft (the stories show the form, not a real write). Pass them to a story as
 * `parameters: { msw: { handlers: { disclosureEditor: disclosureEditorHandlers } } }`.
 */
import { delay, http, HttpResponse, type HttpHandler, type JsonBodyType } from 'msw';
import listFixture from '../fixtures/disclosure-editor-list.json';
import { localeOf, problem } from './handlers.js';

interface Recorded {
  readonly compliance: JsonBodyType;
  readonly published: JsonBodyType;
  readonly drafts: { readonly items: readonly { readonly id: string; readonly findings: number }[] };
  readonly draftDetails: Record<string, JsonBodyType>;
  readonly item: JsonBodyType;
}

const answers = listFixture.answers as unknown as Record<'zh-CN' | 'en', Recorded>;
const answersFor = (request: Request): Recorded => answers[localeOf(request)];

/** The village the recorded stories show. */
export const disclosureEditorVillage = listFixture.village;

/** The first screen's read (the Art 30 report): what the error and offline variants break. */
const compliance = '*/v1/villages/:villageId/disclosures/compliance';

export const disclosureEditorHandlers: HttpHandler[] = [
  http.get(compliance, ({ request }) => HttpResponse.json(answersFor(request).compliance)),
  http.get('*/v1/villages/:villageId/disclosures', ({ request }) => HttpResponse.json(answersFor(request).published)),
  http.get('*/v1/villages/:villageId/disclosures/:disclosureId', ({ request }) => HttpResponse.json(answersFor(request).item)),
  http.get('*/v1/villages/:villageId/disclosure-drafts', ({ request }) => HttpResponse.json(answersFor(request).drafts)),
  http.get('*/v1/villages/:villageId/disclosure-drafts/:draftId', ({ request, params }) => {
    const found = answersFor(request).draftDetails[String(params.draftId)];
    return found === undefined ? problem(request, 'not-found') : HttpResponse.json(found);
  }),
  http.put('*/v1/villages/:villageId/disclosure-drafts/:draftId', ({ request, params }) => {
    const found = answersFor(request).draftDetails[String(params.draftId)];
    return found === undefined ? problem(request, 'not-found') : HttpResponse.json(found);
  }),
];

/** A recorded draft the rules found nothing in, and one with a finding (its publication day lies in the past). */
const recordedDrafts = answers['zh-CN'].drafts.items;
export const publishableDraftId = recordedDrafts.find((one) => one.findings === 0)?.id ?? '';
export const draftWithFindingId = recordedDrafts.find((one) => one.findings > 0)?.id ?? '';

/** Never answers: the loading skeleton stays on screen. */
export const pendingDisclosureEditor: HttpHandler[] = [
  http.get(compliance, async () => {
    await delay('infinite');
    return HttpResponse.error();
  }),
  ...disclosureEditorHandlers,
];

/** The server's recorded 500 `internal` problem, with the request id the SDK sent: the error state with retry. */
export const failingDisclosureEditor: HttpHandler[] = [
  http.get(compliance, ({ request }) => problem(request, 'internal')),
  ...disclosureEditorHandlers,
];

/** No network at all: the fetch rejects, as it does with the cable pulled. */
export const offlineDisclosureEditor: HttpHandler[] = [http.get(compliance, () => HttpResponse.error()), ...disclosureEditorHandlers];
