"use client";

import { useRef, useState } from "react";
import { Button } from "@/components/ui/button";

/** The signing secret, once: a warning, the value (data-testid="webhook-secret"), Copy, and how to verify. */
export function WebhookSecretReveal({ url, secret, onDone }: { url: string; secret: string; onDone: () => void }) {
  const [isCopied, setIsCopied] = useState(false);
  const [copyFailed, setCopyFailed] = useState(false);
  const codeRef = useRef<HTMLElement>(null);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(secret);
      setIsCopied(true);
      setCopyFailed(false);
    } catch {
      // No clipboard access (e.g. plain http on another host): select it for a manual copy.
      const range = document.createRange();
      if (codeRef.current) range.selectNodeContents(codeRef.current);
      window.getSelection()?.removeAllRanges();
      window.getSelection()?.addRange(range);
      setCopyFailed(true);
    }
  };

  return (
    <div className="space-y-4">
      <p className="text-sm text-gray-700">
        Deliveries to <span className="font-medium break-all text-gray-900">{url}</span> are signed with this secret.
      </p>
      <p role="note" className="rounded-md bg-yellow-50 px-3 py-2 text-sm text-yellow-900 ring-1 ring-yellow-600/20 ring-inset">
        <strong>Copy the signing secret now.</strong> It is shown only this once. If you lose it, reset it from the endpoint&apos;s page.
      </p>
      <div className="flex items-start gap-2">
        <code
          ref={codeRef}
          data-testid="webhook-secret"
          className="min-w-0 flex-1 rounded-md bg-gray-50 px-3 py-2 font-mono text-xs break-all text-gray-900 ring-1 ring-gray-200 ring-inset"
        >
          {secret}
        </code>
        <Button type="button" variant="secondary" onClick={copy} aria-live="polite">
          {isCopied ? "Copied" : "Copy"}
        </Button>
      </div>
      {copyFailed && <p className="text-xs text-gray-600">Your browser blocked copying: the secret is selected, press Ctrl+C (⌘C).</p>}
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
