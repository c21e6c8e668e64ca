import { NumberInput, TextInput } from "@mantine/core";
import { useNavigate } from "@tanstack/react-router";
import { type BoardDetail, BoardInput, BoardPatch } from "../../../../common/schemas/boards.js";
import { useBoard, useCreateBoard, useUpdateBoard } from "../../api/boards.js";
import { FormPage } from "../../components/forms/FormPage.js";
import { DescriptionField } from "../../components/forms/fields.js";
import { numberOrNull, orNull, useSchemaForm } from "../../components/forms/useSchemaForm.js";
import { RecordPending } from "../../components/LoadFailure.js";
import { notifySuccess } from "../../components/notify.js";
import { knownOption, SearchSelect } from "../../components/selects/SearchSelect.js";
import { usePlanOptions } from "../../components/selects/sources.js";
import { useT } from "../../i18n/useT.js";

export function BoardFormPage({ id }: { id?: string }) {
  const query = useBoard(id);
  if (!id) return <BoardForm />;
  if (!query.data) return <RecordPending query={query} />;
  return <BoardForm board={query.data} />;
}

/** A board's plan, name, description and its yearly commitment to consult NGOs. */
function BoardForm({ board }: { board?: BoardDetail }) {
  const t = useT();
  const navigate = useNavigate();
  const create = useCreateBoard();
  const update = useUpdateBoard();
  const { form, handleSubmit, submitError } = useSchemaForm({
    initialValues: {
      planId: board?.planId ?? (null as string | null),
      name: board?.name ?? "",
      description: board?.description ?? "",
      ngoConsultationsPerYear: (board?.ngoConsultationsPerYear ?? "") as number | string,
    },
    // The plan is chosen once: a board does not move to another plan.
    schema: board ? BoardPatch : BoardInput,
    toInput: (values) => ({
      ...(board ? {} : { planId: values.planId ?? "" }),
      name: values.name,
      description: orNull(values.description),
      ngoConsultationsPerYear: numberOrNull(values.ngoConsultationsPerYear),
    }),
  });

  const onSubmit = handleSubmit(async (input) => {
    const saved = board
      ? await update.mutateAsync({ id: board.id, patch: input })
      : await create.mutateAsync(input as BoardInput);
    notifySuccess(board ? t("common.saved") : t("common.created"));
    await navigate({ to: "/boards/$boardId", params: { boardId: saved.id } });
  });

  return (
    <FormPage
      title={board ? t("boards.editTitle") : t("boards.new")}
      back={
        board
          ? { to: "/boards/$boardId", params: { boardId: board.id }, label: board.name }
          : { to: "/boards", label: t("boards.title") }
      }
      onSubmit={onSubmit}
      submitError={submitError}
      submitting={form.submitting}
      maw={760}
    >
      <SearchSelect
        label={t("boards.plan")}
        required
        disabled={Boolean(board)}
        description={board ? t("boards.planFixed") : undefined}
        useOptions={usePlanOptions}
        knownOptions={knownOption(board?.planId, board?.planTitle)}
        {...form.getInputProps("planId")}
      />
      <TextInput label={t("common.name")} required {...form.getInputProps("name")} />
      <DescriptionField {...form.getInputProps("description")} />
      <NumberInput
        label={t("boards.ngoConsultationsPerYear")}
        description={t("boards.ngoConsultationsHint")}
        min={0}
        max={366}
        allowDecimal={false}
        maw={260}
        {...form.getInputProps("ngoConsultationsPerYear")}
      />
    </FormPage>
  );
}
