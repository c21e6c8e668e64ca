/** The mappings remembered per organisation, kind and header set, for the next file alike. */
import type { ColumnMapping, ImportKind } from "../../../common/schemas/imports.js";
import type { DbOrTx } from "../../db/client.js";
import type { Actor } from "../../http/actor.js";
import { recordAudit } from "../audit/audit.service.js";
import { ownerOf } from "./imports.preview.js";
import {
  insertRememberedMapping,
  lockRememberedMapping,
  updateRememberedMapping,
} from "./imports.queries.js";
import { type FileReading, headerSetKey, mappingToRemember } from "./imports.reading.js";

/** Keeps the confirmed mapping for the next file with the same headers from the same organisation. */
export async function rememberMapping(
  tx: DbOrTx,
  actor: Actor,
  kind: ImportKind,
  reading: FileReading,
  mapping: ColumnMapping[],
): Promise<void> {
  if (reading.headers.length === 0) return;
  const organizationId = ownerOf(actor);
  const headerKey = headerSetKey(reading.headers);
  const remembered = mappingToRemember(mapping);
  const before = await lockRememberedMapping(tx, organizationId, kind, headerKey);
  if (before) {
    const after = await updateRememberedMapping(tx, before.id, remembered);
    await recordAudit(tx, actor, {
      action: "update",
      entityType: "import_mapping",
      entityId: before.id,
      before,
      after,
    });
    return;
  }
  const created = await insertRememberedMapping(tx, { organizationId, kind, headerKey, mapping: remembered });
  if (created)
    await recordAudit(tx, actor, {
      action: "create",
      entityType: "import_mapping",
      entityId: created.id,
      after: created,
    });
}
