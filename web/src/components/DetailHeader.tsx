import { Alert, Badge } from "@mantine/core";
import type { UseMutationResult } from "@tanstack/react-query";
import type { RegisteredRouter, ValidateLinkOptions } from "@tanstack/react-router";
import type { ReactNode } from "react";
import { useT } from "../i18n/useT.js";
import { ArchiveButton } from "./ArchiveButton.js";
import { BackLink } from "./BackLink.js";
import { ButtonLink } from "./links.js";
import { PageHeader } from "./PageHeader.js";

type Mutation = UseMutationResult<unknown, Error, string>;

interface DetailHeaderProps<TOptions> {
  /** The list the record belongs to, linked above the title. */
  back: { to: string; label: string };
  title: string;
  record: { id: string; isArchived: boolean };
  /** How the archive confirmation names the record. */
  name: string;
  /** Badges before "archived" (status, demo data). */
  badges?: ReactNode;
  /** Buttons before Edit and Archive (links to related screens). */
  actions?: ReactNode;
  /** Edit and Archive are offered only to those who may change the record. */
  canEdit: boolean;
  edit: ValidateLinkOptions<RegisteredRouter, TOptions>;
  archive: Mutation;
  restore: Mutation;
}

/** A record's heading: back to its list, badges, Edit and Archive/Restore, and a notice when archived. */
export function DetailHeader<TOptions>(props: DetailHeaderProps<TOptions>): ReactNode;
export function DetailHeader(props: DetailHeaderProps<unknown>) {
  const t = useT();
  const { record, canEdit } = props;
  return (
    <>
      <PageHeader
        above={<BackLink to={props.back.to} label={props.back.label} />}
        title={props.title}
        badges={
          <>
            {props.badges}
            {record.isArchived && <Badge color="gray">{t("common.archivedBadge")}</Badge>}
          </>
        }
        actions={
          (props.actions || canEdit) && (
            <>
              {props.actions}
              {canEdit && (
                <>
                  <ButtonLink {...props.edit}>{t("common.edit")}</ButtonLink>
                  <ArchiveButton
                    id={record.id}
                    name={props.name}
                    isArchived={record.isArchived}
                    archive={props.archive}
                    restore={props.restore}
                  />
                </>
              )}
            </>
          )
        }
      />
      {record.isArchived && (
        <Alert color="gray" mb="md">
          {t("common.archivedAlert")}
        </Alert>
      )}
    </>
  );
}
