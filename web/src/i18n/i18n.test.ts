import { createIntl } from "react-intl";
import { describe, expect, it } from "vitest";
import { formatDateTime, formatIsoDate } from "./dates.js";
import { icuToCyrillic } from "./icu-cyrillic.js";
import { appLocales } from "./locales.js";
import { catalogues } from "./messages/index.js";

/** Sample values for every placeholder the catalogues use. */
const values = {
  fields: "Jedinica",
  reason: "Ispravka",
  kinds: "pdf, png",
  files: 30,
  count: 3,
  min: 1,
  max: 5,
  column: 4,
  name: "Јелена Петровић",
  held: 6,
  target: 6,
  title: "Naslov",
  female: 12,
  male: 8,
  items: "a, b",
  level: 2,
  index: 1,
  code: "1.2",
  tier: "Cilj",
  plan: "AP",
  page: 2,
  score: 7,
  from: "1",
  to: "2",
  value: "6,3",
  date: "31.07.2025",
  period: "2025/26",
  given: "2",
  expected: "3",
  organization: "Ministarstvo sigurnosti BiH",
  total: "20",
  time: "07:00",
  trainers: 2,
  sessions: 3,
  depth: 2,
  source: "geoBoundaries",
  origin: "Datahub",
  licence: "CC BY 4.0",
  measure: "Udio žena",
  year: "2012",
  kind: "Prisutni",
  minutes: 45,
  hours: 2,
  created: "4",
  matched: "3",
  skipped: "1",
  sheet: "Spisak",
  row: "5",
  of: "4",
  organisation: "MUP KS",
  done: "3.000",
  ties: 9,
};

describe("message catalogues", () => {
  it("give every locale every key", () => {
    for (const locale of appLocales) {
      expect(Object.keys(catalogues[locale]).sort()).toEqual(Object.keys(catalogues.en).sort());
    }
  });

  it("hold valid ICU messages that format without errors", () => {
    for (const locale of appLocales) {
      const errors: string[] = [];
      const intl = createIntl({
        locale,
        messages: catalogues[locale],
        onError: (error) => errors.push(error.message),
      });
      // Reasons are formatted with exactly their server's parameters in reasons.test.ts.
      for (const id of Object.keys(catalogues.en).filter((key) => !key.startsWith("reason."))) {
        expect(intl.formatMessage({ id }, values)).not.toBe(id);
      }
      expect(errors).toEqual([]);
    }
  });

  it("write Serbian Cyrillic with no Latin letters outside names and codes", () => {
    const allowed = new Set([
      "app.name",
      "validation.currency",
      "reason.not_a_currency_code",
      "header.language",
    ]);
    for (const [key, message] of Object.entries(catalogues["sr-Cyrl-BA"])) {
      if (allowed.has(key)) continue;
      const words = message.replace(/\{[^{}]*\}|\{\w+,\s*\w+,|\b(one|few|other)\b/g, "");
      expect(words, key).not.toMatch(/[A-Za-zČĆŠĐŽčćšđž]/);
    }
  });
});

describe("icuToCyrillic", () => {
  it("keeps placeholders, plural keywords and selectors", () => {
    expect(icuToCyrillic("Održano {held} od {target}")).toBe("Одржано {held} од {target}");
    expect(icuToCyrillic("{count, plural, one {# zapis} few {# zapisa} other {# zapisa}}")).toBe(
      "{count, plural, one {# запис} few {# записа} other {# записа}}",
    );
  });
});

describe("dates", () => {
  it("shows dd.MM.yyyy in bs, hr and sr, and a short month in English", () => {
    expect(formatIsoDate("2012-03-05", "bs")).toBe("05.03.2012");
    expect(formatIsoDate("2012-03-05", "sr-Cyrl-BA")).toBe("05.03.2012");
    expect(formatIsoDate("2012-03-05", "en")).toBe("5 Mar 2012");
    expect(formatIsoDate(null, "bs")).toBe("");
  });

  it("shows timestamps with the time of day", () => {
    expect(formatDateTime("2012-03-05T10:07:00", "hr")).toBe("05.03.2012 10:07");
  });
});
