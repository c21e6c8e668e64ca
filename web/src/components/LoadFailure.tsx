import { isApiError } from "../api/client.js";
import { NotFoundPage } from "../routes/not-found/NotFoundPage.js";
import { ErrorAlert } from "./ErrorAlert.js";
import { LoadingState } from "./states.js";

/** A record that could not be loaded: the not-found page for 404 (also for rows one may not read), else the error. */
export function LoadFailure({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  if (isApiError(error) && error.status === 404) return <NotFoundPage />;
  return <ErrorAlert error={error} onRetry={onRetry} />;
}

/** What a page shows while its record is not there: loading, or why it could not be loaded. */
export function RecordPending({ query }: { query: { isLoading: boolean; error: unknown } }) {
  return query.isLoading ? <LoadingState /> : <LoadFailure error={query.error} />;
}
