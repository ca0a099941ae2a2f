import { z } from "zod";
import { metadataFilter } from "@/lib/api/metadata-filter";
import { listResponse, paginationQuery } from "@/lib/api/pagination";
import { parseBody, parseQuery, queryBoolean, queryList } from "@/lib/api/parse";
import { withIdempotency } from "@/lib/api/with-idempotency";
import { withOrg } from "@/lib/api/with-org";
import { db } from "@/lib/db";
import { createMeter } from "@/lib/meters/create-meter";
import { listMeters, METER_SORTING } from "@/lib/meters/list-meters";
import { createMeterBody } from "@/lib/meters/meter-input";
import { serializeMeter } from "@/lib/meters/serialize-meter";

const listQuery = z.object({
  ...paginationQuery,
  organization_id: queryList.pipe(z.array(z.uuid()).optional()),
  query: z.string().max(256).optional(),
  is_archived: queryBoolean,
  sorting: queryList.pipe(z.array(z.enum(METER_SORTING)).optional()),
});

// GET /v1/meters/ — list meters
export const GET = withOrg(
  async ({ req, organizationId }) => {
    const q = parseQuery(req, listQuery);
    const filters = { organizationIds: q.organization_id, query: q.query, isArchived: q.is_archived, metadata: metadataFilter(req) };
    const { items, total } = await listMeters(db, organizationId, filters, q.sorting ?? ["name"], q);
    return Response.json(listResponse(items.map(serializeMeter), total, q));
  },
  { permission: "read" },
);

// POST /v1/meters/ — create a meter (usage already ingested is counted at once)
export const POST = withOrg(
  withIdempotency(async ({ req, organizationId }) => {
    const body = await parseBody(req, createMeterBody);
    const meter = await createMeter(db, organizationId, body);
    return Response.json(serializeMeter(meter), { status: 201 });
  }),
  { permission: "write" },
);
