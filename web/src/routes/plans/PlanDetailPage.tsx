import { Alert, Badge, Group, Paper, Text } from "@mantine/core";
import { useMe } from "../../api/auth.js";
import { useArchivePlan, usePlan, useRestorePlan } from "../../api/plans.js";
import { ArchiveButton } from "../../components/ArchiveButton.js";
import { BackLink } from "../../components/BackLink.js";
import { DetailList } from "../../components/DetailList.js";
import { LoadFailure } from "../../components/LoadFailure.js";
import { ButtonLink, TextLink } from "../../components/links.js";
import { PageHeader } from "../../components/PageHeader.js";
import { canEdit } from "../../components/permissions.js";
import { LoadingState } from "../../components/states.js";
import { useFormat } from "../../i18n/format.js";
import { useT } from "../../i18n/useT.js";
import { PlanStatusBadge } from "./PlansListPage.js";

export function PlanDetailPage({ id }: { id: string }) {
  const t = useT();
  const format = useFormat();
  const { data: me } = useMe();
  const query = usePlan(id);
  const archive = useArchivePlan();
  const restore = useRestorePlan();

  if (query.isLoading) return <LoadingState />;
  if (!query.data) return <LoadFailure error={query.error} />;
  const plan = query.data;

  return (
    <>
      <PageHeader
        above={<BackLink to="/plans" label={t("plans.title")} />}
        title={plan.title}
        badges={
          <>
            <PlanStatusBadge status={plan.status} />
            {plan.isArchived && <Badge color="gray">{t("common.archivedBadge")}</Badge>}
          </>
        }
        actions={
          <>
            <ButtonLink to="/plans/$planId/framework" params={{ planId: plan.id }} variant="light">
              {t("plans.openFramework")}
            </ButtonLink>
            {canEdit(me, "plans") && (
              <>
                <ButtonLink to="/plans/$planId/edit" params={{ planId: plan.id }}>
                  {t("common.edit")}
                </ButtonLink>
                <ArchiveButton
                  id={plan.id}
                  name={plan.shortTitle || plan.title}
                  isArchived={plan.isArchived}
                  archive={archive}
                  restore={restore}
                />
              </>
            )}
          </>
        }
      />
      {plan.isArchived && (
        <Alert color="gray" mb="md">
          {t("common.archivedAlert")}
        </Alert>
      )}
      <Paper withBorder p="md">
        <DetailList
          items={[
            { label: t("plans.shortTitle"), value: plan.shortTitle },
            { label: t("common.period"), value: format.dateRange(plan.startsOn, plan.endsOn) },
            { label: t("common.status"), value: t(`planStatus.${plan.status}`) },
            {
              label: t("plans.predecessor"),
              value: plan.predecessorId && (
                <TextLink to="/plans/$planId" params={{ planId: plan.predecessorId }}>
                  {plan.predecessorTitle}
                </TextLink>
              ),
            },
            {
              label: t("plans.tierNames"),
              value: (
                <Group gap={6} wrap="wrap">
                  {plan.tierNames.map((name, index) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: a tier is its place in the list
                    <Text key={index} size="sm" span>
                      {index + 1}. {name}
                      {index < plan.tierNames.length - 1 && <span aria-hidden> →</span>}
                    </Text>
                  ))}
                </Group>
              ),
            },
            {
              label: t("plans.nodeCount"),
              value: (
                <TextLink to="/plans/$planId/framework" params={{ planId: plan.id }}>
                  {format.number(plan.nodeCount)}
                </TextLink>
              ),
            },
            { label: t("common.description"), value: plan.description },
            { label: t("common.source"), value: plan.source },
          ]}
        />
      </Paper>
    </>
  );
}
