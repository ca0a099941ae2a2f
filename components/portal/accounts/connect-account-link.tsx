import { Button } from "@/components/ui/button";
import type { OAuthPlatform } from "@/lib/accounts/oauth-platform";

/** "Connect GitHub" / "Connect Discord": a full navigation through Benefactor to the platform's consent page and back to `returnTo`. */
export function ConnectAccountLink({ slug, platform, label, returnTo, verb = "Connect" }: { slug: string; platform: OAuthPlatform; label: string; returnTo?: string; verb?: string }) {
  const query = returnTo ? `?return_to=${encodeURIComponent(returnTo)}` : "";
  return (
    <Button asChild size="sm">
      <a href={`/portal/${encodeURIComponent(slug)}/accounts/connect/${platform}${query}`}>
        {verb} {label}
      </a>
    </Button>
  );
}
