import { Group, Switch, TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { type ReactNode, useEffect, useRef, useState } from "react";
import { useT } from "../../i18n/useT.js";

interface ListToolbarProps {
  search: string | undefined;
  onSearch: (q: string | undefined) => void;
  /** Archived rows: shown with the others when on. Lists without archiving leave it out. */
  archived?: boolean;
  onArchivedChange?: (include: boolean) => void;
  /** Filter inputs (selects) shown after the search box. */
  children?: ReactNode;
}

/** Search box (debounced; the server folds diacritics and script), filters and the archived toggle. */
export function ListToolbar({ search, onSearch, archived, onArchivedChange, children }: ListToolbarProps) {
  const t = useT();
  const [text, setText] = useState(search ?? "");
  const [debounced] = useDebouncedValue(text, 300);
  const lastSent = useRef(search ?? "");

  useEffect(() => {
    const value = debounced.trim();
    if (value === lastSent.current) return;
    lastSent.current = value;
    onSearch(value || undefined);
  }, [debounced, onSearch]);

  useEffect(() => {
    // The address changed from outside (back button): show what it holds.
    if ((search ?? "") !== lastSent.current) {
      lastSent.current = search ?? "";
      setText(search ?? "");
    }
  }, [search]);

  return (
    <Group align="flex-end" gap="sm" mb="md" wrap="wrap">
      <TextInput
        type="search"
        label={t("common.search")}
        placeholder={t("common.searchPlaceholder")}
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
        style={{ flex: "1 1 220px", maxWidth: 360 }}
      />
      {children}
      {onArchivedChange && (
        <Switch
          label={t("common.showArchived")}
          checked={Boolean(archived)}
          onChange={(event) => onArchivedChange(event.currentTarget.checked)}
          mb={8}
        />
      )}
    </Group>
  );
}
