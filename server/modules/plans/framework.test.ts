import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { projectFrameworkNodes } from "../../db/schema.js";
import { createTestApp } from "../../test/app.js";
import {
  makeFrameworkNode,
  makeOrganization,
  makePlan,
  makeProject,
  makeSignedInUser,
} from "../../test/factories.js";

const { app, db } = await createTestApp();

const missingId = "00000000-0000-4000-8000-000000000000";
const threeTiers = ["Cilj", "Očekivani rezultat", "Aktivnost"];

type Api = ReturnType<typeof request>;
type TreeNode = { id: string; code: string; parentId: string | null; depth: number; position: number };

const request =
  (cookie: string) => (method: "GET" | "POST" | "PATCH" | "DELETE", url: string, payload?: object) =>
    app.inject({ method, url: `/api${url}`, headers: { cookie }, ...(payload ? { payload } : {}) });

const coordinator = request((await makeSignedInUser(db, "coordinator")).cookie);

/** Adds nodes in the order given, each `[code, parent code]`; answers the ids by code. */
async function addNodes(api: Api, planId: string, spec: [string, string | null][]) {
  const ids = new Map<string, string>();
  for (const [code, parentCode] of spec) {
    const parentId = parentCode ? ids.get(parentCode) : null;
    const response = await api("POST", `/plans/${planId}/nodes`, { code, title: `Čvor ${code}`, parentId });
    expect(response.statusCode).toBe(201);
    ids.set(code, response.json().id);
  }
  return (code: string) => ids.get(code) as string;
}

/** The tree as one line per node: code, depth, position and parent code, in the order answered. */
async function treeOf(planId: string) {
  const response = await coordinator("GET", `/plans/${planId}/nodes`);
  expect(response.statusCode).toBe(200);
  const nodes: TreeNode[] = response.json().nodes;
  const codeOf = new Map(nodes.map((node) => [node.id, node.code]));
  return nodes.map(
    (node) =>
      `${node.code} d${node.depth} p${node.position} ^${node.parentId ? codeOf.get(node.parentId) : "-"}`,
  );
}

async function auditOf(entityId: string) {
  const admin = await makeSignedInUser(db, "administrator");
  const response = await request(admin.cookie)("GET", `/audit?entityId=${entityId}&order=asc`);
  return response.json().items as { action: string; entityType: string; before: unknown; after: unknown }[];
}

/** A: A1, A2 (A2a), A3 · B: B1 · C */
async function makeSampleTree(tierNames = threeTiers) {
  const plan = await makePlan(db, { tierNames });
  const id = await addNodes(coordinator, plan.id, [
    ["A", null],
    ["B", null],
    ["C", null],
    ["A1", "A"],
    ["A2", "A"],
    ["A3", "A"],
    ["A2a", "A2"],
    ["B1", "B"],
  ]);
  return { plan, id };
}

describe("results framework", () => {
  it("answers the tree depth first, siblings by position, and shifts later siblings on an insert", async () => {
    const plan = await makePlan(db, { tierNames: threeTiers });
    const lead = await makeOrganization(db, { name: "Agencija za ravnopravnost spolova BiH" });
    const api = coordinator;
    const add = (payload: object) => api("POST", `/plans/${plan.id}/nodes`, { title: "Cilj", ...payload });

    const second = await add({ code: "2" });
    expect(second.json()).toMatchObject({ planId: plan.id, parentId: null, depth: 0, position: 0 });
    const first = await add({ code: "1", position: 0, leadOrganizationId: lead.id, deadline: "2013-06-30" });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({
      position: 0,
      leadOrganizationId: lead.id,
      leadOrganizationName: "Agencija za ravnopravnost spolova BiH",
      deadline: "2013-06-30",
      description: null,
    });
    await add({ code: "3", position: 99 });
    await add({ code: "1.2", parentId: first.json().id });
    const result11 = await add({ code: "1.1", parentId: first.json().id, position: 0 });
    const action = await add({ code: "1.1.1", parentId: result11.json().id });
    expect(action.json()).toMatchObject({ depth: 2, position: 0, parentId: result11.json().id });
    await add({ code: "2.1", parentId: second.json().id });

    expect(await treeOf(plan.id)).toEqual([
      "1 d0 p0 ^-",
      "1.1 d1 p0 ^1",
      "1.1.1 d2 p0 ^1.1",
      "1.2 d1 p1 ^1",
      "2 d0 p1 ^-",
      "2.1 d1 p0 ^2",
      "3 d0 p2 ^-",
    ]);
    const tree = (await api("GET", `/plans/${plan.id}/nodes`)).json();
    expect(tree.plan).toMatchObject({ id: plan.id, nodeCount: 7, tierNames: threeTiers });
    expect(tree.nodes[0]).toMatchObject({
      code: "1",
      leadOrganizationName: "Agencija za ravnopravnost spolova BiH",
    });

    const audit = await auditOf(first.json().id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "create", entityType: "framework_node", before: null });
    expect(audit[0]?.after).toMatchObject({ code: "1", planId: plan.id, depth: 0, position: 0 });
  });

  it("refuses a node below the last tier, a parent of another plan and bad fields with 400", async () => {
    const { plan, id } = await makeSampleTree();
    const other = await makePlan(db, { tierNames: threeTiers });
    const foreign = await makeFrameworkNode(db, { planId: other.id, code: "X" });
    const add = (payload: object) => coordinator("POST", `/plans/${plan.id}/nodes`, payload);
    const pathsOf = (response: Awaited<ReturnType<Api>>) => {
      expect(response.statusCode).toBe(400);
      expect(response.json().code).toBe("VALIDATION");
      return response.json().details.map((detail: { path: string }) => detail.path);
    };

    expect(pathsOf(await add({ code: "A2a-i", title: "Preduboko", parentId: id("A2a") }))).toEqual([
      "parentId",
    ]);
    expect(pathsOf(await add({ code: "Y", title: "Tuđi", parentId: foreign.id }))).toEqual(["parentId"]);
    expect(pathsOf(await add({ code: "Y", title: "Nema", parentId: missingId }))).toEqual(["parentId"]);
    expect(pathsOf(await add({ code: "Y", title: " ", position: -1, colour: "red" }))).toEqual(
      expect.arrayContaining(["title", "position", "colour"]),
    );
    expect(pathsOf(await add({ code: "Y", title: "Rok", deadline: "2013-02-30" }))).toEqual(["deadline"]);
    expect((await treeOf(plan.id)).length).toBe(8);

    const shallow = await makePlan(db, { tierNames: ["Cilj"] });
    const root = await coordinator("POST", `/plans/${shallow.id}/nodes`, { code: "1", title: "Cilj" });
    expect(root.statusCode).toBe(201);
    const child = await coordinator("POST", `/plans/${shallow.id}/nodes`, {
      code: "1.1",
      title: "Rezultat",
      parentId: root.json().id,
    });
    expect(pathsOf(child)).toEqual(["parentId"]);

    const elsewhere = `/plans/${plan.id}/nodes/${foreign.id}`;
    expect((await coordinator("PATCH", elsewhere, { title: "Tuđe" })).statusCode).toBe(404);
    expect((await coordinator("DELETE", elsewhere)).statusCode).toBe(404);
    expect(
      (await coordinator("PATCH", `/plans/${plan.id}/nodes/${missingId}`, { title: "x" })).statusCode,
    ).toBe(404);
    expect((await coordinator("GET", `/plans/${missingId}/nodes`)).statusCode).toBe(404);
    const noPlan = await coordinator("POST", `/plans/${missingId}/nodes`, { code: "1", title: "Cilj" });
    expect(noPlan.statusCode).toBe(404);
  });

  it("refuses a duplicate code within a plan with 409 and allows it in another plan", async () => {
    const { plan, id } = await makeSampleTree();
    const duplicate = await coordinator("POST", `/plans/${plan.id}/nodes`, { code: "A1", title: "Opet" });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().code).toBe("CONFLICT");
    const renamed = await coordinator("PATCH", `/plans/${plan.id}/nodes/${id("A3")}`, { code: "A1" });
    expect(renamed.statusCode).toBe(409);
    expect((await treeOf(plan.id)).filter((line) => line.startsWith("A1 "))).toHaveLength(1);

    const other = await makePlan(db, { tierNames: threeTiers });
    const same = await coordinator("POST", `/plans/${other.id}/nodes`, { code: "A1", title: "Drugi plan" });
    expect(same.statusCode).toBe(201);
  });

  it("edits a node in place without moving it", async () => {
    const { plan, id } = await makeSampleTree();
    const before = await treeOf(plan.id);
    const edited = await coordinator("PATCH", `/plans/${plan.id}/nodes/${id("A2")}`, {
      title: "Obuka za žene u policiji",
      description: "Опис",
      parentId: id("A"),
    });
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({
      title: "Obuka za žene u policiji",
      description: "Опис",
      position: 1,
    });
    expect(await treeOf(plan.id)).toEqual(before);
  });

  it("moves a subtree, recomputes depths and renumbers the old and the new siblings", async () => {
    const { plan, id } = await makeSampleTree();
    const move = (code: string, payload: object) =>
      coordinator("PATCH", `/plans/${plan.id}/nodes/${id(code)}`, payload);

    const toRoot = await move("A2", { parentId: null, position: 1 });
    expect(toRoot.statusCode).toBe(200);
    expect(toRoot.json()).toMatchObject({ parentId: null, depth: 0, position: 1 });
    expect(await treeOf(plan.id)).toEqual([
      "A d0 p0 ^-",
      "A1 d1 p0 ^A",
      "A3 d1 p1 ^A",
      "A2 d0 p1 ^-",
      "A2a d1 p0 ^A2",
      "B d0 p2 ^-",
      "B1 d1 p0 ^B",
      "C d0 p3 ^-",
    ]);

    const tooDeep = await move("A2", { parentId: id("B1") });
    expect(tooDeep.statusCode).toBe(400);
    expect(tooDeep.json().details).toEqual([
      { path: "parentId", message: expect.any(String), reason: "node_too_deep", params: { count: 3 } },
    ]);

    const underB = await move("A2", { parentId: id("B") });
    expect(underB.json()).toMatchObject({ depth: 1, position: 1 });
    expect(await treeOf(plan.id)).toEqual([
      "A d0 p0 ^-",
      "A1 d1 p0 ^A",
      "A3 d1 p1 ^A",
      "B d0 p1 ^-",
      "B1 d1 p0 ^B",
      "A2 d1 p1 ^B",
      "A2a d2 p0 ^A2",
      "C d0 p2 ^-",
    ]);

    expect((await move("C", { position: 0 })).json()).toMatchObject({ position: 0, depth: 0 });
    expect((await move("A1", { position: 5 })).json()).toMatchObject({ position: 1 });
    expect(await treeOf(plan.id)).toEqual([
      "C d0 p0 ^-",
      "A d0 p1 ^-",
      "A3 d1 p0 ^A",
      "A1 d1 p1 ^A",
      "B d0 p2 ^-",
      "B1 d1 p0 ^B",
      "A2 d1 p1 ^B",
      "A2a d2 p0 ^A2",
    ]);

    const audit = await auditOf(id("A2"));
    expect(audit.map((entry) => entry.action)).toEqual(["create", "update", "update"]);
    expect(audit[2]?.before).toMatchObject({ parentId: null, depth: 0, position: 1 });
    expect(audit[2]?.after).toMatchObject({ parentId: id("B"), depth: 1, position: 1 });
  });

  it("refuses to move a node under itself or one of its descendants", async () => {
    // Eight tiers: deep enough that only the cycle rule, not the tier limit, can refuse these moves.
    const { plan, id } = await makeSampleTree(["1", "2", "3", "4", "5", "6", "7", "8"]);
    const before = await treeOf(plan.id);
    for (const target of ["A", "A2", "A2a"]) {
      const response = await coordinator("PATCH", `/plans/${plan.id}/nodes/${id("A")}`, {
        parentId: id(target),
        title: "Ne smije se promijeniti",
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().details.map((detail: { path: string }) => detail.path)).toEqual(["parentId"]);
    }
    expect(await treeOf(plan.id)).toEqual(before);
    const unchanged = (await coordinator("GET", `/plans/${plan.id}/nodes`)).json().nodes[0];
    expect(unchanged).toMatchObject({ code: "A", title: "Čvor A" });
  });

  it("deletes a node with its subtree and links, renumbers its siblings and audits the deleted rows", async () => {
    const { plan, id } = await makeSampleTree();
    const project = await makeProject(db);
    await db.insert(projectFrameworkNodes).values([
      { projectId: project.id, frameworkNodeId: id("A2a") },
      { projectId: project.id, frameworkNodeId: id("B1") },
    ]);

    const response = await coordinator("DELETE", `/plans/${plan.id}/nodes/${id("A")}`);
    expect(response.statusCode).toBe(200);
    expect(response.json().plan.nodeCount).toBe(3);
    expect(await treeOf(plan.id)).toEqual(["B d0 p0 ^-", "B1 d1 p0 ^B", "C d0 p1 ^-"]);
    const links = await db
      .select()
      .from(projectFrameworkNodes)
      .where(eq(projectFrameworkNodes.projectId, project.id));
    expect(links.map((link) => link.frameworkNodeId)).toEqual([id("B1")]);

    const gone = await coordinator("PATCH", `/plans/${plan.id}/nodes/${id("A2")}`, { title: "x" });
    expect(gone.statusCode).toBe(404);
    const audit = await auditOf(id("A"));
    const deletion = audit.at(-1);
    expect(deletion).toMatchObject({ action: "delete", entityType: "framework_node", after: null });
    const deleted = deletion?.before as { code: string; planId: string }[];
    expect(deleted.map((row) => row.code)).toEqual(["A", "A1", "A2", "A2a", "A3"]);
    expect(deleted.every((row) => row.planId === plan.id)).toBe(true);
  });

  it.each(["viewer", "partner"] as const)("lets a %s read the tree but not change it", async (role) => {
    const { plan, id } = await makeSampleTree();
    const organization = await makeOrganization(db);
    const api = request((await makeSignedInUser(db, role, { organizationId: organization.id })).cookie);
    const before = await treeOf(plan.id);

    const read = await api("GET", `/plans/${plan.id}/nodes`);
    expect(read.statusCode).toBe(200);
    expect(read.json().nodes).toHaveLength(8);
    expect((await api("POST", `/plans/${plan.id}/nodes`, { code: "D", title: "Novi" })).statusCode).toBe(403);
    expect((await api("PATCH", `/plans/${plan.id}/nodes/${id("A1")}`, { position: 2 })).statusCode).toBe(403);
    expect((await api("DELETE", `/plans/${plan.id}/nodes/${id("A")}`)).statusCode).toBe(403);
    expect(await treeOf(plan.id)).toEqual(before);
    expect((await api("GET", `/plans/${missingId}/nodes`)).statusCode).toBe(404);
  });
});
