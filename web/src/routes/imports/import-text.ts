/** The words of imports in the reader's language: kinds, fields, issue codes, how a file was read. */
import { participationRoles } from "../../../../common/schemas/enums.js";
import type { ColumnMapping, ImportIssue, ImportKind } from "../../../../common/schemas/imports.js";
import type { MessageKey } from "../../i18n/messages/en.js";
import type { Translate } from "../../i18n/useT.js";

/** The kinds the wizard offers (indicator values are imported elsewhere). */
export const wizardKinds = ["attendance", "people", "organisations"] as const satisfies readonly ImportKind[];

const kindKeys: Record<ImportKind, MessageKey> = {
  attendance: "imports.kind.attendance",
  people: "imports.kind.people",
  organisations: "imports.kind.organisations",
  indicatorValues: "imports.kind.indicatorValues",
};
export const kindLabel = (kind: ImportKind, t: Translate) => t(kindKeys[kind]);

const fieldKeys: Record<string, MessageKey> = {
  fullName: "imports.field.fullName",
  givenName: "imports.field.givenName",
  familyName: "imports.field.familyName",
  sex: "imports.field.sex",
  organisation: "imports.field.organisation",
  position: "imports.field.position",
  municipality: "imports.field.municipality",
  email: "imports.field.email",
  phone: "imports.field.phone",
  role: "imports.field.role",
  attended: "imports.field.attended",
  preScore: "imports.field.preScore",
  postScore: "imports.field.postScore",
  maxScore: "imports.field.maxScore",
  name: "imports.field.name",
  shortName: "imports.field.shortName",
  level: "imports.field.level",
  sector: "imports.field.sector",
  indicatorCode: "imports.field.indicatorCode",
  category: "imports.field.category",
  value: "imports.field.value",
};
/** A field's name; a field this version does not know shows as its code. */
export const fieldLabel = (field: string, t: Translate) => {
  const key = fieldKeys[field];
  return key ? t(key) : field;
};

const sourceKeys: Record<ColumnMapping["source"], MessageKey> = {
  user: "imports.source.user",
  remembered: "imports.source.remembered",
  exact: "imports.source.exact",
  close: "imports.source.close",
  none: "imports.source.none",
};
export const sourceLabel = (source: ColumnMapping["source"], t: Translate) =>
  sourceKeys[source] ? t(sourceKeys[source]) : source;
export const sourceColor: Record<ColumnMapping["source"], string> = {
  user: "grape",
  remembered: "blue",
  exact: "teal",
  close: "yellow",
  none: "gray",
};

/** Issue codes: the server's stable codes and the readers' own, each with a sentence. */
const issueKeys: Record<string, MessageKey> = {
  required: "imports.issue.required",
  empty: "imports.issue.required",
  sex: "imports.issue.sex",
  "invalid-sex": "imports.issue.sex",
  date: "imports.issue.date",
  "invalid-date": "imports.issue.date",
  "impossible-date": "imports.issue.impossibleDate",
  number: "imports.issue.number",
  "invalid-number": "imports.issue.number",
  score: "imports.issue.score",
  noMaxScore: "imports.issue.noMaxScore",
  municipality: "imports.issue.municipality",
  organisation: "imports.issue.organisation",
  organization: "imports.issue.organisation",
  duplicate: "imports.issue.duplicate",
  email: "imports.issue.email",
  phone: "imports.issue.phone",
  role: "imports.issue.role",
  attended: "imports.issue.yesNo",
  yesNo: "imports.issue.yesNo",
  "invalid-yes-no": "imports.issue.yesNo",
  level: "imports.issue.level",
  sector: "imports.issue.sector",
  name: "imports.issue.name",
  indicator: "imports.issue.indicator",
  category: "imports.issue.category",
};
/** The sentence of an issue; a code this version does not know gets a general one. */
export const issueMessage = (issue: Pick<ImportIssue, "code">, t: Translate) => {
  const key = issueKeys[issue.code];
  return key ? t(key) : t("imports.issue.unknown");
};

/** "Windows-1250 (Central European)": the code stays as written, its description is translated. */
export function encodingLabel(encoding: string | null, t: Translate): string | null {
  if (!encoding) return null;
  const code = encoding.toLowerCase();
  if (code === "utf-8-bom") return t("imports.encoding.utf8bom", { code: "UTF-8" });
  if (code === "utf-8" || code === "utf8") return t("imports.encoding.utf8", { code: "UTF-8" });
  if (code === "windows-1250" || code === "cp1250")
    return t("imports.encoding.windows1250", { code: "Windows-1250" });
  if (code === "windows-1251" || code === "cp1251")
    return t("imports.encoding.windows1251", { code: "Windows-1251" });
  return encoding;
}

/** "semicolon (;)": the delimiter by name, with the character itself. */
export function delimiterLabel(delimiter: string | null, t: Translate): string | null {
  if (delimiter === null || delimiter === "") return null;
  if (delimiter === ";" || delimiter === "semicolon") return t("imports.delimiter.semicolon");
  if (delimiter === "," || delimiter === "comma") return t("imports.delimiter.comma");
  if (delimiter === "\t" || delimiter === "tab") return t("imports.delimiter.tab");
  if (delimiter === "|" || delimiter === "pipe") return t("imports.delimiter.pipe");
  return delimiter;
}

const extensionOf = (name: string) =>
  name.includes(".") ? (name.split(".").at(-1) ?? "").toLowerCase() : "";

/** What is wrong with a chosen file before it is sent, in the reader's language; null when fine. */
export function checkImportFile(
  file: File,
  limits: { extensions: readonly string[]; maxBytes: number },
  t: Translate,
): string | null {
  if (!limits.extensions.includes(extensionOf(file.name)))
    return t("evidence.wrongKind", { kinds: limits.extensions.join(", ") });
  if (file.size === 0) return t("evidence.empty");
  if (file.size > limits.maxBytes) return t("evidence.tooLarge", { max: limits.maxBytes / 1024 / 1024 });
  return null;
}

const roles: readonly string[] = participationRoles;

/** Normalised values in words where the app has them (sex, yes/no); the rest as written. */
export function displayValue(field: string, value: string | null, t: Translate) {
  if (value === null || value === "") return "";
  if (field === "sex" && (value === "female" || value === "male")) return t(`sex.${value}`);
  if (field === "role" && roles.includes(value)) return t(`participationRole.${value}` as MessageKey);
  if (field === "attended" && (value === "true" || value === "false"))
    return value === "true" ? t("common.yes") : t("common.no");
  return value;
}
