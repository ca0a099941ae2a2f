"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { removeMemberAction } from "@/app/dashboard/[org]/settings/members/actions";
import { FormError } from "@/components/ui/form-error";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { useToast } from "@/components/ui/toast";

/** Remove a member (or, on one's own row, leave), after a confirmation. */
export function RemoveMemberDialog({
  slug,
  organizationName,
  member,
  isSelf,
}: {
  slug: string;
  organizationName: string;
  member: { userId: string; name: string | null; email: string };
  isSelf: boolean;
}) {
  const router = useRouter();
  const toast = useToast();
  const [isOpen, setIsOpen] = useState(false);
  const [error, setError] = useState<string>();
  const [isPending, startTransition] = useTransition();
  const who = member.name ?? member.email;

  const confirm = () =>
    startTransition(async () => {
      const result = await removeMemberAction(slug, { userId: member.userId });
      if (!result.ok) return setError(Object.values(result.errors).join(" "));
      setIsOpen(false);
      if (result.data.isSelf) {
        toast({ title: `You left ${organizationName}` });
        router.push("/dashboard");
      } else {
        toast({ title: "Member removed", description: `${member.email} no longer has access to ${organizationName}.` });
      }
    });

  return (
    <Dialog
      open={isOpen}
      onOpenChange={(open) => {
        setIsOpen(open);
        setError(undefined);
      }}
    >
      <DialogTrigger asChild>
        <Button variant="ghost" size="sm" className="text-red-700 hover:bg-red-50" aria-label={isSelf ? "Leave organization" : `Remove ${who}`}>
          {isSelf ? "Leave" : "Remove"}
        </Button>
      </DialogTrigger>
      <DialogContent
        title={isSelf ? `Leave ${organizationName}?` : `Remove ${who}?`}
        description={
          isSelf
            ? "You lose access to this organization's dashboard right away. An owner or admin can add you again."
            : `${member.email} loses access to this organization's dashboard right away. Their Benefactor account stays, and you can add them again later.`
        }
      >
        <div className="space-y-4">
          <FormError message={error} />
          <div className="flex justify-end gap-2">
            <DialogClose asChild>
              <Button type="button" variant="secondary">
                Cancel
              </Button>
            </DialogClose>
            <Button type="button" variant="danger" isLoading={isPending} onClick={confirm}>
              {isSelf ? "Leave organization" : "Remove member"}
            </Button>
          </div>
        </div>
      </DialogContent>
    </Dialog>
  );
}
