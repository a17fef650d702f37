declare namespace App {
  interface Locals {
    /** Language of the page being rendered, from its URL (src/middleware.ts). */
    lang: import('./model/schemas.ts').Lang;
    /** The page's interface text: t(key, values) from its language's dictionary (src/i18n/). */
    t: import('./i18n/ui.ts').T;
    /** Source ids cited on the page being rendered, in citation order. */
    citations?: string[];
    /** The records the page shows; set when rendering a frozen version (see src/model/records.ts). */
    records?: import('./model/records.ts').ShownRecords;
    /** The building blocks of the page being rendered, for <Bouwsteen />. */
    blocks?: import('./model/schemas.ts').BuildingBlock[];
    /** The steps of the guided story being rendered, for <Stap />. */
    steps?: import('./model/schemas.ts').StoryStep[];
    /** The date of the published version being rendered, for <Versiedatum />. */
    versionDate?: string;
    /** How many glossary definitions the page shows so far, for their unique ids. */
    termDefinitions?: number;
  }
}
