import { Paper } from "@mantine/core";
import { useArchiveOrganization, useOrganization, useRestoreOrganization } from "../../api/organizations.js";
import { DetailHeader } from "../../components/DetailHeader.js";
import { DetailList } from "../../components/DetailList.js";
import { RecordPending } from "../../components/LoadFailure.js";
import { useFormat } from "../../i18n/format.js";
import { useT } from "../../i18n/useT.js";
import { OrganizationCooperation } from "./OrganizationCooperation.js";

export function OrganizationDetailPage({ id }: { id: string }) {
  const t = useT();
  const format = useFormat();
  const query = useOrganization(id);
  const archive = useArchiveOrganization();
  const restore = useRestoreOrganization();

  if (!query.data) return <RecordPending query={query} />;
  const org = query.data;

  return (
    <>
      <DetailHeader
        back={{ to: "/organizations", label: t("organizations.title") }}
        title={org.name}
        record={org}
        name={org.name}
        edit={{ to: "/organizations/$organizationId/edit", params: { organizationId: org.id } }}
        archive={archive}
        restore={restore}
      />
      <Paper withBorder p="md">
        <DetailList
          items={[
            { label: t("organizations.shortName"), value: org.shortName },
            { label: t("organizations.level"), value: t(`level.${org.level}`) },
            { label: t("organizations.sector"), value: t(`sector.${org.sector}`) },
            { label: t("common.municipality"), value: org.jurisdictionName },
            { label: t("common.description"), value: org.description },
            { label: t("common.updatedAt"), value: format.dateTime(org.updatedAt) },
          ]}
        />
      </Paper>
      <OrganizationCooperation organizationId={org.id} />
    </>
  );
}
