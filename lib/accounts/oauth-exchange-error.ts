/** The platform refused the code, or answered something we cannot use: shown to the customer. */
export class OAuthExchangeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "OAuthExchangeError";
  }
}
