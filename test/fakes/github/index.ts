export { startGitHubFake, type GitHubFake } from "./server";
export { githubFakeEnv } from "./fake-env";
