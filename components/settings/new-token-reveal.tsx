"use client";

import { useRef, useState } from "react";
import { Button } from "@/components/ui/button";

/** The clear token, once: a warning, the value (data-testid="new-token") and a Copy button. */
export function NewTokenReveal({ token, onDone }: { token: string; onDone: () => void }) {
  const [isCopied, setIsCopied] = useState(false);
  const [copyFailed, setCopyFailed] = useState(false);
  const codeRef = useRef<HTMLElement>(null);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(token);
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
      <p role="note" className="rounded-md bg-yellow-50 px-3 py-2 text-sm text-yellow-900 ring-1 ring-yellow-600/20 ring-inset">
        <strong>Copy this token now.</strong> Benefactor stores only a fingerprint of it and cannot show it again. If you lose it,
        revoke it and create a new one.
      </p>
      <div className="flex items-start gap-2">
        <code
          ref={codeRef}
          data-testid="new-token"
          className="min-w-0 flex-1 rounded-md bg-gray-50 px-3 py-2 font-mono text-xs break-all text-gray-900 ring-1 ring-gray-200 ring-inset"
        >
          {token}
        </code>
        <Button type="button" variant="secondary" onClick={copy} aria-live="polite">
          {isCopied ? "Copied" : "Copy"}
        </Button>
      </div>
      {copyFailed && <p className="text-xs text-gray-600">Your browser blocked copying: the token is selected, press Ctrl+C (⌘C).</p>}
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
