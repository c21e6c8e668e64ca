/** The words every PDF document shares. */
import type { Catalogue } from "../catalogue.js";

/** The footer of every page. */
export const pageMessages: Catalogue<{ page: (page: number, pages: number) => string }> = {
  en: { page: (page, pages) => `Page ${page} of ${pages}` },
  bs: { page: (page, pages) => `Stranica ${page} od ${pages}` },
};
