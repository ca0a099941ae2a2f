import type { DbTx } from "@/lib/db";
import type { BenefitType } from "@/lib/generated/prisma/client";

/** What a strategy did for one grant (repositories invited, a key issued…): stored on the grant. */
export type GrantProperties = Record<string, unknown>;

/**
 * Everything a strategy may look at. `benefit.properties` is the benefit's current configuration;
 * `grant.properties` is what an earlier grant did — revoke reads that, never the benefit's
 * current properties, so an edited benefit still takes back what was actually delivered.
 */
export type StrategyContext<P = unknown> = {
  tx: DbTx;
  grant: {
    id: string;
    organizationId: string;
    customerId: string;
    benefitId: string;
    scope: string;
    properties: GrantProperties;
  };
  benefit: { id: string; organizationId: string; type: BenefitType; properties: P };
  customer: { id: string; email: string; name: string | null; externalId: string | null };
};

/**
 * How one benefit type is delivered. Throw RetryableJobError for a transient failure (429, 5xx,
 * timeout), ActionRequiredError when the customer must act (connect an account), and
 * PermanentJobError for anything retrying cannot fix. Grant and revoke must be idempotent: the
 * engine may run them again after a crash.
 */
export type BenefitStrategy<P = never> = {
  /**
   * Delivers something shared by all of a customer's grants of the benefit (a repository
   * invitation, a Discord role, a downloadables row): it is taken back only when the customer's
   * last grant of the benefit goes. False when each grant owns what it delivered (a license key).
   */
  isExternal: boolean;
  /**
   * Delivery only writes Benefactor's own tables (a note, a license key, credits): a purchase
   * delivers it before its API call returns, so a key validates the moment the order exists.
   */
  deliversInline: boolean;
  grant: (ctx: StrategyContext<P>) => Promise<{ properties: GrantProperties }>;
  revoke: (ctx: StrategyContext<P>) => Promise<void>;
  /**
   * The benefit was edited and this grant holds the old configuration: bring what it delivered up
   * to date in place. Absent: revoke the stored configuration, then grant the new one.
   */
  reapply?: (ctx: StrategyContext<P>) => Promise<{ properties: GrantProperties }>;
  /** A subscription renewed. Absent means there is nothing to do on renewal. */
  cycle?: (ctx: StrategyContext<P>) => Promise<{ properties: GrantProperties } | void>;
};
