"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { createWebhookEndpointAction } from "@/app/dashboard/[org]/settings/webhooks/actions";
import { WebhookSecretReveal } from "@/components/webhooks/webhook-secret-reveal";
import { applyActionErrors } from "@/components/ui/action-errors";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Dialog, DialogClose, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { FormError } from "@/components/ui/form-error";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { useToast } from "@/components/ui/toast";
import { WEBHOOK_EVENT_DESCRIPTIONS, WEBHOOK_EVENT_TYPES } from "@/lib/webhooks/event-types";
import { webhookEndpointFormSchema, type WebhookEndpointFormValues } from "@/lib/webhooks/webhook-endpoint-input";

const DEFAULTS: WebhookEndpointFormValues = { url: "", events: [...WEBHOOK_EVENT_TYPES] };

/** "Add endpoint": a URL and the events to send, then the signing secret, shown this once. */
export function CreateWebhookEndpointDialog({ slug, label = "Add endpoint" }: { slug: string; label?: string }) {
  const toast = useToast();
  const [isOpen, setIsOpen] = useState(false);
  const [created, setCreated] = useState<{ url: string; secret: string } | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm({ resolver: zodResolver(webhookEndpointFormSchema), defaultValues: DEFAULTS });

  const onSubmit = handleSubmit(async (values) => {
    const result = await createWebhookEndpointAction(slug, values);
    if (!result.ok) return applyActionErrors(result.errors, setError, (key) => (key === "url" ? "url" : key.startsWith("events") ? "events" : null));
    setCreated(result.data);
    toast({ title: "Endpoint added", description: "Copy its signing secret now: it is shown only once." });
  });

  const onOpenChange = (open: boolean) => {
    setIsOpen(open);
    // Closing forgets the secret: it cannot be shown again.
    if (!open) {
      setCreated(null);
      reset(DEFAULTS);
    }
  };

  return (
    <Dialog open={isOpen} onOpenChange={onOpenChange}>
      <DialogTrigger asChild>
        <Button>{label}</Button>
      </DialogTrigger>
      {created ? (
        <DialogContent title="Your endpoint's signing secret" isDismissible={false}>
          <WebhookSecretReveal url={created.url} secret={created.secret} onDone={() => onOpenChange(false)} />
        </DialogContent>
      ) : (
        <DialogContent title="Add a webhook endpoint" description="Benefactor POSTs a signed JSON event to this URL whenever one of the chosen events happens.">
          <form onSubmit={onSubmit} noValidate className="space-y-4">
            <FormError message={errors.root?.server?.message} />
            <FormField label="Endpoint URL" hint="An https:// URL of your app, e.g. https://example.com/webhooks/benefactor." error={errors.url?.message}>
              <Input type="url" inputMode="url" autoComplete="off" placeholder="https://" {...register("url")} />
            </FormField>
            <fieldset aria-describedby={errors.events ? "webhook-events-error" : undefined}>
              <legend className="text-sm font-medium text-gray-800">Events</legend>
              <div className="mt-2 space-y-2">
                {WEBHOOK_EVENT_TYPES.map((type) => (
                  <Checkbox
                    key={type}
                    value={type}
                    label={<code className="font-mono text-xs">{type}</code>}
                    hint={WEBHOOK_EVENT_DESCRIPTIONS[type]}
                    {...register("events")}
                  />
                ))}
              </div>
              {errors.events && (
                <p id="webhook-events-error" role="alert" className="mt-1 text-xs font-medium text-red-600">
                  {errors.events.message}
                </p>
              )}
            </fieldset>
            <div className="flex justify-end gap-2 pt-2">
              <DialogClose asChild>
                <Button type="button" variant="secondary">
                  Cancel
                </Button>
              </DialogClose>
              <Button type="submit" isLoading={isSubmitting}>
                {isSubmitting ? "Adding…" : "Add endpoint"}
              </Button>
            </div>
          </form>
        </DialogContent>
      )}
    </Dialog>
  );
}
