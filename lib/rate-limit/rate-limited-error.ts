import { RateLimiterRes } from "rate-limiter-flexible";
import { ApiError } from "@/lib/api/errors";

/** 429 with `Retry-After` in whole seconds (at least 1: "0" would invite an immediate retry). */
export function rateLimitedError(msBeforeNext: number, detail = "Too many requests"): ApiError {
  const seconds = Math.max(1, Math.ceil(msBeforeNext / 1000));
  return new ApiError("rate_limited", `${detail}; retry in ${seconds} s`, { "Retry-After": String(seconds) }, "rate_limited");
}

/** A limiter refusal (the library rejects with a RateLimiterRes, and with an Error when its store fails). */
export function isRateLimiterRes(value: unknown): value is RateLimiterRes {
  return value instanceof RateLimiterRes;
}
