// Moved to src/testing so that other packages' tests reach it through `@shanzhi/server/testing`; kept for the server's tests.
export * from '../src/testing/postgres-cluster.js';
