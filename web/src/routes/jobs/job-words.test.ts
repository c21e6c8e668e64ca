import { describe, expect, it } from "vitest";
import type { MessageValues, Translate } from "../../i18n/useT.js";
import { kindLabel, scheduleInWords } from "./job-words.js";

/** The key and its values, so the test sees which words were chosen with what. */
const t: Translate = (id, values?: MessageValues) => (values ? `${id}${JSON.stringify(values)}` : id);

describe("the jobs page's words", () => {
  it("names known kinds in the reader's words and shows an unknown kind's code", () => {
    expect(kindLabel(t, "mail.reminder-digest")).toBe("jobs.kind.reminderDigest");
    expect(kindLabel(t, "reports.generate")).toBe("reports.generate");
  });

  it("says a schedule in words, in Sarajevo time, and any other as it is", () => {
    expect(scheduleInWords(t, "* * * * *", "Europe/Sarajevo")).toBe("jobs.every.minute, jobs.sarajevoTime");
    expect(scheduleInWords(t, "15 * * * *", "Europe/Sarajevo")).toBe(
      'jobs.every.hour{"time":":15"}, jobs.sarajevoTime',
    );
    expect(scheduleInWords(t, "30 7 * * *", "Europe/Sarajevo")).toBe(
      'jobs.every.day{"time":"07:30"}, jobs.sarajevoTime',
    );
    expect(scheduleInWords(t, "0 7 * * *", null)).toBe('jobs.every.day{"time":"07:00"} (UTC)');
    expect(scheduleInWords(t, "0 7 * * 1-5", "Europe/Sarajevo")).toBe("0 7 * * 1-5 (Europe/Sarajevo)");
  });
});
