"use client";

import * as Menu from "@radix-ui/react-dropdown-menu";
import { useRouter } from "next/navigation";

/** Switch between the merchant's organizations, or create another. */
export function OrgSwitcher({
  current,
  organizations,
}: {
  current: { name: string; slug: string };
  organizations: { name: string; slug: string }[];
}) {
  const router = useRouter();
  return (
    <Menu.Root>
      <Menu.Trigger
        className="flex w-full items-center justify-between rounded-md px-2 py-1.5 text-left text-sm font-medium ring-1 ring-gray-200 hover:bg-gray-50"
        aria-label={`Organization: ${current.name}. Switch organization`}
      >
        <span className="truncate">{current.name}</span>
        <span aria-hidden className="text-gray-400">
          ▾
        </span>
      </Menu.Trigger>
      <Menu.Portal>
        <Menu.Content align="start" sideOffset={4} className="z-50 w-56 rounded-md bg-white p-1 shadow-lg ring-1 ring-gray-200">
          <Menu.Label className="px-2 py-1 text-xs text-gray-500">Organizations</Menu.Label>
          {organizations.map((o) => (
            <Menu.Item
              key={o.slug}
              onSelect={() => router.push(`/dashboard/${o.slug}`)}
              className="cursor-pointer rounded px-2 py-1.5 text-sm outline-none data-[highlighted]:bg-brand-50"
            >
              {o.name}
              {o.slug === current.slug && <span className="sr-only"> (current)</span>}
              {o.slug === current.slug && <span aria-hidden> ✓</span>}
            </Menu.Item>
          ))}
          <Menu.Separator className="my-1 h-px bg-gray-100" />
          <Menu.Item
            onSelect={() => router.push("/dashboard/new")}
            className="cursor-pointer rounded px-2 py-1.5 text-sm text-brand-700 outline-none data-[highlighted]:bg-brand-50"
          >
            + New organization
          </Menu.Item>
        </Menu.Content>
      </Menu.Portal>
    </Menu.Root>
  );
}
