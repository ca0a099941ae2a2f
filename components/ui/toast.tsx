"use client";

import * as ToastPrimitive from "@radix-ui/react-toast";
import { createContext, useCallback, useContext, useState, type ReactNode } from "react";
import { cn } from "./cn";

type Toast = { id: number; title: string; description?: string; tone: "success" | "error" };
type ToastInput = Omit<Toast, "id" | "tone"> & { tone?: Toast["tone"] };

const ToastContext = createContext<(toast: ToastInput) => void>(() => {});

/** Shows a short confirmation or error: `const toast = useToast(); toast({ title: "Saved" })`. */
export function useToast() {
  return useContext(ToastContext);
}

export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const push = useCallback((t: ToastInput) => setToasts((all) => [...all, { id: Date.now() + Math.random(), tone: "success", ...t }]), []);
  return (
    <ToastContext.Provider value={push}>
      <ToastPrimitive.Provider swipeDirection="right" duration={5000}>
        {children}
        {toasts.map((t) => (
          <ToastPrimitive.Root
            key={t.id}
            onOpenChange={(open) => !open && setToasts((all) => all.filter((x) => x.id !== t.id))}
            className={cn(
              "rounded-md bg-white p-3 shadow-lg ring-1",
              t.tone === "error" ? "ring-red-300" : "ring-gray-200",
            )}
          >
            <ToastPrimitive.Title className={cn("text-sm font-semibold", t.tone === "error" ? "text-red-700" : "text-gray-900")}>
              {t.title}
            </ToastPrimitive.Title>
            {t.description && <ToastPrimitive.Description className="mt-0.5 text-sm text-gray-600">{t.description}</ToastPrimitive.Description>}
          </ToastPrimitive.Root>
        ))}
        <ToastPrimitive.Viewport className="fixed right-4 bottom-4 z-50 flex w-80 flex-col gap-2 outline-none" />
      </ToastPrimitive.Provider>
    </ToastContext.Provider>
  );
}
