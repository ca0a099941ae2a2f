import { ApiError } from "@/lib/api/errors";
import { isOAuthPlatform, type OAuthPlatformAdapter } from "@/lib/accounts/oauth-platform";
import { oauthPlatforms } from "@/lib/accounts/oauth-platforms";

/** The adapter for a path's platform: 404 for an unknown one. */
export function getOAuthAdapterOrThrow(platform: string): OAuthPlatformAdapter {
  if (!isOAuthPlatform(platform)) throw ApiError.notFound("Platform");
  return oauthPlatforms[platform];
}
