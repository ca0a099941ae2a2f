import { parseBody, parseId } from "@/lib/api/parse";
import { withOrg } from "@/lib/api/with-org";
import { db } from "@/lib/db";
import { getMeterOrThrow } from "@/lib/meters/get-meter-or-throw";
import { updateMeterBody } from "@/lib/meters/meter-input";
import { serializeMeter } from "@/lib/meters/serialize-meter";
import { updateMeter } from "@/lib/meters/update-meter";

type Params = { id: string };

// GET /v1/meters/{id} — get a meter
export const GET = withOrg<Params>(
  async ({ params, organizationId }) => {
    const meter = await getMeterOrThrow(db, organizationId, parseId(params.id, "Meter"));
    return Response.json(serializeMeter(meter));
  },
  { permission: "read" },
);

// PATCH /v1/meters/{id} — update a meter (a new filter or aggregation recounts its usage from history)
export const PATCH = withOrg<Params>(
  async ({ req, params, organizationId }) => {
    const id = parseId(params.id, "Meter");
    const body = await parseBody(req, updateMeterBody);
    const meter = await updateMeter(db, organizationId, id, body);
    return Response.json(serializeMeter(meter));
  },
  { permission: "write" },
);
