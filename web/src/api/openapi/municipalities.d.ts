// Generated from the API's OpenAPI document by `npm run openapi`; do not edit.
export interface paths {
    "/api/municipalities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    from?: string;
                    kind?: "board_meeting" | "training_of_trainers" | "seminar" | "workshop" | "public_presentation" | "media_appearance" | "other";
                    organizationsPage?: number;
                    projectId?: string;
                    to?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            events: {
                                endsOn: string;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "board_meeting" | "training_of_trainers" | "seminar" | "workshop" | "public_presentation" | "media_appearance" | "other";
                                project: {
                                    code: string;
                                    /** Format: uuid */
                                    id: string;
                                    title: string;
                                } | null;
                                startsOn: string;
                                /** @enum {string} */
                                status: "planned" | "held" | "cancelled";
                                title: string;
                            }[];
                            eventsTotal: number;
                            figures: {
                                events: number;
                                participants: {
                                    female: number;
                                    male: number;
                                    total: number;
                                };
                                participations: number;
                                trainersActive: number;
                                womenShare: number | null;
                            };
                            localPartners: {
                                eventsOrganized: number;
                                /** Format: uuid */
                                id: string;
                                isSeatedHere: boolean;
                                /** @enum {string} */
                                level: "international" | "state" | "entity" | "canton" | "municipality";
                                name: string;
                                shortName: string | null;
                            }[];
                            municipality: {
                                canton: {
                                    /** Format: uuid */
                                    id: string;
                                    nameCyrillic: string;
                                    nameLatin: string;
                                } | null;
                                code: string;
                                entity: {
                                    /** Format: uuid */
                                    id: string;
                                    nameCyrillic: string;
                                    nameLatin: string;
                                } | null;
                                /** Format: uuid */
                                id: string;
                                nameCyrillic: string;
                                nameLatin: string;
                                shapeId: string | null;
                            };
                            organizations: {
                                eventsOrganized: number;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                level: "international" | "state" | "entity" | "canton" | "municipality";
                                name: string;
                                participants: number;
                                /** @enum {string} */
                                sector: "defence" | "police" | "border" | "intelligence" | "justice" | "gender_mechanism" | "other_government" | "local_government" | "civil_society" | "international_organization" | "media" | "academia";
                                shortName: string | null;
                            }[];
                            organizationsTotal: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
