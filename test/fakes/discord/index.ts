export { startDiscordFake, DISCORD_FAKE_DEFAULTS, type DiscordFake, type DiscordFakeOptions } from "./server";
export { discordFakeEnv } from "./fake-env";
export { DEMO_GUILD } from "./state";
