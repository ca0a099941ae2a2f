"use client";

import { useRef, useState } from "react";
import { Button } from "@/components/ui/button";

/**
 * The key, masked until the merchant reveals it, with a Copy button that works either way.
 * Without clipboard access (plain http on another host) it reveals and selects the key instead.
 */
export function LicenseKeyReveal({ value, displayKey }: { value: string; displayKey: string }) {
  const [isRevealed, setIsRevealed] = useState(false);
  const [copyState, setCopyState] = useState<"idle" | "copied" | "failed">("idle");
  const codeRef = useRef<HTMLElement>(null);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopyState("copied");
    } catch {
      setIsRevealed(true);
      setCopyState("failed");
      // Select once React has rendered the revealed key.
      requestAnimationFrame(() => {
        const range = document.createRange();
        if (codeRef.current) range.selectNodeContents(codeRef.current);
        window.getSelection()?.removeAllRanges();
        window.getSelection()?.addRange(range);
      });
    }
  };

  return (
    <div className="space-y-1">
      <div className="flex flex-wrap items-start gap-2">
        <code
          ref={codeRef}
          data-testid="license-key-value"
          className="min-w-0 flex-1 rounded-md bg-gray-50 px-3 py-2 font-mono text-sm break-all text-gray-900 ring-1 ring-gray-200 ring-inset"
        >
          {isRevealed ? value : displayKey}
        </code>
        <Button type="button" variant="secondary" onClick={() => setIsRevealed((v) => !v)} aria-pressed={isRevealed}>
          {isRevealed ? "Hide" : "Reveal"}
        </Button>
        <Button type="button" variant="secondary" onClick={copy} aria-live="polite">
          {copyState === "copied" ? "Copied" : "Copy"}
        </Button>
      </div>
      {copyState === "failed" && <p className="text-xs text-gray-600">Your browser blocked copying: the key is selected, press Ctrl+C (⌘C).</p>}
    </div>
  );
}
