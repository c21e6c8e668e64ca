import { createIntl } from "react-intl";
import { describe, expect, it } from "vitest";
import { type Reason, reasons } from "../../../common/errors.js";
import { reasonTexts } from "../../../common/reasons/index.js";
import { NewPassword } from "../../../common/schemas/auth.js";
import { ApiError } from "../api/client.js";
import { errorReasons } from "../components/ErrorAlert.js";
import { reasonKey } from "../components/forms/reasons.js";
import { issueMessage, serverFieldErrors } from "../components/forms/validation.js";
import { appLocales } from "./locales.js";
import { catalogues } from "./messages/index.js";
import type { Translate } from "./useT.js";

/** A sample value for every parameter the reason's English text names (and no other). */
const valuesOf = (reason: Reason) =>
  Object.fromEntries([...reasonTexts[reason].matchAll(/\{(\w+)\}/g)].map((match) => [match[1], 3]));

describe("reason codes", () => {
  it("have a message of their own in every locale, using only the parameters the server sends", () => {
    const english = createIntl({ locale: "en", messages: catalogues.en });
    for (const reason of reasons) {
      const key = reasonKey(reason);
      const values = valuesOf(reason);
      const englishText = english.formatMessage({ id: key }, values);
      for (const locale of appLocales) {
        const errors: string[] = [];
        const intl = createIntl({
          locale,
          messages: catalogues[locale],
          onError: (error) => errors.push(error.message),
        });
        const text = intl.formatMessage({ id: key }, values);
        expect(errors, `${locale} ${reason}`).toEqual([]);
        expect(text, `${locale} ${reason}`).not.toBe(key);
        // Translated, not the English text standing in.
        if (locale !== "en") expect(text, `${locale} ${reason}`).not.toBe(englishText);
      }
    }
  });

  it("are written in Cyrillic for sr-Cyrl-BA and name the minimum length", () => {
    const intl = createIntl({ locale: "sr-Cyrl-BA", messages: catalogues["sr-Cyrl-BA"] });
    expect(intl.formatMessage({ id: "reason.too_short" }, { min: 12 })).toBe(
      "Лозинка треба имати најмање 12 знакова",
    );
    expect(intl.formatMessage({ id: "reason.contains_email" })).toMatch(/^[^A-Za-z]+$/);
  });

  it("put the server's reason on the field, and the schema's own length rule, in the reader's language", () => {
    const intl = createIntl({ locale: "bs", messages: catalogues.bs });
    const t: Translate = (id, values) => intl.formatMessage({ id }, values);
    const errors = serverFieldErrors(
      [
        {
          path: "newPassword",
          message: "This is one of the most common passwords",
          reason: "common_password",
        },
        { path: "password", message: "Use at least 12 characters", reason: "too_short", params: { min: 12 } },
        { path: "email", message: "Something new", reason: "not_a_known_reason" as Reason },
      ],
      t,
    );
    expect(errors).toEqual({
      newPassword: catalogues.bs["reason.common_password"],
      password: "Lozinka treba imati najmanje 12 znakova",
      email: catalogues.bs["validation.invalid"],
    });
    const issue = NewPassword.safeParse("short").error?.issues[0];
    expect(issue && issueMessage(issue, t)).toBe("Lozinka treba imati najmanje 12 znakova");
  });

  it("are listed under an error alert, e.g. a file refused for its width, in Cyrillic for sr-Cyrl-BA", () => {
    const intl = createIntl({ locale: "sr-Cyrl-BA", messages: catalogues["sr-Cyrl-BA"] });
    const t: Translate = (id, values) => intl.formatMessage({ id }, values);
    const error = new ApiError(400, "VALIDATION", "The request is not valid", [
      {
        path: "file",
        message: "The file has more than 500 columns",
        reason: "too_many_columns",
        params: { max: 500 },
      },
      { path: "title", message: "Invalid" },
    ]);
    expect(errorReasons(error, t)).toEqual([
      "Датотека има више од 500 колона. Оставите само колоне списка и покушајте поново.",
    ]);
  });
});
