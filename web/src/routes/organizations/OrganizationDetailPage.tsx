import { Alert, Badge, Paper } from "@mantine/core";
import { useMe } from "../../api/auth.js";
import { useArchiveOrganization, useOrganization, useRestoreOrganization } from "../../api/organizations.js";
import { ArchiveButton } from "../../components/ArchiveButton.js";
import { BackLink } from "../../components/BackLink.js";
import { DetailList } from "../../components/DetailList.js";
import { LoadFailure } from "../../components/LoadFailure.js";
import { ButtonLink } from "../../components/links.js";
import { PageHeader } from "../../components/PageHeader.js";
import { canEdit } from "../../components/permissions.js";
import { LoadingState } from "../../components/states.js";
import { useFormat } from "../../i18n/format.js";
import { useT } from "../../i18n/useT.js";

export function OrganizationDetailPage({ id }: { id: string }) {
  const t = useT();
  const format = useFormat();
  const { data: me } = useMe();
  const query = useOrganization(id);
  const archive = useArchiveOrganization();
  const restore = useRestoreOrganization();

  if (query.isLoading) return <LoadingState />;
  if (!query.data) return <LoadFailure error={query.error} />;
  const org = query.data;
  const editable = canEdit(me, "organizations");

  return (
    <>
      <PageHeader
        above={<BackLink to="/organizations" label={t("organizations.title")} />}
        title={org.name}
        badges={org.isArchived && <Badge color="gray">{t("common.archivedBadge")}</Badge>}
        actions={
          editable && (
            <>
              <ButtonLink to="/organizations/$organizationId/edit" params={{ organizationId: org.id }}>
                {t("common.edit")}
              </ButtonLink>
              <ArchiveButton
                id={org.id}
                name={org.name}
                isArchived={org.isArchived}
                archive={archive}
                restore={restore}
              />
            </>
          )
        }
      />
      {org.isArchived && (
        <Alert color="gray" mb="md">
          {t("common.archivedAlert")}
        </Alert>
      )}
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
    </>
  );
}
