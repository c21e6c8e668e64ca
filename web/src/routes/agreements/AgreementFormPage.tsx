import { Select, SimpleGrid, TextInput } from "@mantine/core";
import { useNavigate } from "@tanstack/react-router";
import { createContext, useContext, useMemo, useState } from "react";
import { type Agreement, AgreementInput } from "../../../../common/schemas/cooperation.js";
import { agreementKinds, organizationLevels } from "../../../../common/schemas/enums.js";
import { useAgreement, useCreateAgreement, useUpdateAgreement } from "../../api/agreements.js";
import { useMe } from "../../api/auth.js";
import { useJurisdictions } from "../../api/jurisdictions.js";
import { usePlan } from "../../api/plans.js";
import { useProject } from "../../api/projects.js";
import { ChooseSelect } from "../../components/forms/ChooseSelect.js";
import { DateField } from "../../components/forms/DateField.js";
import { FormPage } from "../../components/forms/FormPage.js";
import { DescriptionField } from "../../components/forms/fields.js";
import { orNull, useSchemaForm } from "../../components/forms/useSchemaForm.js";
import { RecordPending } from "../../components/LoadFailure.js";
import { notifySuccess } from "../../components/notify.js";
import {
  knownOption,
  type Option,
  SearchMultiSelect,
  SearchSelect,
} from "../../components/selects/SearchSelect.js";
import {
  useOrganizationOptions,
  usePlanOptions,
  useProjectOptions,
} from "../../components/selects/sources.js";
import { useLocale } from "../../i18n/I18nProvider.js";
import { useT } from "../../i18n/useT.js";

export function AgreementFormPage({ id }: { id?: string }) {
  const query = useAgreement(id);
  if (!id) return <AgreementForm />;
  if (!query.data) return <RecordPending query={query} />;
  return <AgreementForm agreement={query.data} />;
}

/** Entities, cantons, Brčko District and municipalities, named in the reader's script. */
function useJurisdictionOptions(query: string) {
  const { locale } = useLocale();
  const result = useJurisdictions({ q: query || undefined, pageSize: 50, sort: "name" });
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

/** The names of the organisations offered as parties so far, by id (filled by `usePartyOptions`). */
const PartyNames = createContext<Map<string, string> | null>(null);

/** Organisations found by search, each name remembered so the lead can be chosen among the parties by name. */
function usePartyOptions(query: string) {
  const names = useContext(PartyNames);
  const result = useOrganizationOptions(query);
  for (const option of result.options) names?.set(option.value, option.label);
  return result;
}

function AgreementForm({ agreement }: { agreement?: Agreement }) {
  const t = useT();
  const navigate = useNavigate();
  const { data: me } = useMe();
  const create = useCreateAgreement();
  const update = useUpdateAgreement();
  const plan = usePlan(agreement?.planId);
  const project = useProject(agreement?.projectId);

  // A representative or partner writes only agreements their organisation signed: it starts as a party.
  const ownOrganization =
    me?.organizationId && me.organizationName
      ? [{ value: me.organizationId, label: me.organizationName }]
      : [];
  const knownParties = [
    ...ownOrganization,
    ...(agreement?.parties.map((party) => ({ value: party.organizationId, label: party.name })) ?? []),
  ];
  const [names] = useState(() => new Map<string, string>());
  for (const party of knownParties) names.set(party.value, party.label);

  const { form, handleSubmit, submitError } = useSchemaForm({
    initialValues: {
      title: agreement?.title ?? "",
      kind: agreement?.kind ?? "",
      reference: agreement?.reference ?? "",
      signedOn: agreement?.signedOn ?? null,
      validUntil: agreement?.validUntil ?? null,
      level: agreement?.level ?? "",
      jurisdictionId: agreement?.jurisdictionId ?? null,
      partyIds:
        agreement?.parties.map((party) => party.organizationId) ?? ownOrganization.map((org) => org.value),
      leadOrganizationId: agreement?.leadOrganizationId ?? null,
      planId: agreement?.planId ?? null,
      projectId: agreement?.projectId ?? null,
      description: agreement?.description ?? "",
    },
    schema: AgreementInput,
    toInput: (values) => ({
      ...values,
      signedOn: values.signedOn ?? "",
      reference: orNull(values.reference),
      description: orNull(values.description),
    }),
  });

  const onSubmit = handleSubmit(async (input) => {
    const saved = agreement
      ? await update.mutateAsync({ id: agreement.id, patch: input })
      : await create.mutateAsync(input);
    notifySuccess(agreement ? t("common.saved") : t("common.created"));
    await navigate({ to: "/agreements/$agreementId", params: { agreementId: saved.id } });
  });

  const partiesProps = form.getInputProps("partyIds");
  const partyIds = form.values.partyIds;
  const leadOptions = partyIds.map((id) => ({ value: id, label: names.get(id) ?? id }));

  return (
    <FormPage
      title={agreement ? t("agreements.editTitle") : t("agreements.new")}
      back={
        agreement
          ? { to: "/agreements/$agreementId", params: { agreementId: agreement.id }, label: agreement.title }
          : { to: "/agreements", label: t("agreements.title") }
      }
      onSubmit={onSubmit}
      submitError={submitError}
      submitting={form.submitting}
      maw={860}
    >
      <TextInput label={t("common.title")} required {...form.getInputProps("title")} />
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        <ChooseSelect
          label={t("agreements.kind")}
          required
          options={agreementKinds.map((value) => ({ value, label: t(`agreementKind.${value}`) }))}
          {...form.getInputProps("kind")}
        />
        <TextInput label={t("agreements.reference")} {...form.getInputProps("reference")} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        <DateField label={t("agreements.signedOn")} required {...form.getInputProps("signedOn")} />
        <DateField label={t("agreements.validUntil")} clearable {...form.getInputProps("validUntil")} />
      </SimpleGrid>
      <PartyNames value={names}>
        <SearchMultiSelect
          label={t("agreements.parties")}
          description={t("agreements.partiesHint")}
          required
          useOptions={usePartyOptions}
          knownOptions={knownParties}
          {...partiesProps}
          onChange={(next: string[]) => {
            partiesProps.onChange(next);
            // The lead is one of the parties: dropping it as a party drops it as the lead.
            if (form.values.leadOrganizationId && !next.includes(form.values.leadOrganizationId))
              form.setFieldValue("leadOrganizationId", null);
          }}
        />
      </PartyNames>
      <Select
        label={t("agreements.lead")}
        description={t("agreements.leadHint")}
        placeholder={partyIds.length > 0 ? t("common.choose") : undefined}
        data={leadOptions}
        disabled={partyIds.length === 0}
        clearable
        clearButtonProps={{ "aria-label": t("common.clear") }}
        comboboxProps={{ withinPortal: true }}
        {...form.getInputProps("leadOrganizationId")}
      />
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        <ChooseSelect
          label={t("agreements.level")}
          required
          options={organizationLevels.map((value) => ({ value, label: t(`level.${value}`) }))}
          {...form.getInputProps("level")}
        />
        <SearchSelect
          label={t("agreements.jurisdictionChoice")}
          useOptions={useJurisdictionOptions}
          knownOptions={knownOption(agreement?.jurisdictionId, agreement?.jurisdictionName)}
          {...form.getInputProps("jurisdictionId")}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        <SearchSelect
          label={t("agreements.plan")}
          useOptions={usePlanOptions}
          knownOptions={knownOption(agreement?.planId, plan.data?.shortTitle || plan.data?.title)}
          {...form.getInputProps("planId")}
        />
        <SearchSelect
          label={t("agreements.project")}
          useOptions={useProjectOptions}
          knownOptions={knownOption(
            agreement?.projectId,
            project.data && `${project.data.code} — ${project.data.title}`,
          )}
          {...form.getInputProps("projectId")}
        />
      </SimpleGrid>
      <DescriptionField {...form.getInputProps("description")} />
    </FormPage>
  );
}
