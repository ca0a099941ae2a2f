// The floor for bench/license-validate.mjs: a bare node:http + pg server doing what the app's
// public validate does in the database — the same indexed lookup (key + customer + activation)
// and the same conditional counter UPDATE … RETURNING — with no framework, ORM, validation or
// rate limiting. Same pool size as the app (10). Listens on BASELINE_PORT.
import http from "node:http";
import pg from "pg";

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DATABASE_POOL_MAX ?? 10) });

// The app's statement (lib/license-keys/validate-license-key.ts): the lookup and the conditional
// counter UPDATE in one round trip.
const VALIDATE = `
  WITH k AS (
    SELECT lk.id, lk.organization_id, lk.customer_id, lk.benefit_id, lk.key, lk.display_key, lk.status::text AS status,
           lk.usage, lk.limit_usage, lk.limit_activations, lk.validations, lk.last_validated_at, lk.expires_at,
           lk.created_at, lk.modified_at, c.id AS c_id, c.name AS c_name, c.email AS c_email, c.created_at AS c_created_at,
           a.id AS a_id, a.label AS a_label, a.meta AS a_meta, a.conditions AS a_conditions
      FROM license_keys lk
      JOIN customers c ON c.id = lk.customer_id
      LEFT JOIN license_key_activations a ON a.id = $3::uuid AND a.license_key_id = lk.id
     WHERE lk.organization_id = $1::uuid AND lk.key = $2),
  u AS (
    UPDATE license_keys t
       SET usage = t.usage + $4::int, validations = t.validations + 1, last_validated_at = now(), modified_at = now()
      FROM k
     WHERE t.id = k.id AND t.status = 'granted' AND (t.expires_at IS NULL OR t.expires_at > now())
       AND ($4::int = 0 OR t.usage::bigint + $4::int <= coalesce(t.limit_usage, 2147483647))
       AND ($3::uuid IS NULL OR (k.a_id IS NOT NULL AND k.a_conditions = $5::jsonb))
    RETURNING t.usage AS u_usage, t.validations AS u_validations, t.last_validated_at AS u_last_validated_at)
  SELECT * FROM k LEFT JOIN u ON true`;

function send(res, status, body) {
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text) });
  res.end(text);
}

http
  .createServer(async (req, res) => {
    try {
      let raw = "";
      for await (const chunk of req) raw += chunk;
      const { key, organization_id, activation_id = null, increment_usage = 0, conditions = {} } = JSON.parse(raw);
      const { rows: [k] } = await pool.query(VALIDATE, [organization_id, key, activation_id, increment_usage, JSON.stringify(conditions)]);
      if (!k || k.u_validations === null) return send(res, 404, { error: "ResourceNotFound", detail: "License key not found", code: "not_found" });
      const { c_email: _email, a_conditions: _conditions, ...visible } = k;
      send(res, 200, { ...visible, activation: k.a_id ? { id: k.a_id, label: k.a_label, meta: k.a_meta } : null, valid: true });
    } catch (err) {
      send(res, 500, { error: "InternalServerError", detail: String(err) });
    }
  })
  .listen(Number(process.env.BASELINE_PORT), "127.0.0.1", () => console.log("ready"));
