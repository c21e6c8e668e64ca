import { Button, Group, NativeSelect, Paper, Stack, Textarea, TextInput } from "@mantine/core";
import { useNavigate } from "@tanstack/react-router";
import { eventKinds, eventStatuses } from "../../../../common/schemas/enums.js";
import { type Event, EventInput } from "../../../../common/schemas/events.js";
import { useMe } from "../../api/auth.js";
import { useCreateEvent, useEvent, useUpdateEvent } from "../../api/events.js";
import { useProject } from "../../api/projects.js";
import { BackLink } from "../../components/BackLink.js";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { DateField } from "../../components/forms/DateField.js";
import { orNull, useSchemaForm } from "../../components/forms/useSchemaForm.js";
import { LoadFailure } from "../../components/LoadFailure.js";
import { ButtonLink } from "../../components/links.js";
import { notifySuccess } from "../../components/notify.js";
import { PageHeader } from "../../components/PageHeader.js";
import { FrameworkNodeSelect } from "../../components/selects/FrameworkNodeSelect.js";
import { SearchMultiSelect, SearchSelect } from "../../components/selects/SearchSelect.js";
import {
  useMunicipalityOptions,
  useOrganizationOptions,
  useProjectOptions,
} from "../../components/selects/sources.js";
import { LoadingState } from "../../components/states.js";
import { useT } from "../../i18n/useT.js";

export function EventFormPage({ id }: { id?: string }) {
  const query = useEvent(id);
  if (!id) return <EventForm />;
  if (query.isLoading) return <LoadingState />;
  if (!query.data) return <LoadFailure error={query.error} />;
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
    <>
      <PageHeader
        above={
          event ? (
            <BackLink to="/events/$eventId" params={{ eventId: event.id }} label={event.title} />
          ) : (
            <BackLink to="/events" label={t("events.title")} />
          )
        }
        title={event ? t("events.editTitle") : t("events.new")}
      />
      <Paper withBorder p="md" maw={860}>
        <form onSubmit={onSubmit} noValidate>
          <Stack gap="md">
            {submitError && <ErrorAlert error={submitError} />}
            <TextInput label={t("common.title")} required {...form.getInputProps("title")} />
            <Group grow align="flex-start" wrap="wrap">
              <NativeSelect
                label={t("events.kind")}
                required
                data={[
                  { value: "", label: t("common.choose") },
                  ...eventKinds.map((value) => ({ value, label: t(`eventKind.${value}`) })),
                ]}
                {...form.getInputProps("kind")}
              />
              <NativeSelect
                label={t("common.status")}
                required
                data={eventStatuses.map((value) => ({ value, label: t(`eventStatus.${value}`) }))}
                {...form.getInputProps("status")}
              />
            </Group>
            <Group grow align="flex-start" wrap="wrap">
              <DateField label={t("common.startsOn")} required {...form.getInputProps("startsOn")} />
              <DateField label={t("common.endsOn")} clearable {...form.getInputProps("endsOn")} />
            </Group>
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
              knownOptions={
                event?.projectId && event.projectTitle
                  ? [{ value: event.projectId, label: event.projectTitle }]
                  : []
              }
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
            <Textarea
              label={t("common.description")}
              autosize
              minRows={3}
              {...form.getInputProps("description")}
            />
            <Group justify="flex-end">
              {event ? (
                <ButtonLink variant="default" to="/events/$eventId" params={{ eventId: event.id }}>
                  {t("common.cancel")}
                </ButtonLink>
              ) : (
                <ButtonLink variant="default" to="/events">
                  {t("common.cancel")}
                </ButtonLink>
              )}
              <Button type="submit" loading={form.submitting}>
                {t("common.save")}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </>
  );
}
