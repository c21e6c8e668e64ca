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
  /** The record with its abilities, as the server decided them for this reader. */
  record: { id: string; isArchived: boolean; abilities: { update: boolean; archive: boolean } };
  /** How the archive confirmation names the record. */
  name: string;
  /** Badges before "archived" (status, demo data). */
  badges?: ReactNode;
  /** Buttons before Edit and Archive (links to related screens). */
  actions?: ReactNode;
  /** False keeps Edit away while the record cannot be edited for another reason (e.g. archived). */
  editable?: boolean;
  edit: ValidateLinkOptions<RegisteredRouter, TOptions>;
  archive: Mutation;
  /** Without a restore, an archived record offers no button. */
  restore?: Mutation;
  /** What archiving means for this kind of record; a general sentence by default. */
  archiveBody?: string;
  /** The notice under the heading when archived; shown unless false. */
  archivedAlert?: boolean;
}

/** A record's heading: back to its list, badges, Edit and Archive/Restore, and a notice when archived. */
export function DetailHeader<TOptions>(props: DetailHeaderProps<TOptions>): ReactNode;
export function DetailHeader(props: DetailHeaderProps<unknown>) {
  const t = useT();
  const { record } = props;
  const canEdit = record.abilities.update && props.editable !== false;
  const canArchive = record.abilities.archive;
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
          (props.actions || canEdit || canArchive) && (
            <>
              {props.actions}
              {canEdit && <ButtonLink {...props.edit}>{t("common.edit")}</ButtonLink>}
              {canArchive && (
                <ArchiveButton
                  id={record.id}
                  name={props.name}
                  isArchived={record.isArchived}
                  archive={props.archive}
                  restore={props.restore}
                  body={props.archiveBody}
                />
              )}
            </>
          )
        }
      />
      {record.isArchived && props.archivedAlert !== false && (
        <Alert color="gray" mb="md">
          {t("common.archivedAlert")}
        </Alert>
      )}
    </>
  );
}
