import { Button, Group, Paper, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useMe } from "../../api/auth.js";
import { useArchivePlan, usePlan, useRestorePlan } from "../../api/plans.js";
import { DetailHeader } from "../../components/DetailHeader.js";
import { DetailList } from "../../components/DetailList.js";
import { RecordPending } from "../../components/LoadFailure.js";
import { ButtonLink, TextLink } from "../../components/links.js";
import { useFormat } from "../../i18n/format.js";
import { useT } from "../../i18n/useT.js";
import { PeriodsSection } from "./PeriodsSection.js";
import { PlanCopyModal } from "./PlanCopyModal.js";
import { PlanIndicatorsSection } from "./PlanIndicatorsSection.js";
import { PlanStatusBadge } from "./PlansListPage.js";

export function PlanDetailPage({ id }: { id: string }) {
  const t = useT();
  const format = useFormat();
  const { data: me } = useMe();
  const query = usePlan(id);
  const archive = useArchivePlan();
  const restore = useRestorePlan();
  const [copying, setCopying] = useState(false);

  if (!query.data) return <RecordPending query={query} />;
  const plan = query.data;

  return (
    <>
      <DetailHeader
        back={{ to: "/plans", label: t("plans.title") }}
        title={plan.title}
        record={plan}
        name={plan.shortTitle || plan.title}
        badges={<PlanStatusBadge status={plan.status} />}
        actions={
          <>
            <ButtonLink to="/plans/$planId/framework" params={{ planId: plan.id }} variant="light">
              {t("plans.openFramework")}
            </ButtonLink>
            <ButtonLink to="/plans/$planId/progress" params={{ planId: plan.id }} variant="light">
              {t("progress.button")}
            </ButtonLink>
            {me?.abilities.create.plans && (
              <Button variant="light" onClick={() => setCopying(true)}>
                {t("plans.copy")}
              </Button>
            )}
          </>
        }
        edit={{ to: "/plans/$planId/edit", params: { planId: plan.id } }}
        archive={archive}
        restore={restore}
      />
      <Stack gap="lg">
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
        <PeriodsSection plan={plan} canAdd={me?.abilities.create.periods ?? false} />
        <PlanIndicatorsSection planId={plan.id} canCreate={me?.abilities.create.indicators ?? false} />
      </Stack>
      {copying && <PlanCopyModal plan={plan} onClose={() => setCopying(false)} />}
    </>
  );
}
