import { expect, userEvent, waitFor } from 'storybook/test';

// What the desks' file-list stories do in their play functions, as a staff member would: 查看 a photo (its larger view,
// then 关闭), 打开 a PDF (its save link). A file is named by its place among all the files the widget shows, in page
// order (a desk may show several lists: a step's, a note's, a report's).

/** Bytes answered with the server's 500 come after the client's own two retries: more than the usual 5 s. */
const timeout = 15_000;

/** Waits until `pick` finds something in the widget's file at `index` (0-based, page order), and returns it. */
async function inFile(
  canvas: HTMLElement,
  tag: string,
  index: number,
  pick: (row: HTMLElement) => HTMLElement | null,
): Promise<HTMLElement> {
  let found: HTMLElement | null = null;
  await waitFor(
    () => {
      const row = canvas.querySelector(tag)?.shadowRoot?.querySelectorAll<HTMLElement>('[part~="attachment-file"]')[index];
      found = row ? pick(row) : null;
      return expect(found).toBeTruthy();
    },
    { timeout },
  );
  return found as unknown as HTMLElement;
}

/** Waits until the file at `index` holds `selector`, and returns it. */
export function fileShows(canvas: HTMLElement, tag: string, index: number, selector: string): Promise<HTMLElement> {
  return inFile(canvas, tag, index, (row) => row.querySelector<HTMLElement>(selector));
}

/** Waits until the file at `index` is in `state` (its `data-state`: reading, ready, open, gone, failed …). */
export function fileIn(canvas: HTMLElement, tag: string, index: number, state: string): Promise<HTMLElement> {
  return inFile(canvas, tag, index, (row) => (row.dataset.state === state ? row : null));
}

/** Presses 查看 / 打开 on the file at `index` once its description is read. */
export async function pressOpen(canvas: HTMLElement, tag: string, index: number): Promise<void> {
  await userEvent.click(await fileShows(canvas, tag, index, '[part~="attachment-open"]'));
}

/** 查看 on a photo: its larger view opens in the modal dialog; 关闭 closes it, leaving the thumbnail in the list. */
export async function viewPhoto(canvas: HTMLElement, tag: string, index: number): Promise<void> {
  await pressOpen(canvas, tag, index);
  let close: HTMLElement | null | undefined;
  await waitFor(
    () => {
      close = canvas
        .querySelector(tag)
        ?.shadowRoot?.querySelector<HTMLElement>('[part~="attachment-dialog"][open] [part~="attachment-close"]');
      return expect(close).toBeTruthy();
    },
    { timeout },
  );
  if (close) await userEvent.click(close);
  await fileShows(canvas, tag, index, '[part~="attachment-thumb"]');
}

/** 打开 on a PDF: its bytes become a link that saves it. */
export async function openPdf(canvas: HTMLElement, tag: string, index: number): Promise<void> {
  await pressOpen(canvas, tag, index);
  await fileShows(canvas, tag, index, '[part~="attachment-save"]');
}
