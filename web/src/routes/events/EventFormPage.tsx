import { Group, NativeSelect, TextInput } from "@mantine/core";
import { useNavigate } from "@tanstack/react-router";
import { eventKinds, eventStatuses } from "../../../../common/schemas/enums.js";
import { type Event, EventInput } from "../../../../common/schemas/events.js";
import { useMe } from "../../api/auth.js";
import { useCreateEvent, useEvent, useUpdateEvent } from "../../api/events.js";
import { useProject } from "../../api/projects.js";
import { ChooseSelect } from "../../components/forms/ChooseSelect.js";
import { FormPage } from "../../components/forms/FormPage.js";
import { DescriptionField, PeriodFields } from "../../components/forms/fields.js";
import { orNull, useSchemaForm } from "../../components/forms/useSchemaForm.js";
import { RecordPending } from "../../components/LoadFailure.js";
import { notifySuccess } from "../../components/notify.js";
import { FrameworkNodeSelect } from "../../components/selects/FrameworkNodeSelect.js";
import { knownOption, SearchMultiSelect, SearchSelect } from "../../components/selects/SearchSelect.js";
import {
  useMunicipalityOptions,
  useOrganizationOptions,
  useProjectOptions,
} from "../../components/selects/sources.js";
import { useT } from "../../i18n/useT.js";

export function EventFormPage({ id }: { id?: string }) {
  const query = useEvent(id);
  if (!id) return <EventForm />;
  if (!query.data) return <RecordPending query={query} />;
  return <EventForm event={query.data} />;
}

function EventForm({ event }: { event?: Event }) {
  const t = useT();
  const navigate = useNavigate();
  const { data: me } = useMe();
  const create = useCreateEvent();
  const update = useUpdateEvent();

  const ownOrganization =
    me?.organizationId && me.organizationName
      ? [{ value: me.organizationId, label: me.organizationName }]
      : [];
  const { form, handleSubmit, submitError } = useSchemaForm({
    initialValues: {
      title: event?.title ?? "",
      kind: event?.kind ?? "",
      status: event?.status ?? "planned",
      startsOn: event?.startsOn ?? null,
      endsOn: event?.endsOn ?? null,
      jurisdictionId: event?.jurisdictionId ?? null,
      venue: event?.venue ?? "",
      projectId: event?.projectId ?? null,
      organizerIds: event?.organizers.map((org) => org.id) ?? ownOrganization.map((org) => org.value),
      frameworkNodeIds: event?.frameworkNodeIds ?? [],
      description: event?.description ?? "",
    },
    schema: EventInput,
    toInput: (values) => ({
      ...values,
      startsOn: values.startsOn ?? "",
      // A one-day event: the end date defaults to the start date.
      endsOn: values.endsOn ?? values.startsOn ?? "",
      venue: orNull(values.venue),
      description: orNull(values.description),
    }),
  });
  const project = useProject(form.values.projectId);

  const onSubmit = handleSubmit(async (input) => {
    const saved = event
      ? await update.mutateAsync({ id: event.id, patch: input })
      : await create.mutateAsync(input);
    notifySuccess(event ? t("common.saved") : t("common.created"));
    await navigate({ to: "/events/$eventId", params: { eventId: saved.id } });
  });

  return (
    <FormPage
      title={event ? t("events.editTitle") : t("events.new")}
      back={
        event
          ? { to: "/events/$eventId", params: { eventId: event.id }, label: event.title }
          : { to: "/events", label: t("events.title") }
      }
      onSubmit={onSubmit}
      submitError={submitError}
      submitting={form.submitting}
      maw={860}
    >
      <TextInput label={t("common.title")} required {...form.getInputProps("title")} />
      <Group grow align="flex-start" wrap="wrap">
        <ChooseSelect
          label={t("events.kind")}
          required
          options={eventKinds.map((value) => ({ value, label: t(`eventKind.${value}`) }))}
          {...form.getInputProps("kind")}
        />
        <NativeSelect
          label={t("common.status")}
          required
          data={eventStatuses.map((value) => ({ value, label: t(`eventStatus.${value}`) }))}
          {...form.getInputProps("status")}
        />
      </Group>
      <PeriodFields start={form.getInputProps("startsOn")} end={form.getInputProps("endsOn")} optionalEnd />
      <Group grow align="flex-start" wrap="wrap">
        <SearchSelect
          label={t("common.municipality")}
          required
          useOptions={useMunicipalityOptions}
          knownOptions={event ? [{ value: event.jurisdictionId, label: event.jurisdictionName }] : []}
          {...form.getInputProps("jurisdictionId")}
        />
        <TextInput label={t("events.venue")} {...form.getInputProps("venue")} />
      </Group>
      <SearchSelect
        label={t("events.project")}
        useOptions={useProjectOptions}
        knownOptions={knownOption(event?.projectId, event?.projectTitle)}
        {...form.getInputProps("projectId")}
      />
      <SearchMultiSelect
        label={t("events.organizers")}
        required
        useOptions={useOrganizationOptions}
        knownOptions={[
          ...ownOrganization,
          ...(event?.organizers.map((org) => ({ value: org.id, label: org.name })) ?? []),
        ]}
        {...form.getInputProps("organizerIds")}
      />
      <FrameworkNodeSelect
        label={t("events.frameworkNodes")}
        description={t("events.frameworkNodesHint")}
        restrictToPlansOf={form.values.projectId ? (project.data?.frameworkNodeIds ?? null) : null}
        {...form.getInputProps("frameworkNodeIds")}
      />
      <DescriptionField {...form.getInputProps("description")} />
    </FormPage>
  );
}
