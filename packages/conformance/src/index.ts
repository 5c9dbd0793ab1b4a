/**
 * `@shanzhi/conformance`: the shanzhi contract's behaviour, checked against any backend. The CLI
 * (`npx @shanzhi/conformance --base-url …`) runs it from a terminal or CI; `runConformance` runs it from code.
 */
export { runConformance, testRecordMarker } from './runner.js';
export { suites, CheckFailure, SkipCheck } from './types.js';
export type {
  Check,
  CheckContext,
  CheckResult,
  ConformanceOptions,
  ConformanceReport,
  KitRequest,
  KitResponse,
  Outcome,
  Suite,
} from './types.js';
export { DiscoveryFailure } from './samples.js';
export { toJUnitXml } from './report/junit.js';
export { toMarkdown } from './report/markdown.js';
