// Generated from the API's OpenAPI document by `npm run openapi`; do not edit.
export interface paths {
    "/api/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    projectId?: string;
                };
                header?: never;
                path?: never;
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
                            organizationsReached: {
                                byLevel: {
                                    count: number;
                                    /** @enum {string} */
                                    level: "international" | "state" | "entity" | "canton" | "municipality";
                                }[];
                                bySector: {
                                    count: number;
                                    /** @enum {string} */
                                    sector: "defence" | "police" | "border" | "intelligence" | "justice" | "gender_mechanism" | "other_government" | "local_government" | "civil_society" | "international_organization" | "media" | "academia";
                                }[];
                                total: number;
                            };
                            outputs: {
                                /** @enum {string} */
                                eventKind: "board_meeting" | "training_of_trainers" | "seminar" | "workshop" | "public_presentation" | "media_appearance" | "other";
                                held: number;
                                label: string;
                                targetCount: number;
                            }[];
                            participations: {
                                female: number;
                                male: number;
                                total: number;
                            };
                            project: {
                                code: string;
                                /** Format: uuid */
                                id: string;
                                title: string;
                            } | null;
                            projects: {
                                code: string;
                                /** Format: uuid */
                                id: string;
                                title: string;
                            }[];
                            uniquePeople: {
                                female: number;
                                male: number;
                                total: number;
                            };
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
