/**
 * The reported figures are kept by triggers (migration 0024) from the values of approved
 * submissions. Whatever happens to values and submissions, the kept figures equal the same figures
 * counted from scratch, and the plan's progress shows a change at once.
 */
import { and, eq } from "drizzle-orm";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { DbOrTx } from "../../db/client.js";
import { indicatorValues, submissions } from "../../db/schema.js";
import { inRolledBackTransaction } from "../../test/changes.js";
import { createTestDatabase } from "../../test/db.js";
import {
  makeIndicator,
  makeOrganization,
  makePeriod,
  makePlan,
  makeSignedInUser,
  makeSubmission,
} from "../../test/factories.js";
import {
  type ReportedCell,
  selectReportedValues,
  selectReportedValuesFromScratch,
} from "./progress.queries.js";
import { getPlanProgress } from "./progress.service.js";

const { db } = await createTestDatabase();

async function makeWorld() {
  const plan = await makePlan(db, { startsOn: "2012-01-01", endsOn: "2013-12-31" });
  const periods = [
    await makePeriod(db, { planId: plan.id, name: "2012", startsOn: "2012-01-01", endsOn: "2012-12-31" }),
    await makePeriod(db, { planId: plan.id, name: "2013", startsOn: "2013-01-01", endsOn: "2013-12-31" }),
  ];
  const worldIndicators = [
    await makeIndicator(db, { planId: plan.id, unit: "number" }),
    await makeIndicator(db, { planId: plan.id, unit: "percent" }),
  ];
  const worldSubmissions = [];
  for (let i = 0; i < 3; i++) {
    const organization = await makeOrganization(db);
    for (const period of periods) {
      worldSubmissions.push(
        await makeSubmission(db, {
          organizationId: organization.id,
          reportingPeriodId: period.id,
          status: i === 2 ? "submitted" : "approved",
        }),
      );
    }
  }
  return { plan, periods, indicators: worldIndicators, submissions: worldSubmissions };
}

const world = await makeWorld();

const ordered = (rows: ReportedCell[]) =>
  [...rows].sort((a, b) => `${a.indicatorId}${a.periodId}`.localeCompare(`${b.indicatorId}${b.periodId}`));

async function expectKeptToEqualFresh(tx: DbOrTx) {
  const fresh = (await selectReportedValuesFromScratch(tx, world.plan.id)).filter(
    (cell) => cell.actual.count + cell.female.count + cell.male.count > 0,
  );
  expect(ordered(await selectReportedValues(tx, world.plan.id))).toEqual(ordered(fresh));
}

const submissionIndex = fc.integer({ min: 0, max: 5 });
const indicatorIndex = fc.integer({ min: 0, max: 1 });
const categoryKey = fc.constantFrom("", "sex=female", "sex=male", "entity=BA-FBIH;sex=female", "sex=females");
const operation = fc.oneof(
  fc.record({
    kind: fc.constant("setValue"),
    submissionIndex,
    indicatorIndex,
    categoryKey,
    value: fc.option(fc.integer({ min: 0, max: 500 }), { nil: null }),
  }),
  fc.record({ kind: fc.constant("removeValue"), submissionIndex, indicatorIndex, categoryKey }),
  fc.record({
    kind: fc.constant("setStatus"),
    submissionIndex,
    status: fc.constantFrom("draft", "submitted", "returned", "approved"),
  }),
  fc.record({ kind: fc.constant("removeSubmission"), submissionIndex }),
);
type Operation = typeof operation extends fc.Arbitrary<infer T> ? T : never;

async function apply(tx: DbOrTx, op: Operation) {
  const submissionId = world.submissions[op.submissionIndex]?.id as string;
  const indicatorId = "indicatorIndex" in op ? (world.indicators[op.indicatorIndex]?.id as string) : "";
  const value = "categoryKey" in op ? { submissionId, indicatorId, categoryKey: op.categoryKey } : null;
  switch (op.kind) {
    case "setValue":
      // A removed submission takes no more values.
      if ((await tx.select().from(submissions).where(eq(submissions.id, submissionId))).length === 0) return;
      await tx
        .insert(indicatorValues)
        .values({
          ...(value as NonNullable<typeof value>),
          value: op.value === null ? null : String(op.value),
        })
        .onConflictDoUpdate({
          target: [indicatorValues.submissionId, indicatorValues.indicatorId, indicatorValues.categoryKey],
          set: { value: op.value === null ? null : String(op.value) },
        });
      return;
    case "removeValue":
      await tx
        .delete(indicatorValues)
        .where(
          and(
            eq(indicatorValues.submissionId, submissionId),
            eq(indicatorValues.indicatorId, indicatorId),
            eq(indicatorValues.categoryKey, op.categoryKey),
          ),
        );
      return;
    case "setStatus":
      await tx.update(submissions).set({ status: op.status }).where(eq(submissions.id, submissionId));
      return;
    case "removeSubmission":
      await tx.delete(submissions).where(eq(submissions.id, submissionId));
      return;
  }
}

describe("the kept reported figures", () => {
  it("equal a count from scratch after any sequence of changes to values and submissions", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { minLength: 1, maxLength: 14 }), async (operations) => {
        await inRolledBackTransaction(db, async (tx) => {
          for (const op of operations) await apply(tx, op);
          await expectKeptToEqualFresh(tx);
        });
      }),
      { numRuns: 60 },
    );
  });

  it("show on the progress page at once: added up across organisations, a late approval included", async () => {
    const { actor } = await makeSignedInUser(db, "coordinator");
    await inRolledBackTransaction(db, async (tx) => {
      const [number] = world.indicators;
      const [first, , second, , third] = world.submissions;
      for (const [submission, value] of [
        [first, "40"],
        [second, "25"],
        [third, "100"],
      ] as const) {
        await tx.insert(indicatorValues).values({
          submissionId: submission?.id as string,
          indicatorId: number?.id as string,
          categoryKey: "",
          value,
        });
      }
      const actualOf = async () => {
        const progress = await getPlanProgress(
          tx,
          actor,
          world.plan.id,
          new Date("2014-01-01T00:00:00Z"),
          world.periods[0]?.id,
        );
        return progress.indicators.find((row) => row.indicatorId === number?.id)?.actual ?? null;
      };
      // The third organisation's report is only submitted: 40 + 25.
      expect(await actualOf()).toBe(65);
      await tx
        .update(submissions)
        .set({ status: "approved" })
        .where(eq(submissions.id, third?.id as string));
      expect(await actualOf()).toBe(165);
      await tx
        .update(submissions)
        .set({ status: "returned" })
        .where(eq(submissions.id, first?.id as string));
      expect(await actualOf()).toBe(125);
    });
  });
});
