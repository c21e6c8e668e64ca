import type { TrainingParticipant } from "../../../../common/schemas/training.js";
import { isApiError } from "../../api/client.js";

export const participantName = (p: Pick<TrainingParticipant, "givenName" | "familyName">) =>
  `${p.givenName} ${p.familyName}`;

/** A sheet the reader may not read (viewers, other organisations) is left out of the page. */
export const isHidden = (error: unknown): boolean =>
  isApiError(error) && (error.status === 403 || error.status === 404);

/** A share (0–1) as a percent number for inputs and text, without float noise (2/3 → 66.67). */
export const sharePercent = (share: number): number => Math.round(share * 10_000) / 100;
