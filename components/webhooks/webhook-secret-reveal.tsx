"use client";

import { Button } from "@/components/ui/button";
import { CopyableSecret } from "@/components/ui/copyable-secret";

/** The signing secret, once: a warning, the value (data-testid="webhook-secret"), Copy, and how to verify. */
export function WebhookSecretReveal({ url, secret, onDone }: { url: string; secret: string; onDone: () => void }) {
  return (
    <div className="space-y-4">
      <p className="text-sm text-gray-700">
        Deliveries to <span className="font-medium break-all text-gray-900">{url}</span> are signed with this secret.
      </p>
      <p role="note" className="rounded-md bg-yellow-50 px-3 py-2 text-sm text-yellow-900 ring-1 ring-yellow-600/20 ring-inset">
        <strong>Copy the signing secret now.</strong> It is shown only this once. If you lose it, reset it from the endpoint&apos;s page.
      </p>
      <CopyableSecret value={secret} noun="secret" testId="webhook-secret" />
      <p className="text-xs text-gray-600">
        Verify each request with any{" "}
        <a href="https://www.standardwebhooks.com/" target="_blank" rel="noreferrer" className="text-brand-700 hover:underline">
          Standard Webhooks
        </a>{" "}
        library, e.g. <code className="font-mono">new Webhook(secret).verify(body, headers)</code>, and ignore a{" "}
        <code className="font-mono">webhook-id</code> you have already processed.
      </p>
      <div className="flex justify-end">
        <Button type="button" onClick={onDone}>
          Done
        </Button>
      </div>
    </div>
  );
}
