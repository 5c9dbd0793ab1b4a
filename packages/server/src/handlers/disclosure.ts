import type { Handlers } from '../api/register.js';
import { HttpProblem } from '../http/problem.js';

// Being implemented: placeholder so the app compiles while the disclosure handlers are written.
const pending = () => Promise.reject(HttpProblem.of('internal'));

export const disclosureHandlers: Pick<Handlers, 'listDisclosures' | 'getDisclosureCompliance' | 'getDisclosure' | 'publishDisclosure' | 'askAboutDisclosure'> = {
  listDisclosures: pending,
  getDisclosureCompliance: pending,
  getDisclosure: pending,
  publishDisclosure: pending,
  askAboutDisclosure: pending,
};
