import { PermanentJobError } from "@/lib/jobs/job-errors";

/**
 * The customer must do something before the benefit can be delivered (connect their GitHub or
 * Discord account). Retrying cannot help until they do, so it is permanent for the job engine;
 * the grant waits in `action_required` with this message, and connecting the account re-runs it.
 */
export class ActionRequiredError extends PermanentJobError {
  constructor(message: string) {
    super(message);
    this.name = "ActionRequiredError";
  }
}
