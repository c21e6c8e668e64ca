/**
 * The rules a new password must meet (ASVS 6.2.4, 6.2.11), in one place for every path that sets
 * one: changing one's own password, an administrator creating a user or setting a password, and
 * the command line. Length beats composition rules, so there is none on which characters to use;
 * instead a password may not be one of the most common passwords, nor contain the user's e-mail
 * (its local part) or a word of their name.
 */
import { readFileSync } from "node:fs";
import type { FieldError } from "../../../common/errors.js";
import { PASSWORD_MIN_LENGTH, type PasswordRuleReason } from "../../../common/schemas/auth.js";
import { toLatin } from "../../../common/text/transliterate.js";
import { AppError } from "../../http/errors.js";

/** Whose password it is: the e-mail and display name it may not contain. */
export interface PasswordOwner {
  email: string;
  displayName: string;
}

export interface PasswordProblem {
  reason: PasswordRuleReason;
  message: string;
  params?: Record<string, string | number>;
}

/** Parts of the e-mail or name shorter than this are too common to refuse ("an", "jo"). */
const MIN_PART_LENGTH = 3;

let commonPasswords: ReadonlySet<string> | undefined;

/**
 * The list of common passwords shipped beside this file (see its header for the source and
 * licence), lower-cased. Read once, on first use.
 */
export function loadCommonPasswords(): ReadonlySet<string> {
  if (!commonPasswords) {
    const text = readFileSync(new URL("./common-passwords.txt", import.meta.url), "utf8");
    const entries = text
      .split("\n")
      .filter((line) => line !== "" && !line.startsWith("#"))
      .map((line) => line.trim().toLowerCase());
    commonPasswords = new Set(entries);
  }
  return commonPasswords;
}

/**
 * The ways to write a text for matching: Cyrillic in Latin letters, lower case, without diacritics
 * (č ć → c, š → s, ž → z), with đ as "dj" and as "d" — so "Đurđa", "djurdja" and "durda" meet.
 */
function foldings(text: string): string[] {
  const base = toLatin(text).toLowerCase().normalize("NFC");
  const strip = (value: string) => value.normalize("NFD").replace(/\p{M}+/gu, "");
  const withDj = strip(base.replace(/đ/g, "dj"));
  const withD = strip(base.replace(/đ/g, "d"));
  return withDj === withD ? [withDj] : [withDj, withD];
}

const contains = (password: string, part: string) => {
  const passwordForms = foldings(password);
  return foldings(part).some((form) => passwordForms.some((candidate) => candidate.includes(form)));
};

const isLongEnough = (part: string) => [...part].length >= MIN_PART_LENGTH;

/** Every rule the password breaks, in a fixed order; an empty list when it is acceptable. */
export function checkPasswordRules(password: string, owner: PasswordOwner): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  if (password.length < PASSWORD_MIN_LENGTH) {
    problems.push({
      reason: "too_short",
      message: `Use at least ${PASSWORD_MIN_LENGTH} characters`,
      params: { min: PASSWORD_MIN_LENGTH },
    });
  }
  if (loadCommonPasswords().has(password.trim().toLowerCase())) {
    problems.push({
      reason: "common_password",
      message: "This is one of the most common passwords; choose another",
    });
  }
  const localPart = owner.email.trim().split("@")[0] ?? "";
  if (isLongEnough(localPart) && contains(password, localPart)) {
    problems.push({ reason: "contains_email", message: "The password may not contain the e-mail address" });
  }
  const nameWords = owner.displayName.split(/[^\p{L}\p{N}]+/u).filter(isLongEnough);
  if (nameWords.some((word) => contains(password, word))) {
    problems.push({ reason: "contains_name", message: "The password may not contain the user's name" });
  }
  return problems;
}

/** Refuses a password that breaks a rule: 400 `VALIDATION`, one detail per rule on the field `path`. */
export function enforcePasswordRules(password: string, owner: PasswordOwner, path: string): void {
  const problems = checkPasswordRules(password, owner);
  if (problems.length === 0) return;
  const details: FieldError[] = problems.map((problem) => ({ path, ...problem }));
  throw new AppError("VALIDATION", `The password is not allowed: ${problems[0]?.message}`, details);
}
