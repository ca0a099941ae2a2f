"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { connectGitHubTokenAction } from "@/app/dashboard/[org]/integrations/actions";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";

/** Paste a fine-grained personal access token (Administration: write on the repositories). */
export function GitHubTokenForm({ slug }: { slug: string }) {
  const router = useRouter();
  const [token, setToken] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [done, setDone] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();
  return (
    <form
      className="space-y-2"
      onSubmit={(e) => {
        e.preventDefault();
        startTransition(async () => {
          const result = await connectGitHubTokenAction(slug, token);
          if (!result.ok) return setErrors(result.errors);
          setErrors({});
          setToken("");
          setDone(result.data.name);
          router.refresh();
        });
      }}
    >
      <FormField label="Fine-grained personal access token" error={errors.token} hint="Needs Administration: read and write on the repositories you sell access to.">
        <Input type="password" autoComplete="off" value={token} onChange={(e) => setToken(e.target.value)} placeholder="github_pat_…" />
      </FormField>
      <FormError message={errors[""]} />
      {done && <p role="status" className="text-sm text-green-800">Connected the token of {done}.</p>}
      <Button type="submit" variant="secondary" isLoading={isPending} disabled={token.trim() === ""}>
        Connect token
      </Button>
    </form>
  );
}
