/**
 * The three mock APIs behind every data widget's shared states, for the GET `route` a widget loads first: it never
 * answers (loading), it answers the server's recorded 500 `internal` problem with the SDK's request id (error with
 * retry), or the network is gone (offline). A widget's handlers module exports them under its own names.
 */
import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import { problem } from './handlers.js';

export interface StateHandlers {
  readonly pending: HttpHandler[];
  readonly failing: HttpHandler[];
  readonly offline: HttpHandler[];
}

export function stateHandlers(route: string): StateHandlers {
  return {
    pending: [
      http.get(route, async () => {
        await delay('infinite');
        return HttpResponse.error();
      }),
    ],
    failing: [http.get(route, ({ request }) => problem(request, 'internal'))],
    offline: [http.get(route, () => HttpResponse.error())],
  };
}
