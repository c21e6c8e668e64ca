import type { Event } from "../../../../common/schemas/events.js";
import type { TrainingParticipant } from "../../../../common/schemas/training.js";
import { useMe } from "../../api/auth.js";
import { isApiError } from "../../api/client.js";
import { useParticipations } from "../../api/events.js";

export const participantName = (p: Pick<TrainingParticipant, "givenName" | "familyName">) =>
  `${p.givenName} ${p.familyName}`;

/**
 * Whether the reader may record attendance and scores: whoever may edit the event (staff, its
 * organisers' representatives and partners), and the event's own trainers and co-trainers. The
 * server decides in the end; this only hides the inputs.
 */
export function useCanRecord(event: Pick<Event, "id" | "canEdit">): boolean {
  const { data: me } = useMe();
  const participations = useParticipations(event.id);
  if (event.canEdit) return true;
  if (me?.role !== "trainer" || !me.personId) return false;
  return (participations.data?.items ?? []).some(
    (p) => p.personId === me.personId && (p.role === "trainer" || p.role === "co_trainer"),
  );
}

/** A sheet the reader may not read (viewers, other organisations) is left out of the page. */
export const isHidden = (error: unknown): boolean =>
  isApiError(error) && (error.status === 403 || error.status === 404);

/** A share (0–1) as a percent number for inputs and text, without float noise (2/3 → 66.67). */
export const sharePercent = (share: number): number => Math.round(share * 10_000) / 100;
