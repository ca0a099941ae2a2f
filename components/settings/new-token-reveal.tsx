"use client";

import { Button } from "@/components/ui/button";
import { CopyableSecret } from "@/components/ui/copyable-secret";

/** The clear token, once: a warning, the value (data-testid="new-token") and a Copy button. */
export function NewTokenReveal({ token, onDone }: { token: string; onDone: () => void }) {
  return (
    <div className="space-y-4">
      <p role="note" className="rounded-md bg-yellow-50 px-3 py-2 text-sm text-yellow-900 ring-1 ring-yellow-600/20 ring-inset">
        <strong>Copy this token now.</strong> Benefactor stores only a fingerprint of it and cannot show it again. If you lose it,
        revoke it and create a new one.
      </p>
      <CopyableSecret value={token} noun="token" testId="new-token" />
      <p className="text-xs text-gray-600">
        Use it as <code className="font-mono">Authorization: Bearer {"<token>"}</code>.
      </p>
      <div className="flex justify-end">
        <Button type="button" onClick={onDone}>
          Done
        </Button>
      </div>
    </div>
  );
}
