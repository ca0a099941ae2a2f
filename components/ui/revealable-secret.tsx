"use client";

import { useRef, useState } from "react";
import { Button } from "@/components/ui/button";

/**
 * A secret (a license key) masked until the reader asks to see it — screens get shared — with a
 * Copy button that works either way. Without clipboard access (plain http on another host) Copy
 * reveals and selects the value instead, for Ctrl+C.
 */
export function RevealableSecret({ value, masked, testId }: { value: string; masked: string; testId?: string }) {
  const [isRevealed, setIsRevealed] = useState(false);
  const [copyState, setCopyState] = useState<"idle" | "copied" | "blocked">("idle");
  const codeRef = useRef<HTMLElement>(null);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopyState("copied");
    } catch {
      setIsRevealed(true);
      setCopyState("blocked");
      // Select once React has rendered the revealed value.
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
      <div className="flex flex-wrap items-center gap-2">
        <code
          ref={codeRef}
          data-testid={testId}
          className="min-w-0 flex-1 rounded-md bg-gray-50 px-3 py-2 font-mono text-sm break-all text-gray-900 ring-1 ring-gray-200 ring-inset"
        >
          {isRevealed ? value : masked}
        </code>
        <div className="flex gap-2">
          <Button type="button" variant="secondary" onClick={() => setIsRevealed((v) => !v)} aria-pressed={isRevealed}>
            {isRevealed ? "Hide" : "Reveal"}
          </Button>
          <Button type="button" variant="secondary" onClick={copy} aria-live="polite">
            {copyState === "copied" ? "Copied" : "Copy"}
          </Button>
        </div>
      </div>
      {copyState === "blocked" && <p className="text-xs text-gray-600">Your browser blocked copying: the value is selected, press Ctrl+C (⌘C).</p>}
    </div>
  );
}
