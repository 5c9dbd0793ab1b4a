/**
 * One recorded record per staff desk, answered with made-up files attached (./attachments.ts), for the stories of the
 * desks' file lists: the recorder uploads no files, so the recorded records name none. Each list is the record as
 * recorded plus `attachmentIds` (and, on the request, one note carrying a photo); every other record, and a caller
 * the desk refuses, is left to the desk's own handlers (a resolver that answers nothing falls through to the next). Put a desk's before its own: `requestDesk: [...requestDeskFiles(), ...requestDeskHandlers]`.
 *
 * The files follow the purposes' formats (packages/server/src/attachments/purposes.ts): a grid report takes photos
 * only, the other purposes photos and PDFs.
 */
import { http, HttpResponse, type HttpHandler } from 'msw';
import gridFixture from '../fixtures/grid-desk-list.json';
import mediationFixture from '../fixtures/mediation-desk-list.json';
import pointsFixture from '../fixtures/points-desk-list.json';
import requestFixture from '../fixtures/request-desk-list.json';
import { attachmentHandlers, onePagePdf, scenePng, type FileTrouble, type StoryFile } from './attachments.js';
import { localeOf, tokenOf } from './handlers.js';

type Json = Record<string, unknown>;
type Step = Json & { readonly code?: string; readonly step?: string; readonly by?: unknown };

const village = requestFixture.village;
const grey = [150, 150, 140] as const;
const water = [70, 120, 200] as const;
const photo = (id: string, purpose: string, lane: typeof grey | typeof water): StoryFile => ({
  id,
  villageId: village,
  purpose,
  mediaType: 'image/png',
  bytes: scenePng(lane),
});
const pdf = (id: string, purpose: string, line: string): StoryFile => ({
  id,
  villageId: village,
  purpose,
  mediaType: 'application/pdf',
  bytes: onePagePdf(line),
});

/** The 代办/点单 request the stories open (closed: every step done), its 埋单 step's photo and PDF, a note's photo. */
export const requestWithFiles = requestFixture.picked.closed;
export const requestFiles = {
  stepPhoto: photo('att-rq-story-0001', 'service-request', water),
  stepPdf: pdf('att-rq-story-0002', 'service-request', 'Made-up story file: acceptance sheet'),
  notePhoto: photo('att-rq-story-0003', 'service-request', grey),
};

export function requestDeskFiles(trouble: FileTrouble = {}): HttpHandler[] {
  const recorded = requestFixture.cadre as unknown as Record<string, Json & { readonly steps: readonly Step[] }>;
  return [
    http.get(`*/v1/villages/:villageId/requests/${requestWithFiles}`, ({ request }) => {
      const detail = recorded[`${localeOf(request)}|${requestWithFiles}`];
      if (!detail || !tokenOf(request)) return undefined;
      const process = detail.steps.find((step) => step.code === 'process');
      const steps = detail.steps.map((step) =>
        step === process ? { ...step, attachmentIds: [requestFiles.stepPhoto.id, requestFiles.stepPdf.id] } : step,
      );
      // A note of the worker who did the 埋单 step, as written (a note stays in the words it was written in).
      const note = {
        id: 'rn-story-0001',
        on: '2026-11-12',
        by: process?.by,
        text: '回访时拍了水渠疏通后的照片。',
        attachmentIds: [requestFiles.notePhoto.id],
      };
      return HttpResponse.json({ ...detail, steps, notes: [note] });
    }),
    ...attachmentHandlers(Object.values(requestFiles), trouble),
  ];
}

/** The grid report the stories open (being handled): a photo with the report, one with its 协调处置. */
export const gridReportWithFiles = Object.keys(gridFixture.reports['zh-CN']).find(
  (id) => (gridFixture.reports['zh-CN'] as Record<string, Json>)[id]?.state === 'handling',
);
export const gridFiles = {
  reportPhoto: photo('att-gr-story-0001', 'grid-report', grey),
  disposePhoto: photo('att-gr-story-0002', 'grid-report', water),
};

export function gridDeskFiles(): HttpHandler[] {
  const recorded = gridFixture.reports as unknown as Record<'zh-CN' | 'en', Record<string, Json & { readonly history: readonly Step[] }>>;
  return [
    http.get(`*/v1/villages/:villageId/grid-reports/${gridReportWithFiles ?? ''}`, ({ request }) => {
      const report = recorded[localeOf(request)][gridReportWithFiles ?? ''];
      if (!report || !tokenOf(request)) return undefined;
      const history = report.history.map((entry) => {
        if (entry.step === 'report') return { ...entry, attachmentIds: [gridFiles.reportPhoto.id] };
        return entry.step === 'dispose' ? { ...entry, attachmentIds: [gridFiles.disposePhoto.id] } : entry;
      });
      return HttpResponse.json({ ...report, attachmentIds: [gridFiles.reportPhoto.id], history });
    }),
    ...attachmentHandlers(Object.values(gridFiles)),
  ];
}

/** The case the stories open: the one taken over from a grid report, with the application's files and the report's photo. */
export const caseWithFiles = Object.keys(mediationFixture.desks['zh-CN']).find(
  (caseNumber) => (mediationFixture.desks['zh-CN'] as Record<string, Json>)[caseNumber]?.origin,
);
export const mediationFiles = {
  intakePhoto: photo('att-md-story-0001', 'mediation-intake', water),
  intakePdf: pdf('att-md-story-0002', 'mediation-intake', 'Made-up story file: site sketch'),
  originPhoto: photo('att-md-story-0003', 'grid-report', grey),
};

export function mediationDeskFiles(): HttpHandler[] {
  const recorded = mediationFixture.desks as unknown as Record<'zh-CN' | 'en', Record<string, Json & { status: Json; origin: Json }>>;
  return [
    http.get(`*/v1/mediation/cases/${caseWithFiles ?? ''}/desk`, ({ request }) => {
      const desk = recorded[localeOf(request)][caseWithFiles ?? ''];
      if (!desk || !tokenOf(request)) return undefined;
      const intake = [mediationFiles.intakePhoto, mediationFiles.intakePdf].map((one) => ({
        attachmentId: one.id,
        villageId: one.villageId,
      }));
      return HttpResponse.json({
        ...desk,
        status: { ...desk.status, attachments: intake },
        origin: { ...desk.origin, villageId: village, attachmentIds: [mediationFiles.originPhoto.id] },
      });
    }),
    ...attachmentHandlers(Object.values(mediationFiles)),
  ];
}

/** The grid worker's 初审 queue with evidence on its first entry (the one in hand when the desk opens). */
export const pointsFiles = {
  photo: photo('att-pe-story-0001', 'points-evidence', grey),
  pdf: pdf('att-pe-story-0002', 'points-evidence', 'Made-up story file: volunteer sign-in sheet'),
};

export function pointsDeskFiles(): HttpHandler[] {
  const queue = pointsFixture.answers.firstReview as unknown as Json & { readonly items: readonly Json[] };
  return [
    http.get('*/v1/villages/:villageId/points/entries', ({ request }) => {
      if (tokenOf(request) !== 'demo-gridWorker') return undefined;
      const items = queue.items.map((entry, index) =>
        index === 0 ? { ...entry, attachmentIds: [pointsFiles.photo.id, pointsFiles.pdf.id] } : entry,
      );
      return HttpResponse.json({ ...queue, items });
    }),
    ...attachmentHandlers(Object.values(pointsFiles)),
  ];
}
