import { TEST_DATABASE_URL } from "./test-env";

// Runs in every integration worker before test files import lib/db.
process.env.DATABASE_URL = TEST_DATABASE_URL;
