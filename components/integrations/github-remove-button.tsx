"use client";

import { useRouter } from "next/navigation";
import { removeGitHubIntegrationAction } from "@/app/dashboard/[org]/integrations/actions";
import { ConfirmButton } from "@/components/ui/confirm-button";

export function GitHubRemoveButton({ slug, id, name }: { slug: string; id: string; name: string }) {
  const router = useRouter();
  return (
    <ConfirmButton
      label="Disconnect"
      size="sm"
      title={`Disconnect ${name}?`}
      description="Access already given stays on GitHub. New grants and revokes on these repositories fail until GitHub is connected again."
      confirmLabel="Disconnect"
      action={() => removeGitHubIntegrationAction(slug, id)}
      onDone={() => router.refresh()}
    />
  );
}
