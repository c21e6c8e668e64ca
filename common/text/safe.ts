/**
 * Text that PostgreSQL and every export can keep as it is: no NUL character (PostgreSQL refuses it
 * in text, SQLSTATE 22021) and no lone UTF-16 surrogate (it has no UTF-8 form and would be stored
 * as U+FFFD, silently changing what the user sent).
 */
const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export const isSafeText = (text: string): boolean => !text.includes("\u0000") && !loneSurrogate.test(text);

export const unsafeTextMessage = "Text may not contain a NUL character or a broken Unicode sequence";

/** The path (keys from the root) of the first unsafe string in a parsed request part, or null. */
export function findUnsafeText(value: unknown): (string | number)[] | null {
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value, path: [] }];
  while (stack.length > 0) {
    const item = stack.pop() as { value: unknown; path: (string | number)[] };
    if (typeof item.value === "string") {
      if (!isSafeText(item.value)) return item.path;
    } else if (Array.isArray(item.value)) {
      item.value.forEach((element, index) => {
        stack.push({ value: element, path: [...item.path, index] });
      });
    } else if (item.value !== null && typeof item.value === "object") {
      for (const [key, element] of Object.entries(item.value)) {
        if (!isSafeText(key)) return [...item.path, key];
        stack.push({ value: element, path: [...item.path, key] });
      }
    }
  }
  return null;
}
