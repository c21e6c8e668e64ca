import { useMemo } from "react";
import { useJurisdictions } from "../../api/jurisdictions.js";
import { useOrganizations } from "../../api/organizations.js";
import { usePeople } from "../../api/people.js";
import { usePlans } from "../../api/plans.js";
import { useProjects } from "../../api/projects.js";
import { useLocale } from "../../i18n/I18nProvider.js";
import type { Option } from "./SearchSelect.js";

const q = (query: string) => (query ? query : undefined);

export function useOrganizationOptions(query: string) {
  const result = useOrganizations({ q: q(query), pageSize: 50, sort: "name" });
  const options = useMemo<Option[]>(
    () => (result.data?.items ?? []).map((org) => ({ value: org.id, label: org.name })),
    [result.data],
  );
  return { options, isLoading: result.isFetching };
}

/** Municipalities (and Brčko District), named in the reader's script. */
export function useMunicipalityOptions(query: string) {
  const { locale } = useLocale();
  const result = useJurisdictions({ kind: "municipality", q: q(query), pageSize: 200, sort: "name" });
  const options = useMemo<Option[]>(
    () =>
      (result.data?.items ?? []).map((place) => ({
        value: place.id,
        label: locale === "sr-Cyrl-BA" ? place.nameCyrillic : place.nameLatin,
      })),
    [result.data, locale],
  );
  return { options, isLoading: result.isFetching };
}

export function usePersonOptions(query: string) {
  const result = usePeople({ q: q(query), pageSize: 20 }, { enabled: query.length >= 2 });
  const options = useMemo<Option[]>(
    () =>
      query.length < 2
        ? []
        : (result.data?.items ?? []).map((person) => ({
            value: person.id,
            label: [`${person.givenName} ${person.familyName}`, person.organizationName]
              .filter(Boolean)
              .join(" — "),
          })),
    [result.data, query],
  );
  return { options, isLoading: result.isFetching };
}

export function useProjectOptions(query: string) {
  const result = useProjects({ q: q(query), pageSize: 50 });
  const options = useMemo<Option[]>(
    () =>
      (result.data?.items ?? []).map((project) => ({
        value: project.id,
        label: `${project.code} — ${project.title}`,
      })),
    [result.data],
  );
  return { options, isLoading: result.isFetching };
}

export function usePlanOptions(query: string) {
  const result = usePlans({ q: q(query), pageSize: 50 });
  const options = useMemo<Option[]>(
    () =>
      (result.data?.items ?? []).map((plan) => ({ value: plan.id, label: plan.shortTitle || plan.title })),
    [result.data],
  );
  return { options, isLoading: result.isFetching };
}
