import type {
  Coverage,
  CoverageFigures,
  CoverageQuery,
  MunicipalityActivity,
  MunicipalityQuery,
} from "../../../common/schemas/coverage.js";
import type { Db } from "../../db/client.js";
import type { Actor } from "../../http/actor.js";
import { invalid, notFound } from "../../http/errors.js";
import { enforce } from "../../http/policy.js";
import { jurisdictionKind } from "../jurisdictions/jurisdictions.service.js";
import {
  countMunicipalityEvents,
  selectInvolvedOrganizations,
  selectLocalPartners,
  selectMunicipalityEvents,
  selectOrganisersHere,
  selectPlacesOf,
} from "./coverage.municipality.queries.js";
import { coveragePolicy } from "./coverage.policy.js";
import {
  selectFiguresByMunicipality,
  selectMunicipalities,
  selectMunicipalityBeneath,
} from "./coverage.queries.js";

const noActivity = (): CoverageFigures => ({
  events: 0,
  participations: 0,
  participants: { female: 0, male: 0, total: 0 },
  womenShare: null,
  trainersActive: 0,
});

/** One row per municipality with held events the actor may read, by Latin name. */
export async function getCoverage(db: Db, actor: Actor, query: CoverageQuery): Promise<Coverage> {
  enforce(coveragePolicy(actor, "read"), "Coverage");
  const figures = await selectFiguresByMunicipality(db, actor, query);
  const municipalities = await selectMunicipalities(db, [...figures.keys()]);
  return {
    items: municipalities.map((municipality) => ({
      ...municipality,
      ...(figures.get(municipality.id) ?? noActivity()),
    })),
  };
}

/**
 * The municipality a page is about: a municipality as it is; Brčko District as the municipality row
 * beneath it. 404 for no such jurisdiction, 400 for a state, entity or canton.
 */
async function resolveMunicipality(db: Db, id: string): Promise<string> {
  const kind = await jurisdictionKind(db, id);
  if (!kind) throw notFound("Jurisdiction");
  if (kind === "municipality") return id;
  if (kind === "district") return (await selectMunicipalityBeneath(db, id)) ?? id;
  throw invalid("id", "not_a_municipality");
}

/**
 * A municipality's page: its figures, its newest events and how many there are, a page of the
 * organisations involved and how many there are, and local partner NGOs.
 */
export async function getMunicipalityActivity(
  db: Db,
  actor: Actor,
  id: string,
  { organizationsPage, ...query }: MunicipalityQuery,
): Promise<MunicipalityActivity> {
  enforce(coveragePolicy(actor, "read"), "Jurisdiction");
  const municipalityId = await resolveMunicipality(db, id);
  const placeIds = await selectPlacesOf(db, municipalityId);
  const organisersHere = selectOrganisersHere(db, actor, query, placeIds);
  const [[municipality], figures, events, eventsTotal, organizations, localPartners] = await Promise.all([
    selectMunicipalities(db, [municipalityId]),
    selectFiguresByMunicipality(db, actor, query, municipalityId),
    selectMunicipalityEvents(db, actor, query, placeIds),
    countMunicipalityEvents(db, actor, query, placeIds),
    organisersHere.then((organisers) =>
      selectInvolvedOrganizations(db, actor, query, municipalityId, placeIds, organisers, organizationsPage),
    ),
    organisersHere.then((organisers) => selectLocalPartners(db, placeIds, organisers)),
  ]);
  if (!municipality) throw notFound("Jurisdiction");
  return {
    municipality,
    figures: figures.get(municipalityId) ?? noActivity(),
    events,
    eventsTotal,
    organizations: organizations.items,
    organizationsTotal: organizations.total,
    localPartners,
  };
}
