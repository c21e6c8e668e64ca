import { isCooperationMeasure } from "../../../../common/schemas/enums.js";
import type { ActivitySource } from "../../../../common/schemas/indicators.js";
import type { Translate } from "../../i18n/useT.js";

/**
 * An activity source in one line of words, e.g. "Computed from: workshop, seminar — participant,
 * attended only — unique people", with the catalogue's labels lower-cased in the given locale.
 */
export function describeActivitySource(source: ActivitySource, t: Translate, locale: string): string {
  const lower = (text: string) => text.toLocaleLowerCase(locale);
  const kinds = source.eventKinds.map((kind) => lower(t(`eventKind.${kind}`))).join(", ");
  const roles = source.roles.map((role) => lower(t(`participationRole.${role}`))).join(", ");
  const who = t(source.attendedOnly ? "indicators.activityAttended" : "indicators.activityRegistered", {
    items: roles,
  });
  const measure = lower(t(`activityMeasure.${source.measure}`));
  // The network's counts do not depend on roles or attendance.
  const parts = isCooperationMeasure(source.measure) ? [kinds, measure] : [kinds, who, measure];
  return t("indicators.activitySummary", { items: parts.join(" — ") });
}
