// Generated from the API's OpenAPI document by `npm run openapi`; do not edit.
export interface paths {
    "/api/coverage": {
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
                    projectId?: string;
                    to?: string;
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
                            items: {
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
                                events: number;
                                /** Format: uuid */
                                id: string;
                                nameCyrillic: string;
                                nameLatin: string;
                                participants: {
                                    female: number;
                                    male: number;
                                    total: number;
                                };
                                participations: number;
                                shapeId: string | null;
                                trainersActive: number;
                                womenShare: number | null;
                            }[];
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
    "/api/coverage/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query: {
                    format: "csv" | "xlsx";
                    from?: string;
                    kind?: "board_meeting" | "training_of_trainers" | "seminar" | "workshop" | "public_presentation" | "media_appearance" | "other";
                    projectId?: string;
                    to?: string;
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
                    content?: never;
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
