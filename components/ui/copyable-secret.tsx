"use client";

import { useRef, useState } from "react";
import { Button } from "@/components/ui/button";

/**
 * A secret shown once, with a Copy button. Without clipboard access (plain http on another
 * host) it selects the value so the merchant can copy it by hand.
 */
export function CopyableSecret({ value, noun, testId }: { value: string; noun: string; testId: string }) {
  const [isCopied, setIsCopied] = useState(false);
  const [copyFailed, setCopyFailed] = useState(false);
  const codeRef = useRef<HTMLElement>(null);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setIsCopied(true);
      setCopyFailed(false);
    } catch {
      const range = document.createRange();
      if (codeRef.current) range.selectNodeContents(codeRef.current);
      window.getSelection()?.removeAllRanges();
      window.getSelection()?.addRange(range);
      setCopyFailed(true);
    }
  };

  return (
    <>
      <div className="flex items-start gap-2">
        <code
          ref={codeRef}
          data-testid={testId}
          className="min-w-0 flex-1 rounded-md bg-gray-50 px-3 py-2 font-mono text-xs break-all text-gray-900 ring-1 ring-gray-200 ring-inset"
        >
          {value}
        </code>
        <Button type="button" variant="secondary" onClick={copy} aria-live="polite">
          {isCopied ? "Copied" : "Copy"}
        </Button>
      </div>
      {copyFailed && <p className="text-xs text-gray-600">Your browser blocked copying: the {noun} is selected, press Ctrl+C (⌘C).</p>}
    </>
  );
}
