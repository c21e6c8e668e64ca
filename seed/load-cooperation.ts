/** The agreements of the default data, with their parties. */
import { buildSearchKey } from "../common/text/search.js";
import type { DbOrTx } from "../server/db/client.js";
import { agreementParties, agreements } from "../server/db/schema.js";
import type { SeedAgreement } from "./types.js";

export async function insertAgreements(
  tx: DbOrTx,
  seeds: readonly SeedAgreement[],
  organization: (key: string) => string,
  actionPlanId: string,
): Promise<number> {
  for (const seed of seeds) {
    const [row] = await tx
      .insert(agreements)
      .values({
        kind: seed.kind,
        title: seed.title,
        signedOn: seed.signedOn,
        validUntil: seed.validUntil ?? null,
        level: seed.level,
        jurisdictionId: null,
        leadOrganizationId: seed.lead ? organization(seed.lead) : null,
        planId: seed.ofActionPlan ? actionPlanId : null,
        description: `${seed.description}\n\nSource: ${seed.source}`,
        searchText: buildSearchKey(seed.title),
      })
      .returning({ id: agreements.id });
    const agreementId = (row as { id: string }).id;
    await tx
      .insert(agreementParties)
      .values([...new Set(seed.parties)].map((key) => ({ agreementId, organizationId: organization(key) })));
  }
  return seeds.length;
}
