import { describe, expect, it } from "vitest";
import { apiError } from "./files-api";

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

describe("apiError", () => {
  it("keeps the server's words and maps each field issue to its dotted path", async () => {
    const err = await apiError(
      json(422, {
        error: "RequestValidationError",
        detail: [{ loc: ["body", "checksum_sha256_base64"], msg: "The uploaded file's SHA-256 does not match the declared checksum", type: "checksum_mismatch" }],
      }),
      "Could not complete the upload",
    );
    expect(err.status).toBe(422);
    expect(err.message).toBe("The uploaded file's SHA-256 does not match the declared checksum");
    expect(err.fields).toEqual({ checksum_sha256_base64: "The uploaded file's SHA-256 does not match the declared checksum" });
    expect(err.isRetryable).toBe(false);
  });

  it("uses a string detail as the message", async () => {
    const err = await apiError(json(404, { error: "ResourceNotFound", detail: "File not found" }), "Could not load the file");
    expect(err.message).toBe("File not found");
    expect(err.fields).toEqual({});
  });

  it("falls back to a generic message with the status when the body is not JSON, and retries 5xx", async () => {
    const err = await apiError(new Response("<html>bad gateway</html>", { status: 502 }), "Could not start the upload");
    expect(err.message).toBe("Could not start the upload (HTTP 502)");
    expect(err.isRetryable).toBe(true);
  });
});
