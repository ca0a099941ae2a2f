import { describe, expect, test } from "vitest";
import { clientIp } from "./client-ip";

const req = (headers: Record<string, string>) => new Request("http://app.test/v1/x", { headers });

describe("clientIp", () => {
  test("the right-most x-forwarded-for entry: the address the nearest proxy saw", () => {
    expect(clientIp(req({ "x-forwarded-for": "203.0.113.7" }))).toBe("203.0.113.7");
    expect(clientIp(req({ "x-forwarded-for": "10.0.0.1, 198.51.100.2 , 203.0.113.7" }))).toBe("203.0.113.7");
    expect(clientIp(req({ "x-forwarded-for": "2001:db8::1" }))).toBe("2001:db8::1");
  });

  test("an IPv4 client on a dual-stack socket is the IPv4 address", () => {
    expect(clientIp(req({ "x-forwarded-for": "::ffff:127.0.0.1" }))).toBe("127.0.0.1");
  });

  test("falls back to x-real-ip, then one shared bucket", () => {
    expect(clientIp(req({ "x-real-ip": "198.51.100.9" }))).toBe("198.51.100.9");
    expect(clientIp(req({}))).toBe("unknown");
  });
});
