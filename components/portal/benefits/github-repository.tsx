import type { PortalBenefit } from "@/lib/portal/list-portal-benefits";

export function GitHubRepositoryBenefit({ item }: { item: PortalBenefit<"github_repository"> }) {
  const { repository_owner: owner, repository_name: name } = item.benefit.properties;
  return (
    <p className="text-sm text-gray-700">
      Access to the GitHub repository <span className="font-mono">{owner && name ? `${owner}/${name}` : "of the merchant"}</span>. Accept the
      invitation GitHub emailed you to start using it.
    </p>
  );
}
