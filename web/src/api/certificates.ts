import { useQuery } from "@tanstack/react-query";
import { client, send } from "./client.js";
import { useWrite } from "./resource.js";

/** Who may receive a certificate of a training, why not, and the certificates issued. */
export const useCertificates = (eventId: string) =>
  useQuery({
    queryKey: ["events", "certificates", eventId],
    queryFn: ({ signal }) =>
      send(client.GET("/api/events/{id}/certificates", { params: { path: { id: eventId } }, signal })),
    retry: false,
  });

/** Without `personIds`: every eligible participant who has no certificate yet. */
export const useIssueCertificates = (eventId: string) =>
  useWrite((personIds?: string[]) =>
    send(
      client.POST("/api/events/{id}/certificates", {
        params: { path: { id: eventId } },
        body: personIds ? { personIds } : {},
      }),
    ),
  );

export const useRevokeCertificate = () =>
  useWrite(({ id, reason }: { id: string; reason: string }) =>
    send(client.POST("/api/certificates/{id}/revoke", { params: { path: { id } }, body: { reason } })),
  );

/** Whether a certificate number is genuine: public, so a 401 never means an expired session. */
export const verifyCertificate = (number: string, signal?: AbortSignal) =>
  send(client.GET("/api/verify/{number}", { params: { path: { number } }, signal }), {
    ignoreUnauthenticated: true,
  });

export const certificatePdfUrl = (id: string) => `/api/certificates/${id}.pdf`;
export const eventCertificatesPdfUrl = (eventId: string) => `/api/events/${eventId}/certificates.pdf`;
/** The public page that tells whether a certificate number is genuine. */
export const verifyPath = (number: string) => `/verify/${encodeURIComponent(number)}`;
