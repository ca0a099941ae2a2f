"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { FileRead } from "../files-api";
import { uploadFile, type UploadPhase } from "./upload-file";

export type UploadStatus = "queued" | UploadPhase | "done" | "failed" | "cancelled";

export type UploadItem = {
  key: string;
  name: string;
  size: number;
  status: UploadStatus;
  /** Bytes hashed (while hashing) or sent (while uploading). */
  done: number;
  retries: number;
  error: string | null;
  file: FileRead | null;
};

// Files hashed and sent at the same time; the others wait their turn in the list.
const PARALLEL_FILES = 2;

/**
 * Several uploads at once, each with its own progress and error. `start` queues files;
 * `onUploaded` is called with each file the server accepted.
 */
export function useUploads({
  organizationId,
  onUploaded,
  replacesFileId,
}: {
  organizationId: string;
  onUploaded?: (file: FileRead, key: string) => void;
  replacesFileId?: string;
}) {
  const [items, setItems] = useState<UploadItem[]>([]);
  const queue = useRef<{ key: string; file: File; version?: string }[]>([]);
  const controllers = useRef(new Map<string, AbortController>());
  const active = useRef(0);
  const onUploadedRef = useRef(onUploaded);
  useEffect(() => {
    onUploadedRef.current = onUploaded;
  });

  const patch = useCallback((key: string, change: Partial<UploadItem>) => {
    setItems((all) => all.map((item) => (item.key === key ? { ...item, ...change } : item)));
  }, []);

  // A few workers take files from the queue one after another until it is empty.
  const pump = useCallback(() => {
    const work = async () => {
      for (let next = queue.current.shift(); next; next = queue.current.shift()) {
        const { key, file, version } = next;
        const controller = new AbortController();
        controllers.current.set(key, controller);
        try {
          const uploaded = await uploadFile(file, {
            organizationId,
            version,
            replacesFileId,
            signal: controller.signal,
            onProgress: ({ phase, done, retries }) => patch(key, { status: phase, done, retries }),
          });
          patch(key, { status: "done", done: file.size, file: uploaded, error: null });
          onUploadedRef.current?.(uploaded, key);
        } catch (err) {
          if (controller.signal.aborted) patch(key, { status: "cancelled", error: null });
          else patch(key, { status: "failed", error: err instanceof Error ? err.message : "The upload failed" });
        } finally {
          controllers.current.delete(key);
        }
      }
      active.current -= 1;
    };
    while (active.current < PARALLEL_FILES && queue.current.length > 0) {
      active.current += 1;
      void work();
    }
  }, [organizationId, replacesFileId, patch]);

  const start = useCallback(
    (files: File[], version?: string) => {
      const added = files.map((file) => ({ key: `${Date.now()}-${Math.random().toString(36).slice(2)}`, file, version }));
      setItems((all) => [
        ...all,
        ...added.map(({ key, file }) => ({ key, name: file.name, size: file.size, status: "queued" as const, done: 0, retries: 0, error: null, file: null })),
      ]);
      queue.current.push(...added);
      pump();
      return added.map((a) => a.key);
    },
    [pump],
  );

  const cancel = useCallback(
    (key: string) => {
      const before = queue.current.length;
      queue.current = queue.current.filter((q) => q.key !== key);
      if (queue.current.length !== before) patch(key, { status: "cancelled" });
      controllers.current.get(key)?.abort(new DOMException("Upload cancelled", "AbortError"));
    },
    [patch],
  );

  const clearFinished = useCallback(() => setItems((all) => all.filter((i) => !["done", "failed", "cancelled"].includes(i.status))), []);

  // Leaving the page stops what is still running.
  useEffect(() => {
    const running = controllers.current;
    return () => running.forEach((c) => c.abort());
  }, []);

  const isBusy = items.some((i) => !["done", "failed", "cancelled"].includes(i.status));

  // Closing or reloading the tab would stop the uploads: the browser asks first.
  useEffect(() => {
    if (!isBusy) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [isBusy]);

  return { items, start, cancel, clearFinished, isBusy };
}
