import { Badge, Box, Paper, Stack } from "@mantine/core";
import type { Agreement } from "../../../../common/schemas/cooperation.js";
import { useAgreement, useArchiveAgreement, useRestoreAgreement } from "../../api/agreements.js";
import { usePlan } from "../../api/plans.js";
import { useProject } from "../../api/projects.js";
import { DemoBadge } from "../../components/DemoBadge.js";
import { DetailHeader } from "../../components/DetailHeader.js";
import { DetailList } from "../../components/DetailList.js";
import { RecordPending } from "../../components/LoadFailure.js";
import { TextLink } from "../../components/links.js";
import { useFormat } from "../../i18n/format.js";
import { useT } from "../../i18n/useT.js";
import { OrganizationLink } from "../organizations/OrganizationLinks.js";

export function AgreementDetailPage({ id }: { id: string }) {
  const t = useT();
  const format = useFormat();
  const query = useAgreement(id);
  const archive = useArchiveAgreement();
  const restore = useRestoreAgreement();
  const plan = usePlan(query.data?.planId);
  const project = useProject(query.data?.projectId);

  if (!query.data) return <RecordPending query={query} />;
  const agreement = query.data;

  return (
    <>
      <DetailHeader
        back={{ to: "/agreements", label: t("agreements.title") }}
        title={agreement.title}
        record={agreement}
        name={agreement.title}
        badges={agreement.isDemo && <DemoBadge />}
        edit={{ to: "/agreements/$agreementId/edit", params: { agreementId: agreement.id } }}
        archive={archive}
        restore={restore}
        archiveBody={t("agreements.archiveBody")}
      />
      <Paper withBorder p="md">
        <DetailList
          items={[
            { label: t("agreements.kind"), value: t(`agreementKind.${agreement.kind}`) },
            { label: t("agreements.reference"), value: agreement.reference },
            { label: t("agreements.signedOn"), value: format.date(agreement.signedOn) },
            { label: t("agreements.validUntil"), value: format.date(agreement.validUntil) },
            {
              label: t("agreements.parties"),
              value: agreement.parties.length > 0 && <Parties agreement={agreement} />,
            },
            { label: t("agreements.level"), value: t(`level.${agreement.level}`) },
            { label: t("agreements.jurisdiction"), value: agreement.jurisdictionName },
            {
              label: t("agreements.plan"),
              value: agreement.planId && (
                <TextLink to="/plans/$planId" params={{ planId: agreement.planId }}>
                  {plan.data ? plan.data.shortTitle || plan.data.title : "…"}
                </TextLink>
              ),
            },
            {
              label: t("agreements.project"),
              value: agreement.projectId && (
                <TextLink to="/projects/$projectId" params={{ projectId: agreement.projectId }}>
                  {project.data ? `${project.data.code} — ${project.data.title}` : "…"}
                </TextLink>
              ),
            },
            { label: t("common.description"), value: agreement.description },
            { label: t("common.updatedAt"), value: format.dateTime(agreement.updatedAt) },
          ]}
        />
      </Paper>
    </>
  );
}

/** The organisations that signed, a link a line, the lead marked. */
function Parties({ agreement }: { agreement: Agreement }) {
  const t = useT();
  return (
    <Stack gap={4}>
      {agreement.parties.map((party) => (
        <Box key={party.organizationId}>
          <OrganizationLink id={party.organizationId} name={party.name} />
          {party.organizationId === agreement.leadOrganizationId && (
            <Badge size="sm" variant="light" ml="xs" style={{ verticalAlign: "middle" }}>
              {t("agreements.leadBadge")}
            </Badge>
          )}
        </Box>
      ))}
    </Stack>
  );
}
