/**
 * Action items agreed at board meetings: owned by an organisation, due on a date, open until marked
 * done or dropped (the day it happened is kept, so later meetings' follow-up reads right).
 */
import type { z } from "zod";
import type { Stored } from "../../../common/schemas/abilities.js";
import type {
  ActionItem,
  ActionItemInput,
  ActionItemListQuery,
  ActionItemPatch,
} from "../../../common/schemas/boards.js";
import type { Page } from "../../../common/schemas/common.js";
import type { ActionItemStatus } from "../../../common/schemas/enums.js";
import type { Db, DbOrTx } from "../../db/client.js";
import { definedOnly } from "../../db/rows.js";
import type { Actor } from "../../http/actor.js";
import { invalid, notFound } from "../../http/errors.js";
import { enforce } from "../../http/policy.js";
import { recordAudit } from "../audit/audit.service.js";
import { getEvent } from "../events/events.service.js";
import {
  type ActionItemAction,
  actionItemAbilities,
  actionItemPolicy,
  withActionItemAbilities,
} from "./action-items.policy.js";
import {
  insertActionItem,
  lockActionItem,
  selectActionItem,
  selectActionItems,
  selectActionItemsOfMeeting,
  selectMeetingPlan,
  selectOverdueActionItems,
  updateActionItemRow,
} from "./action-items.queries.js";
import {
  findIndicatorsOutsidePlan,
  findNodesOutsidePlan,
  findUnknownOrganizations,
} from "./meetings.queries.js";

export type ActionItemValues = z.output<typeof ActionItemInput>;
export type ActionItemChanges = z.output<typeof ActionItemPatch>;

export async function listActionItems(
  db: Db,
  actor: Actor,
  query: ActionItemListQuery,
  today: string,
): Promise<Page<ActionItem>> {
  enforce(actionItemPolicy(actor, "read"), "Action item");
  const { items, total } = await selectActionItems(db, query, today);
  return { items: withActionItemAbilities(actor, items), total, page: query.page, pageSize: query.pageSize };
}

/**
 * The overdue items of every owner organisation, for the daily notices the system sends to their
 * representatives (no reader, hence no abilities).
 */
export async function listOverdueActionItems(db: DbOrTx, today: string): Promise<Stored<ActionItem>[]> {
  return selectOverdueActionItems(db, today);
}

/**
 * The meeting an item belongs to, with its board's plan: 404 without the event, 400 when the event
 * is not a board meeting or its meeting record is not made yet.
 */
async function findMeetingPlan(db: DbOrTx, eventId: string): Promise<{ planId: string }> {
  const row = await selectMeetingPlan(db, eventId);
  if (!row) throw notFound("Event");
  if (row.kind !== "board_meeting") throw invalid("", "not_a_board_meeting");
  if (!row.planId) throw invalid("", "meeting_not_recorded");
  return { planId: row.planId };
}

export async function listMeetingActionItems(
  db: Db,
  actor: Actor,
  eventId: string,
  today: string,
): Promise<{ items: ActionItem[] }> {
  enforce(actionItemPolicy(actor, "read"), "Action item");
  // A meeting's items are read by those who may read the meeting's event.
  await getEvent(db, actor, eventId);
  return { items: withActionItemAbilities(actor, await selectActionItemsOfMeeting(db, eventId, today)) };
}

/** Checks the owner organisation, and that the node and indicator belong to the board's plan. */
async function checkActionItemValues(tx: DbOrTx, planId: string, values: Partial<ActionItemValues>) {
  if (values.ownerOrganizationId) {
    if ((await findUnknownOrganizations(tx, [values.ownerOrganizationId])).length > 0) {
      throw invalid("ownerOrganizationId", "no_such_organization");
    }
  }
  if (values.frameworkNodeId) {
    if ((await findNodesOutsidePlan(tx, planId, [values.frameworkNodeId])).length > 0) {
      throw invalid("frameworkNodeId", "node_not_in_plan");
    }
  }
  if (values.indicatorId) {
    if ((await findIndicatorsOutsidePlan(tx, planId, [values.indicatorId])).length > 0) {
      throw invalid("indicatorId", "indicator_not_in_plan");
    }
  }
}

/** The day an item was closed after a change of status: kept while it stays closed, none while open. */
function closedOnAfter(
  before: { status: string; closedOn: string | null },
  status: ActionItemStatus,
  today: string,
) {
  if (status === "open") return null;
  return before.status === "open" ? today : before.closedOn;
}

/** The item just written, as its writer reads it. */
function presentActionItem(actor: Actor, item: Stored<ActionItem> | undefined): ActionItem {
  if (!item) throw notFound("Action item");
  return { ...item, abilities: actionItemAbilities(actor, item) };
}

export async function createActionItem(
  db: Db,
  actor: Actor,
  eventId: string,
  values: ActionItemValues,
  today: string,
): Promise<ActionItem> {
  enforce(actionItemPolicy(actor, "create"), "Action item");
  const id = await db.transaction(async (tx) => {
    const { planId } = await findMeetingPlan(tx, eventId);
    await checkActionItemValues(tx, planId, values);
    const closedOn = closedOnAfter({ status: "open", closedOn: null }, values.status, today);
    const row = await insertActionItem(tx, { ...values, eventId, closedOn });
    await recordAudit(tx, actor, {
      action: "create",
      entityType: "board_action_item",
      entityId: row.id,
      after: row,
    });
    return row.id;
  });
  return presentActionItem(actor, await selectActionItem(db, id, today));
}

/** A change of status to open or done and of the note, and nothing else, is marking; anything else is an update. */
function actionOf(changes: Partial<ActionItemChanges>): ActionItemAction {
  const onlyMarks = Object.keys(changes).every((key) => key === "status" || key === "note");
  return onlyMarks && changes.status !== "dropped" ? "mark" : "update";
}

export async function updateActionItem(
  db: Db,
  actor: Actor,
  id: string,
  patch: ActionItemChanges,
  today: string,
): Promise<ActionItem> {
  const changes = definedOnly(patch);
  const action = actionOf(changes);
  enforce(actionItemPolicy(actor, action), "Action item");
  await db.transaction(async (tx) => {
    const before = await lockActionItem(tx, id);
    if (!before) throw notFound("Action item");
    enforce(actionItemPolicy(actor, action, before), "Action item");
    const { planId } = await findMeetingPlan(tx, before.eventId);
    await checkActionItemValues(tx, planId, changes);
    const closedOn = changes.status ? closedOnAfter(before, changes.status, today) : before.closedOn;
    const after = await updateActionItemRow(tx, id, { ...changes, closedOn });
    await recordAudit(tx, actor, {
      action: "update",
      entityType: "board_action_item",
      entityId: id,
      before,
      after,
    });
  });
  return presentActionItem(actor, await selectActionItem(db, id, today));
}
