import { Group, NativeSelect, Text } from "@mantine/core";
import {
  type BoardMembership,
  BoardMembershipInput,
  BoardMembershipPatch,
} from "../../../../common/schemas/boards.js";
import { boardMembershipRoles } from "../../../../common/schemas/enums.js";
import { useAddMembership, useUpdateMembership } from "../../api/boards.js";
import { DateField } from "../../components/forms/DateField.js";
import { ModalForm } from "../../components/forms/ModalForm.js";
import { useSchemaForm } from "../../components/forms/useSchemaForm.js";
import { notifySuccess } from "../../components/notify.js";
import { knownOption, SearchSelect } from "../../components/selects/SearchSelect.js";
import { useOrganizationOptions, usePersonOptions } from "../../components/selects/sources.js";
import { useT } from "../../i18n/useT.js";
import { personName, todayIso } from "./shared.js";

interface MembershipModalProps {
  boardId: string;
  /** The seat to change; none for a new one. */
  membership?: BoardMembership;
  onClose: () => void;
}

/** Gives a person a seat on the board, or corrects one: person, organisation, role, from–to. */
export function MembershipModal({ boardId, membership, onClose }: MembershipModalProps) {
  const t = useT();
  const add = useAddMembership(boardId);
  const update = useUpdateMembership(boardId);
  const { form, handleSubmit, submitError } = useSchemaForm({
    initialValues: {
      personId: membership?.personId ?? (null as string | null),
      organizationId: membership?.organization.id ?? (null as string | null),
      role: (membership?.role ?? "member") as string,
      startsOn: membership?.startsOn ?? (todayIso() as string | null),
      endsOn: membership?.endsOn ?? (null as string | null),
    },
    schema: membership ? BoardMembershipPatch : BoardMembershipInput,
    toInput: (values) => ({
      personId: values.personId ?? "",
      organizationId: values.organizationId ?? "",
      role: values.role,
      startsOn: values.startsOn ?? "",
      endsOn: values.endsOn,
    }),
  });

  const onSubmit = handleSubmit(async (input) => {
    if (membership) await update.mutateAsync({ id: membership.id, patch: input });
    else await add.mutateAsync(input as BoardMembershipInput);
    notifySuccess(membership ? t("common.saved") : t("boards.memberAdded"));
    onClose();
  });

  return (
    <ModalForm
      opened
      onClose={onClose}
      title={
        membership
          ? t("boards.editMembership", { name: personName(membership.person) })
          : t("boards.addMember")
      }
      onSubmit={onSubmit}
      submitError={submitError}
      submitting={form.submitting}
    >
      <SearchSelect
        label={t("boards.person")}
        description={t("participation.personHint")}
        required
        useOptions={usePersonOptions}
        knownOptions={knownOption(membership?.personId, membership && personName(membership.person))}
        {...form.getInputProps("personId")}
      />
      <SearchSelect
        label={t("boards.seatOrganization")}
        description={t("boards.seatOrganizationHint")}
        required
        useOptions={useOrganizationOptions}
        knownOptions={knownOption(membership?.organization.id, membership?.organization.name)}
        {...form.getInputProps("organizationId")}
      />
      <NativeSelect
        label={t("boards.role")}
        data={boardMembershipRoles.map((value) => ({ value, label: t(`boardRole.${value}`) }))}
        {...form.getInputProps("role")}
      />
      <Group grow align="flex-start" wrap="wrap">
        <DateField label={t("boards.since")} required {...form.getInputProps("startsOn")} />
        <DateField
          label={t("boards.until")}
          description={t("boards.untilHint")}
          clearable
          {...form.getInputProps("endsOn")}
        />
      </Group>
    </ModalForm>
  );
}

/** Ends a seat on a given day: the seat stays in the board's history. */
export function EndMembershipModal({
  boardId,
  membership,
  onClose,
}: {
  boardId: string;
  membership: BoardMembership;
  onClose: () => void;
}) {
  const t = useT();
  const update = useUpdateMembership(boardId);
  const name = personName(membership.person);
  const { form, handleSubmit, submitError } = useSchemaForm({
    initialValues: { endsOn: todayIso() as string | null },
    schema: BoardMembershipPatch,
    toInput: (values) => ({ startsOn: membership.startsOn, endsOn: values.endsOn ?? "" }),
  });

  const onSubmit = handleSubmit(async () => {
    await update.mutateAsync({ id: membership.id, patch: { endsOn: form.values.endsOn } });
    notifySuccess(t("boards.membershipEnded", { name }));
    onClose();
  });

  return (
    <ModalForm
      opened
      onClose={onClose}
      title={t("boards.endMembershipTitle", { name })}
      onSubmit={onSubmit}
      submitError={submitError}
      submitting={form.submitting}
    >
      <Text size="sm">{t("boards.endMembershipBody")}</Text>
      <DateField label={t("boards.lastDay")} required {...form.getInputProps("endsOn")} />
    </ModalForm>
  );
}
