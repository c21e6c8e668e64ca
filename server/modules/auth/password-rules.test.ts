import { describe, expect, it } from "vitest";
import { AppError } from "../../http/errors.js";
import { checkPasswordRules, enforcePasswordRules, loadCommonPasswords } from "./password-rules.js";

const owner = { email: "djurdja.kovacevic@example.org", displayName: "Đurđa Kovačević-Ilić" };
const reasons = (password: string, who = owner) => checkPasswordRules(password, who).map((p) => p.reason);

describe("password rules", () => {
  it("ship a list of at least 10,000 common passwords, lower-cased, without the header", () => {
    const list = loadCommonPasswords();
    expect(list.size).toBeGreaterThanOrEqual(10_000);
    expect(list.has("password")).toBe(true);
    expect(list.has("qwerty123456")).toBe(true);
    expect([...list].some((entry) => entry.startsWith("#") || entry !== entry.toLowerCase())).toBe(false);
  });

  it("refuse a common password whatever its case and surrounding spaces", () => {
    expect(reasons("qwerty123456")).toEqual(["common_password"]);
    expect(reasons("  QwErTy123456 ")).toEqual(["common_password"]);
  });

  it("refuse the e-mail's local part and any word of the name, across case, diacritics and script", () => {
    expect(reasons("xx-DJURDJA.KOVACEVIC-xx")).toEqual(expect.arrayContaining(["contains_email"]));
    expect(reasons("kovacevic is my name")).toEqual(["contains_name"]);
    expect(reasons("KOVAČEVIĆ is my name")).toEqual(["contains_name"]);
    expect(reasons("ilić-forever-and-ever")).toEqual(["contains_name"]);
    expect(reasons("durda with a plain d")).toEqual(["contains_name"]);
    expect(reasons("Ђурђа у ћирилици")).toEqual(["contains_name"]);
  });

  it("ignore parts shorter than three characters", () => {
    const short = { email: "jo@example.org", displayName: "Al Bo" };
    expect(reasons("jo-al-bo-and-a-long-tail", short)).toEqual([]);
  });

  it("accept a long password that breaks no rule", () => {
    expect(reasons("river-lamp-orbit-1325")).toEqual([]);
  });

  it("say too short with the minimum, and throw VALIDATION on the field given", () => {
    expect(checkPasswordRules("short", owner)).toEqual([
      { reason: "too_short", message: expect.any(String), params: { min: 12 } },
    ]);
    let thrown: unknown;
    try {
      enforcePasswordRules("password1234", owner, "newPassword");
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(AppError);
    expect((thrown as AppError).code).toBe("VALIDATION");
    expect((thrown as AppError).details).toEqual([
      expect.objectContaining({ path: "newPassword", reason: "common_password" }),
    ]);
    expect(() => enforcePasswordRules("river-lamp-orbit-1325", owner, "password")).not.toThrow();
  });
});
