import { errorResponse } from "@/lib/api/error-response";
import { appBaseUrl } from "@/lib/auth/customer-session-url";
import { auth } from "@/lib/auth/next-auth";
import { db } from "@/lib/db";
import { connectDiscordGuild, DiscordInstallError } from "@/lib/integrations/discord/connect-discord-guild";

// GET /v1/integrations/discord/bot-callback — Discord returns here after the bot was added; store the server
export async function GET(req: Request) {
  try {
    const q = new URL(req.url).searchParams;
    const session = await auth();
    const base = appBaseUrl(req);
    const result = await connectDiscordGuild(db, {
      state: q.get("state"),
      code: q.get("code"),
      error: q.get("error"),
      sessionUserId: session?.user?.id ?? null,
      baseUrl: base,
    });
    const back = new URL(`${base}/dashboard/${result.org.slug}/integrations`);
    if (result.error) back.searchParams.set("discord_error", result.error);
    else back.searchParams.set("discord_connected", result.guild!.name);
    return Response.redirect(back.toString(), 302);
  } catch (err) {
    if (err instanceof DiscordInstallError) return Response.json({ error: "BadRequest", detail: err.message }, { status: 400 });
    return errorResponse(err);
  }
}
