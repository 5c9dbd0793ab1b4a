/** `embedded` (default) in a portal page, `kiosk` for the village station's touch screen (large targets, no hover). */
export const catalogueDisplays = ['embedded', 'kiosk'] as const;
export type CatalogueDisplay = (typeof catalogueDisplays)[number];

/** Services per request while the whole catalogue is read once (the route's maximum). */
export const cataloguePageSize = 200;
/** Safety stop: a county catalogue of more pages than this is cut (and the cut is visible as the total). */
export const maxCataloguePages = 50;
/** Results rendered at once; more come with "show more". */
export const resultsShown = 30;
/** sessionStorage key prefix of eligibility answers: they stay on the device for this tab session only. */
export const answersStorageKey = 'sz-eligibility:';
/** Hash parameter of the opened service when the host opts in to deep links (`deep-link`). */
export const deepLinkParam = 'sz-service';
