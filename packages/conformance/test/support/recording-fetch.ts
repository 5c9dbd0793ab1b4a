/** One request the kit sent, and the status it got. */
export interface SentRequest {
  readonly method: string;
  readonly url: string;
  /** The body when it was text (the kit's JSON bodies, its test uploads). */
  readonly body?: string;
  readonly status: number;
}

/** A `fetch` for `ConformanceOptions.fetch` that records every request (not the process's global fetch: test files share processes). */
export function recordingFetch(): { fetch: typeof fetch; sent: SentRequest[] } {
  const sent: SentRequest[] = [];
  const recording: typeof fetch = async (input, init) => {
    const response = await fetch(input, init);
    const method = (init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase();
    const url = input instanceof Request ? input.url : String(input);
    sent.push({ method, url, status: response.status, ...(typeof init?.body === 'string' ? { body: init.body } : {}) });
    return response;
  };
  return { fetch: recording, sent };
}
