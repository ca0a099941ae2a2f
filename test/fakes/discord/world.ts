// A Discord grant world: an organization with a connected fake guild, Discord benefits, a customer
// and purchases, driven by the test itself (jobs are marked done so no app server races it).
import { createTestBenefit, createTestCustomer, createTestOrg, createTestProduct } from "@/test/factories";
import { createTestOrder, holdBenefits } from "@/test/grant-fixtures";
import { connectTestGuild, createFakeGuild } from "./control";

export async function createDiscordWorld(guildOptions: Parameters<typeof createFakeGuild>[0] = {}) {
  const world = await createTestOrg();
  const guild = await createFakeGuild(guildOptions);
  await connectTestGuild(world.org.id, guild);
  const customer = await createTestCustomer(world.org.id);
  const product = await createTestProduct(world.org.id);
  const benefit = (roleNames: string[], options: { kick_member?: boolean } = {}) =>
    createTestBenefit(world.org.id, {
      type: "discord",
      properties: { guild_id: guild.id, roles: roleNames.map((n) => ({ role_id: guild.role(n).id })), kick_member: options.kick_member ?? false },
    });
  /** A new order holding these benefits; returns its grant ids in order. */
  const buy = async (benefitIds: string[]) => {
    const order = await createTestOrder(world.org.id, customer.id, product.id);
    const { grantIds } = await holdBenefits(world.org.id, customer.id, order.id, benefitIds);
    return { orderId: order.id, grantIds };
  };
  /** The order gives up everything it held (a refund with revoke). */
  const revokeOrder = (orderId: string) => holdBenefits(world.org.id, customer.id, orderId, []);
  return { ...world, guild, customer, product, benefit, buy, revokeOrder };
}
