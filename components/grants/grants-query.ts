// Shared by the server pages (first render) and the client panel (polling): keep them in step.

/** Whose grants a panel shows: one customer's or one benefit's (GET /v1/benefit-grants/ filters). */
export type GrantsQuery = { customer_id: string } | { benefit_id: string };

// A panel lists at most this many grants, newest first (GET /v1/benefit-grants/ allows 100 a page).
export const GRANTS_LIMIT = 100;
