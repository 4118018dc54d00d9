/** The compiled catalogs src/build/catalogs-plugin.ts serves. */
declare module "virtual:catalog/*" {
  import type { Messages } from "@lingui/core";
  export const messages: Messages;
}
declare module "virtual:rest-messages-ready" {}
