import { z } from "zod";
import type { Reason } from "../reasons/index.js";
import { abilitiesOf } from "./abilities.js";
import { listQuery, OptionalText, page, patchShape, RequiredText, Uuid } from "./common.js";

/** A category of a disaggregation, e.g. "Women" in the set "Sex". */
export const Category = z.object({ id: Uuid, code: z.string(), name: z.string() });
export type Category = z.infer<typeof Category>;

/**
 * A disaggregation defined once and reused by indicators. System sets (sex, entity, level,
 * sector) come with every installation and cannot be changed; others are added by the agency.
 */
export const CategorySet = z.object({
  id: Uuid,
  code: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  isSystem: z.boolean(),
  categories: z.array(Category),
  /** Indicators (archived ones included) disaggregated by this set. */
  indicatorCount: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  abilities: abilitiesOf("update", "delete"),
});
export type CategorySet = z.infer<typeof CategorySet>;

export const CategoryInput = z.strictObject({ code: RequiredText(50), name: RequiredText(200) });

/** Categories in the order given; the same code twice is refused at the index of the second. */
const categoryList = z
  .array(CategoryInput)
  .min(1)
  .max(200)
  .superRefine((categories, context) => {
    const seen = new Set<string>();
    categories.forEach((category, index) => {
      if (seen.has(category.code)) {
        context.addIssue({
          code: "custom",
          path: [index, "code"],
          message: "This code is listed twice",
          params: { reason: "code_listed_twice" satisfies Reason },
        });
      }
      seen.add(category.code);
    });
  });

const categorySetFields = {
  code: RequiredText(50),
  name: RequiredText(200),
  description: OptionalText(2000),
  categories: categoryList,
};

export const CategorySetInput = z.strictObject(categorySetFields);
export type CategorySetInput = z.input<typeof CategorySetInput>;
/** `categories`, when given, replace the set's list; a category keeps its id while its code stays. */
export const CategorySetPatch = z.strictObject(patchShape(categorySetFields));

export const CategorySetListQuery = listQuery(["code", "name"] as const, {});
export type CategorySetListQuery = z.infer<typeof CategorySetListQuery>;
export const CategorySetPage = page(CategorySet);
