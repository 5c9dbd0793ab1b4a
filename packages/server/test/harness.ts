// The reusable harness lives in src/testing/ (exported as `@shanzhi/server/testing`); the server's own tests keep importing it from here.
export {
  demoNow,
  demoToday,
  startServerInTest,
  startTestServer,
  testCallTimeoutMs,
  testConnections,
  type TestServer,
} from '../src/testing/harness.js';
