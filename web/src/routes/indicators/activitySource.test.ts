import { createIntl } from "react-intl";
import { describe, expect, it } from "vitest";
import type { ActivitySource } from "../../../../common/schemas/indicators.js";
import type { MessageKey } from "../../i18n/messages/en.js";
import { catalogues } from "../../i18n/messages/index.js";
import type { Translate } from "../../i18n/useT.js";
import { describeActivitySource } from "./activitySource.js";

const translator = (locale: "en" | "bs"): Translate => {
  const intl = createIntl({ locale, messages: catalogues[locale] });
  return (id: MessageKey, values) => intl.formatMessage({ id }, values);
};

describe("describeActivitySource", () => {
  it("puts kinds of events, roles, attendance and measure into words", () => {
    const source: ActivitySource = {
      eventKinds: ["workshop", "seminar"],
      roles: ["participant", "co_trainer"],
      attendedOnly: true,
      measure: "unique_people",
    };
    expect(describeActivitySource(source, translator("en"), "en")).toBe(
      "Computed from: workshop, seminar — participant, co-trainer, attended only — unique people",
    );
  });

  it("says when registered participations count too, in Bosnian", () => {
    const text = describeActivitySource(
      { eventKinds: ["workshop"], roles: ["participant"], attendedOnly: false, measure: "events_held" },
      translator("bs"),
      "bs",
    );
    expect(text).toMatch(/^Računa se iz: /);
    expect(text).toContain("prisutni ili ne");
  });
});
