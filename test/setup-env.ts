import { TEST_AUTH_SECRET, TEST_DATABASE_URL } from "./test-env";

// Runs in every integration worker before test files import lib/db.
process.env.DATABASE_URL = TEST_DATABASE_URL;
// The app server under test uses this secret; code run in the worker that reads what the server
// wrote with a key derived from it (webhook endpoint secrets) must use the same one.
process.env.AUTH_SECRET = TEST_AUTH_SECRET;
