import guides from './demo-guides.json' with { type: 'json' };
import type { ServiceGuide } from './guide.js';

/*
 * Demonstration guides with every field filled, for the demo portal, tests and the server seed. Content, not
 * code: the guides are the data file beside this one (the rules' tests check each against the guide schema).
 * Statutes are cited as enacted; amounts, phone numbers and web addresses are placeholders
 * (services.example.org is reserved for examples) that a county replaces with its own.
 */

/** The demo catalogue, in the order a portal lists it. */
// A JSON import widens the literal codes to strings; the schema tests hold the file to `ServiceGuide`.
export const demoGuides = guides as readonly ServiceGuide[];

/** The five demo guides by name, in the catalogue's order: 城乡居民基本养老保险参保登记, 残疾人两项补贴, 宅基地和建房, 临时救助, 生育登记. */
export const [residentPensionEnrolment, disabilityAllowances, homesteadBuilding, temporaryRelief, birthRegistration] = demoGuides as [
  ServiceGuide,
  ServiceGuide,
  ServiceGuide,
  ServiceGuide,
  ServiceGuide,
];
