import type { InngestFunction } from "inngest";

/**
 * Every Inngest function the app serves, one per file in this folder. Empty until the grant
 * engine lands: the serve endpoint already exists so the Inngest dev server can sync the app.
 */
export const functions: InngestFunction.Any[] = [];
