declare namespace App {
  interface Locals {
    /** Language of the page being rendered, for components inside MDX. */
    lang?: import('./lib/schemas.ts').Lang;
    /** Source ids cited on the page being rendered, in citation order. */
    citations?: string[];
  }
}
