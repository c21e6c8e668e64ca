import { useQuery } from "@tanstack/react-query";
import type { Certificate, CertificateOverview } from "../../../common/schemas/certificates.js";
import { api } from "./client.js";
import { useWrite } from "./resource.js";

/** Who may receive a certificate of a training, why not, and the certificates issued. */
export const useCertificates = (eventId: string) =>
  useQuery({
    queryKey: ["events", "certificates", eventId],
    queryFn: ({ signal }) => api<CertificateOverview>(`/events/${eventId}/certificates`, { signal }),
    retry: false,
  });

/** Without `personIds`: every eligible participant who has no certificate yet. */
export const useIssueCertificates = (eventId: string) =>
  useWrite((personIds?: string[]) =>
    api<{ issued: Certificate[] }>(`/events/${eventId}/certificates`, {
      method: "POST",
      body: personIds ? { personIds } : {},
    }),
  );

export const useRevokeCertificate = () =>
  useWrite(({ id, reason }: { id: string; reason: string }) =>
    api<Certificate>(`/certificates/${id}/revoke`, { method: "POST", body: { reason } }),
  );

export const certificatePdfUrl = (id: string) => `/api/certificates/${id}.pdf`;
export const eventCertificatesPdfUrl = (eventId: string) => `/api/events/${eventId}/certificates.pdf`;
/** The public page that tells whether a certificate number is genuine. */
export const verifyPath = (number: string) => `/verify/${encodeURIComponent(number)}`;
