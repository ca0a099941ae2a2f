// The access audit: who has access through Benefactor, compared with what the fake GitHub reports.
import { afterAll, beforeAll, expect, test } from "vitest";
import { db } from "@/lib/db";
import { reconcileGrant } from "@/lib/grants/reconcile-grant";
import type { GitHubFakeControl } from "@/test/fakes/github/control";
import { api, createTestBenefit, createTestCustomer, createTestOrg } from "@/test/factories";
import { createGrantWorld, createTestOrder, holdBenefits, settleWorldDeliveries } from "@/test/grant-fixtures";
import { connectCustomerGitHub, installGitHubApp, useGitHubFake } from "@/test/github-fixtures";

let fake: GitHubFakeControl;
beforeAll(async () => {
  fake = await useGitHubFake({ requireShared: true });
});
afterAll(settleWorldDeliveries);

test("lists access through Benefactor and, on check, every difference with GitHub", async () => {
  const w = await createGrantWorld([]);
  const gh = await installGitHubApp(fake, w.org.id, 1);
  const [repo] = gh.repos;
  const benefit = await createTestBenefit(w.org.id, { type: "github_repository", properties: { repository_owner: repo.owner, repository_name: repo.name, permission: "push" } });
  const logins: string[] = [];
  for (let i = 0; i < 3; i++) {
    const customer = i === 0 ? w.customer : await createTestCustomer(w.org.id);
    logins.push((await connectCustomerGitHub(fake, customer.id)).login);
    const order = await createTestOrder(w.org.id, customer.id, w.product.id);
    const [grantId] = (await holdBenefits(w.org.id, customer.id, order.id, [benefit.id])).grantIds;
    expect(await reconcileGrant(db, grantId)).toBe("granted");
  }
  const [pending, accepted, removed] = logins;
  await fake.acceptInvitation(repo.owner, repo.name, accepted);
  await fake.acceptInvitation(repo.owner, repo.name, removed);
  await fake.removeCollaboratorByHand(repo.owner, repo.name, removed);
  const stranger = (await fake.createUser()).login;
  await fake.addCollaboratorByHand(repo.owner, repo.name, stranger, "admin");

  const path = `/v1/integrations/github/repositories/${repo.owner}/${repo.name}/access`;
  const plain = await api(path, { token: w.token });
  expect(plain.status).toBe(200);
  const listed = (await plain.json()) as { access: { login: string; permission: string }[] };
  expect(listed.access.map((a) => [a.login, a.permission])).toEqual(logins.map((l) => [l, "push"]));

  const checked = await api(`${path}?check=true`, { token: w.token });
  expect(checked.status).toBe(200);
  const body = (await checked.json()) as { differences: { login: string; kind: string }[] };
  expect(body.differences.map((d) => [d.kind, d.login.toLowerCase()]).sort()).toEqual(
    [
      ["added_on_github", stranger.toLowerCase()],
      ["invitation_not_accepted", pending.toLowerCase()],
      ["removed_on_github", removed.toLowerCase()],
    ].sort(),
  );
});

test("no auth is 401; another organization sees nobody and cannot check; a bad name is 404", async () => {
  const w = await createGrantWorld([]);
  const gh = await installGitHubApp(fake, w.org.id, 1);
  const [repo] = gh.repos;
  const path = `/v1/integrations/github/repositories/${repo.owner}/${repo.name}/access`;
  expect((await api(path)).status).toBe(401);
  const other = await createTestOrg();
  expect(await (await api(path, { token: other.token })).json()).toEqual({ repository: `${repo.owner}/${repo.name}`, access: [] });
  const check = await api(`${path}?check=true`, { token: other.token });
  expect(check.status).toBe(400);
  expect(await check.json()).toEqual({
    error: "BadRequest",
    detail: "GitHub integration not configured: connect GitHub on the Integrations page, then retry",
    code: "github_unavailable",
  });
  const bad = await api(`/v1/integrations/github/repositories/${repo.owner}/bad%20name/access`, { token: w.token });
  expect(bad.status).toBe(404);
  expect(await bad.json()).toEqual({ error: "ResourceNotFound", detail: "Repository not found" });
});
