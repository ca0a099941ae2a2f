"use client";

import { useState } from "react";

/** A SHA-256 shown short (full value on hover) with a button that copies the full hex digest. */
export function ChecksumCopy({ hex, label }: { hex: string | null; label: string }) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  if (!hex) return <span className="text-gray-400">—</span>;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(hex);
      setState("copied");
    } catch {
      setState("failed");
    }
    setTimeout(() => setState("idle"), 2000);
  };
  return (
    <span className="inline-flex items-center gap-1.5">
      <code title={hex} className="font-mono text-xs text-gray-700" data-testid="checksum">
        {hex.slice(0, 12)}…
      </code>
      <button
        type="button"
        onClick={copy}
        aria-label={`Copy the SHA-256 of ${label}`}
        className="rounded px-1 text-xs font-medium text-brand-700 hover:bg-brand-50"
      >
        {state === "copied" ? "Copied" : state === "failed" ? "Select it above" : "Copy"}
      </button>
    </span>
  );
}
