import { Loader, MultiSelect, Select } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useMemo, useRef, useState } from "react";
import { useT } from "../../i18n/useT.js";

export interface Option {
  value: string;
  label: string;
}

/** The option of a value already chosen, when the record being edited names it; else none. */
export const knownOption = (value: string | null | undefined, label: string | null | undefined): Option[] =>
  value && label ? [{ value, label }] : [];

/** Finds options for what the user typed; the server does the searching (diacritics, Cyrillic). */
export type OptionSource = (query: string) => { options: Option[]; isLoading: boolean };

interface CommonProps {
  label: string;
  /** The label is read by screen readers only (a choice inside a table row named by the row). */
  hideLabel?: boolean;
  description?: string;
  error?: React.ReactNode;
  required?: boolean;
  disabled?: boolean;
  placeholder?: string;
  /** Labels of the values already chosen (from the record being edited). */
  knownOptions?: Option[];
  useOptions: OptionSource;
  /** Values never offered (a plan cannot be its own predecessor). */
  exclude?: string[];
}

function useSearchOptions(
  useOptions: OptionSource,
  knownOptions: Option[] | undefined,
  selected: string[],
  exclude: string[] = [],
) {
  const [search, setSearch] = useState("");
  const labels = useRef(new Map<string, string>());
  for (const option of knownOptions ?? []) labels.current.set(option.value, option.label);
  // Searching for the chosen option's own label (Mantine shows it in the box) means "show all".
  const isChosenLabel = selected.some((value) => labels.current.get(value) === search);
  const [debounced] = useDebouncedValue(isChosenLabel ? "" : search.trim(), 250);
  const { options, isLoading } = useOptions(debounced);
  for (const option of options) labels.current.set(option.value, option.label);
  const data = useMemo(() => {
    const seen = new Set(options.map((option) => option.value));
    const chosen = selected
      .filter((value) => !seen.has(value))
      .map((value) => ({ value, label: labels.current.get(value) ?? value }));
    // A value already chosen stays listed, so its label still shows.
    return [...chosen, ...options].filter(
      (option) => selected.includes(option.value) || !exclude.includes(option.value),
    );
  }, [options, selected, exclude]);
  return { search, setSearch, data, isLoading };
}

const passThrough = ({ options }: { options: unknown[] }) => options as never;

/** A single choice among records found on the server. */
export function SearchSelect({
  value,
  onChange,
  clearable = true,
  ...props
}: CommonProps & { value?: string | null; onChange: (value: string | null) => void; clearable?: boolean }) {
  const t = useT();
  const selected = useMemo(() => (value ? [value] : []), [value]);
  const { search, setSearch, data, isLoading } = useSearchOptions(
    props.useOptions,
    props.knownOptions,
    selected,
    props.exclude,
  );
  return (
    <Select
      label={props.label}
      labelProps={props.hideLabel ? { className: "visually-hidden" } : undefined}
      description={props.description}
      error={props.error}
      required={props.required}
      disabled={props.disabled}
      placeholder={props.placeholder ?? t("common.typeToSearch")}
      searchable
      clearable={clearable}
      value={value ?? null}
      onChange={(next) => onChange(next)}
      searchValue={search}
      onSearchChange={setSearch}
      data={data}
      filter={passThrough}
      nothingFoundMessage={isLoading ? t("common.loading") : t("common.noResults")}
      rightSection={isLoading ? <Loader size={14} aria-hidden /> : undefined}
      comboboxProps={{ withinPortal: true }}
      maxDropdownHeight={280}
    />
  );
}

/** Several choices among records found on the server. */
export function SearchMultiSelect({
  value = [],
  onChange,
  ...props
}: CommonProps & { value?: string[]; onChange: (value: string[]) => void }) {
  const t = useT();
  const { search, setSearch, data, isLoading } = useSearchOptions(
    props.useOptions,
    props.knownOptions,
    value,
    props.exclude,
  );
  return (
    <MultiSelect
      label={props.label}
      description={props.description}
      error={props.error}
      required={props.required}
      disabled={props.disabled}
      placeholder={value.length ? undefined : (props.placeholder ?? t("common.typeToSearch"))}
      searchable
      clearable
      value={value}
      onChange={onChange}
      searchValue={search}
      onSearchChange={setSearch}
      data={data}
      filter={passThrough}
      nothingFoundMessage={isLoading ? t("common.loading") : t("common.noResults")}
      comboboxProps={{ withinPortal: true }}
      maxDropdownHeight={280}
    />
  );
}
