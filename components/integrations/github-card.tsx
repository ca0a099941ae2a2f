import Link from "next/link";
import { GitHubRemoveButton } from "@/components/integrations/github-remove-button";
import { GitHubTokenForm } from "@/components/integrations/github-token-form";
import { Button } from "@/components/ui/button";
import { Badge, Card } from "@/components/ui/misc";
import { db } from "@/lib/db";
import { githubInstallUrl } from "@/lib/integrations/github/github-install-url";
import { listGitHubRepositories } from "@/lib/integrations/github/list-github-repositories";
import { githubOAuthClient } from "@/lib/providers/github/github-env";

/**
 * The Integrations page's GitHub part: the app installations and tokens, each checked with GitHub
 * now (their repositories listed, or the error), the install link, the token form, and each
 * repository's access audit. `connected` comes from the app's setup redirect.
 */
export async function GitHubIntegrationCard({ org, canManage, connected }: { org: { id: string; slug: string }; canManage: boolean; connected?: boolean }) {
  const installUrl = githubInstallUrl(org.id);
  const { items: repos } = await listGitHubRepositories(db, org.id);
  const integrations = await db.organizationIntegration.findMany({
    where: { organizationId: org.id, platform: "github" },
    select: { id: true, kind: true, name: true, externalId: true, status: true, error: true, checkedAt: true },
    orderBy: { createdAt: "asc" },
  });
  return (
    <Card className="space-y-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h2 className="text-base font-semibold text-gray-900">GitHub</h2>
          <p className="mt-1 text-sm text-gray-600">
            Benefactor invites customers to your private repositories. Install the GitHub App on your account or organization (it needs
            Administration: write), or paste a fine-grained token.
          </p>
        </div>
        {canManage && installUrl && (
          <Button asChild variant="secondary">
            <a href={installUrl}>Install the GitHub App</a>
          </Button>
        )}
      </div>
      {connected && (
        <p role="status" className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-800 ring-1 ring-green-600/20">
          GitHub App installed.
        </p>
      )}
      {!installUrl && (
        <p className="text-sm text-gray-600">
          The GitHub App is not configured on this server (<code>GITHUB_APP_ID</code>, <code>GITHUB_APP_PRIVATE_KEY</code>, <code>GITHUB_APP_SLUG</code>): use a token instead.
        </p>
      )}
      {!githubOAuthClient() && (
        <p className="text-sm text-gray-600">
          Customers cannot connect GitHub until <code>GITHUB_CLIENT_ID</code> and <code>GITHUB_CLIENT_SECRET</code> are set.
        </p>
      )}
      {integrations.length === 0 ? (
        <p className="text-sm text-gray-600">Nothing connected yet: GitHub benefits fail with “integration not configured” until then.</p>
      ) : (
        <ul className="divide-y divide-gray-100" aria-label="Connected GitHub accounts">
          {integrations.map((i) => (
            <li key={i.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
              <div className="min-w-0">
                <p className="text-sm font-medium text-gray-900">
                  {i.name ?? i.externalId} <span className="font-normal text-gray-500">· {i.kind === "github_app" ? `app installation ${i.externalId}` : "personal access token"}</span>
                </p>
                {i.error && <p className="mt-0.5 text-sm text-red-700">{i.error}</p>}
              </div>
              <div className="flex items-center gap-3">
                <Badge tone={i.status === "ok" ? "green" : "red"}>{i.status === "ok" ? "Working" : "Needs attention"}</Badge>
                {canManage && <GitHubRemoveButton slug={org.slug} id={i.id} name={i.name ?? i.externalId} />}
              </div>
            </li>
          ))}
        </ul>
      )}
      {repos.length > 0 && (
        <div>
          <h3 className="text-sm font-semibold text-gray-900">Repositories</h3>
          <ul className="mt-1 grid gap-1 sm:grid-cols-2" aria-label="Reachable GitHub repositories">
            {repos.map((r) => (
              <li key={r.full_name} className="flex items-center justify-between gap-2 text-sm">
                <Link className="truncate font-medium text-brand-700 hover:underline" href={`/dashboard/${org.slug}/integrations/github/${r.owner}/${r.name}`}>
                  {r.full_name}
                </Link>
                {!r.can_administer && <Badge tone="yellow">read only</Badge>}
              </li>
            ))}
          </ul>
        </div>
      )}
      {canManage && (
        <details className="text-sm">
          <summary className="cursor-pointer font-medium text-gray-700">Use a personal access token instead</summary>
          <div className="mt-3 max-w-md">
            <GitHubTokenForm slug={org.slug} />
          </div>
        </details>
      )}
    </Card>
  );
}
