// Where integration tests find their database and app server. A real PostgreSQL, never a mock.
export const TEST_DATABASE_URL =
  process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/benefactor_test";
export const TEST_AUTH_SECRET = "benefactor-test-secret-not-for-production-use";
