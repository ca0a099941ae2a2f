import { serve } from "inngest/next";
import { inngest } from "@/inngest/client";
import { functions } from "@/inngest/functions";

// GET/POST/PUT /api/inngest — the Inngest serve endpoint (function registry and execution).
export const { GET, POST, PUT } = serve({ client: inngest, functions });
