import { openSecret, sealSecret } from "@/lib/webhooks/secret-box";

// A merchant's GitHub token is sealed with the organization as authenticated data.
const context = (organizationId: string) => `github-token:${organizationId}`;

export const sealGitHubToken = (organizationId: string, token: string) => sealSecret(token, context(organizationId));
export const openGitHubToken = (organizationId: string, sealed: string) => openSecret(sealed, context(organizationId));
