"use client";

import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Badge, EmptyState } from "@/components/ui/misc";
import { Select } from "@/components/ui/select";
import type { ActionResult } from "@/lib/api/action-result";

export type BenefitOption = { id: string; description: string; typeLabel: string };
export type SaveBenefitOrderAction = (benefitIds: string[]) => Promise<ActionResult<undefined>>;

type Focus = { id: string; control: "up" | "down" } | null;

/**
 * The product's benefits in grant order. Every change (move, remove, attach) saves the whole
 * ordered list, so what is shown is what is stored; a failed save puts back the last saved list.
 */
export function ProductBenefitsEditor({
  orgSlug,
  attached: initial,
  available: all,
  action,
}: {
  orgSlug: string;
  attached: BenefitOption[];
  available: BenefitOption[];
  action: SaveBenefitOrderAction;
}) {
  const [attached, setAttached] = useState(initial);
  // "" shows the placeholder (Radix Select treats undefined as uncontrolled).
  const [choice, setChoice] = useState("");
  const [status, setStatus] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  const [focus, setFocus] = useState<Focus>(null);
  const listRef = useRef<HTMLOListElement>(null);

  // Moving a row re-inserts it in the DOM, which drops focus: put it back on the same control.
  useEffect(() => {
    if (!focus) return;
    const index = attached.findIndex((b) => b.id === focus.id);
    const control = focus.control === "up" && index === 0 ? "down" : focus.control === "down" && index === attached.length - 1 ? "up" : focus.control;
    listRef.current?.querySelector<HTMLButtonElement>(`[data-focus-key="${focus.id}:${control}"]`)?.focus();
  }, [focus, attached]);

  const attachedIds = new Set(attached.map((b) => b.id));
  const options = all.filter((b) => !attachedIds.has(b.id));

  // Saves run one at a time; changes made meanwhile are shown at once and the latest list is
  // saved next, so quick keyboard moves are never dropped.
  const saved = useRef(initial);
  const isSaving = useRef(false);
  const queued = useRef<{ list: BenefitOption[]; message: string } | null>(null);

  async function flush(list: BenefitOption[], message: string) {
    isSaving.current = true;
    setIsBusy(true);
    setStatus("Saving…");
    const result = await action(list.map((b) => b.id)).catch(() => null);
    if (result?.ok) {
      saved.current = list;
    } else {
      queued.current = null;
      setAttached(saved.current);
      const reason = result && !result.ok ? Object.values(result.errors).join(" ") : "";
      setError(`Not saved${reason ? `: ${reason}` : ""}. The list shows what is saved; reload the page if it looks out of date.`);
    }
    const next = queued.current;
    queued.current = null;
    if (next) return flush(next.list, next.message);
    isSaving.current = false;
    setIsBusy(false);
    setStatus(result?.ok ? message : "");
  }

  function save(next: BenefitOption[], message: string, nextFocus: Focus = null) {
    setAttached(next);
    setFocus(nextFocus);
    setError(null);
    if (isSaving.current) queued.current = { list: next, message };
    else void flush(next, message);
  }

  function move(index: number, delta: -1 | 1) {
    const target = index + delta;
    if (target < 0 || target >= attached.length) return;
    const next = [...attached];
    [next[index], next[target]] = [next[target], next[index]];
    const benefit = attached[index];
    save(next, `Moved “${benefit.description}” to position ${target + 1}.`, { id: benefit.id, control: delta < 0 ? "up" : "down" });
  }

  function remove(index: number) {
    const benefit = attached[index];
    save(attached.filter((_, i) => i !== index), `Removed “${benefit.description}”.`);
  }

  function attach() {
    const benefit = options.find((b) => b.id === choice);
    if (!benefit) return;
    setChoice("");
    save([...attached, benefit], `Attached “${benefit.description}” at position ${attached.length + 1}.`);
  }

  const benefitsHref = `/dashboard/${orgSlug}/benefits`;
  return (
    <div className="space-y-4">
      {error && (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700 ring-1 ring-red-600/20">
          {error}
        </p>
      )}
      {attached.length === 0 ? (
        <EmptyState
          title="No benefits attached"
          description="A purchase of this product grants nothing yet. Attach benefits below; they are granted in the order listed."
        />
      ) : (
        <ol ref={listRef} aria-busy={isBusy || undefined} aria-label="Attached benefits, in grant order" className="divide-y divide-gray-100 rounded-md ring-1 ring-gray-200">
          {attached.map((b, index) => (
            <li key={b.id} className="flex flex-wrap items-center gap-3 px-3 py-2.5">
              <span className="w-6 text-right text-sm font-semibold text-gray-500 tabular-nums" aria-hidden>
                {index + 1}.
              </span>
              <div className="min-w-0 flex-1">
                <span className="sr-only">Position {index + 1}: </span>
                <Link href={`${benefitsHref}/${b.id}`} className="text-sm font-medium text-brand-700 hover:underline">
                  {b.description}
                </Link>{" "}
                <Badge>{b.typeLabel}</Badge>
              </div>
              <div className="flex items-center gap-1">
                {(["up", "down"] as const).map((direction) => {
                  const isDisabled = direction === "up" ? index === 0 : index === attached.length - 1;
                  return (
                    <Button
                      key={direction}
                      data-focus-key={`${b.id}:${direction}`}
                      type="button"
                      variant="ghost"
                      size="sm"
                      aria-label={`Move ${b.description} ${direction}`}
                      aria-disabled={isDisabled || undefined}
                      className={isDisabled ? "invisible" : undefined}
                      onClick={() => !isDisabled && move(index, direction === "up" ? -1 : 1)}
                    >
                      <span aria-hidden>{direction === "up" ? "↑" : "↓"}</span>
                      {direction === "up" ? "Up" : "Down"}
                    </Button>
                  );
                })}
                <Button
                  type="button"
                  variant="ghost"
                  size="sm"
                  className="text-red-700 hover:bg-red-50"
                  aria-label={`Remove ${b.description}`}
                  onClick={() => remove(index)}
                >
                  Remove
                </Button>
              </div>
            </li>
          ))}
        </ol>
      )}

      <div className="flex flex-wrap items-end gap-3">
        {all.length === 0 ? (
          <p className="text-sm text-gray-600">
            Your organization has no benefits yet.{" "}
            <Link href={`${benefitsHref}/new`} className="font-medium text-brand-700 hover:underline">
              Create a benefit
            </Link>{" "}
            first.
          </p>
        ) : options.length === 0 ? (
          <p className="text-sm text-gray-600">Every benefit is attached.</p>
        ) : (
          <>
            <FormField label="Attach benefit" className="w-80">
              <Select
                value={choice}
                onValueChange={setChoice}
                placeholder="Choose a benefit"
                options={options.map((b) => ({ value: b.id, label: `${b.description} (${b.typeLabel})` }))}
              />
            </FormField>
            <Button type="button" variant="secondary" onClick={attach} disabled={!choice}>
              Attach
            </Button>
          </>
        )}
      </div>
      <p aria-live="polite" className="min-h-5 text-sm text-gray-500">
        {status}
      </p>
    </div>
  );
}
