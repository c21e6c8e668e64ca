// Generated from the API's OpenAPI document by `npm run openapi`; do not edit.
export interface paths {
    "/api/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    archived?: "exclude" | "include" | "only";
                    order?: "asc" | "desc";
                    page?: number;
                    pageSize?: number;
                    q?: string;
                    sort?: "startsOn" | "title" | "code";
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
                                /** @description What the signed-in reader may do with this record, as the server's policy decides. */
                                abilities: {
                                    archive: boolean;
                                    update: boolean;
                                };
                                budgetAmount: number | null;
                                code: string;
                                createdAt: string;
                                currency: string | null;
                                description: string | null;
                                donorName: string | null;
                                /** Format: uuid */
                                donorOrganizationId: string | null;
                                endsOn: string;
                                frameworkNodeIds: string[];
                                /** Format: uuid */
                                id: string;
                                implementers: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                                isArchived: boolean;
                                outputTargets: {
                                    /** @enum {string} */
                                    eventKind: "board_meeting" | "training_of_trainers" | "seminar" | "workshop" | "public_presentation" | "media_appearance" | "other";
                                    held: number;
                                    label: string;
                                    targetCount: number;
                                }[];
                                source: string | null;
                                startsOn: string;
                                title: string;
                                updatedAt: string;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        budgetAmount?: number | null;
                        code: string;
                        currency?: string | null;
                        description?: string | null;
                        /** Format: uuid */
                        donorOrganizationId?: string | null;
                        /** Format: date */
                        endsOn: string;
                        /** @default [] */
                        frameworkNodeIds?: string[];
                        /** @default [] */
                        implementerIds?: string[];
                        /** @default [] */
                        outputTargets?: {
                            /** @enum {string} */
                            eventKind: "board_meeting" | "training_of_trainers" | "seminar" | "workshop" | "public_presentation" | "media_appearance" | "other";
                            label: string;
                            targetCount: number;
                        }[];
                        source?: string | null;
                        /** Format: date */
                        startsOn: string;
                        title: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description What the signed-in reader may do with this record, as the server's policy decides. */
                            abilities: {
                                archive: boolean;
                                update: boolean;
                            };
                            budgetAmount: number | null;
                            code: string;
                            createdAt: string;
                            currency: string | null;
                            description: string | null;
                            donorName: string | null;
                            /** Format: uuid */
                            donorOrganizationId: string | null;
                            endsOn: string;
                            frameworkNodeIds: string[];
                            /** Format: uuid */
                            id: string;
                            implementers: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            isArchived: boolean;
                            outputTargets: {
                                /** @enum {string} */
                                eventKind: "board_meeting" | "training_of_trainers" | "seminar" | "workshop" | "public_presentation" | "media_appearance" | "other";
                                held: number;
                                label: string;
                                targetCount: number;
                            }[];
                            source: string | null;
                            startsOn: string;
                            title: string;
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
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
                            /** @description What the signed-in reader may do with this record, as the server's policy decides. */
                            abilities: {
                                archive: boolean;
                                update: boolean;
                            };
                            budgetAmount: number | null;
                            code: string;
                            createdAt: string;
                            currency: string | null;
                            description: string | null;
                            donorName: string | null;
                            /** Format: uuid */
                            donorOrganizationId: string | null;
                            endsOn: string;
                            frameworkNodeIds: string[];
                            /** Format: uuid */
                            id: string;
                            implementers: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            isArchived: boolean;
                            outputTargets: {
                                /** @enum {string} */
                                eventKind: "board_meeting" | "training_of_trainers" | "seminar" | "workshop" | "public_presentation" | "media_appearance" | "other";
                                held: number;
                                label: string;
                                targetCount: number;
                            }[];
                            source: string | null;
                            startsOn: string;
                            title: string;
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete: {
            parameters: {
                query?: never;
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
                            /** @description What the signed-in reader may do with this record, as the server's policy decides. */
                            abilities: {
                                archive: boolean;
                                update: boolean;
                            };
                            budgetAmount: number | null;
                            code: string;
                            createdAt: string;
                            currency: string | null;
                            description: string | null;
                            donorName: string | null;
                            /** Format: uuid */
                            donorOrganizationId: string | null;
                            endsOn: string;
                            frameworkNodeIds: string[];
                            /** Format: uuid */
                            id: string;
                            implementers: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            isArchived: boolean;
                            outputTargets: {
                                /** @enum {string} */
                                eventKind: "board_meeting" | "training_of_trainers" | "seminar" | "workshop" | "public_presentation" | "media_appearance" | "other";
                                held: number;
                                label: string;
                                targetCount: number;
                            }[];
                            source: string | null;
                            startsOn: string;
                            title: string;
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        budgetAmount?: number | null;
                        code?: string;
                        currency?: string | null;
                        description?: string | null;
                        /** Format: uuid */
                        donorOrganizationId?: string | null;
                        /** Format: date */
                        endsOn?: string;
                        frameworkNodeIds?: string[];
                        implementerIds?: string[];
                        outputTargets?: {
                            /** @enum {string} */
                            eventKind: "board_meeting" | "training_of_trainers" | "seminar" | "workshop" | "public_presentation" | "media_appearance" | "other";
                            label: string;
                            targetCount: number;
                        }[];
                        source?: string | null;
                        /** Format: date */
                        startsOn?: string;
                        title?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description What the signed-in reader may do with this record, as the server's policy decides. */
                            abilities: {
                                archive: boolean;
                                update: boolean;
                            };
                            budgetAmount: number | null;
                            code: string;
                            createdAt: string;
                            currency: string | null;
                            description: string | null;
                            donorName: string | null;
                            /** Format: uuid */
                            donorOrganizationId: string | null;
                            endsOn: string;
                            frameworkNodeIds: string[];
                            /** Format: uuid */
                            id: string;
                            implementers: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            isArchived: boolean;
                            outputTargets: {
                                /** @enum {string} */
                                eventKind: "board_meeting" | "training_of_trainers" | "seminar" | "workshop" | "public_presentation" | "media_appearance" | "other";
                                held: number;
                                label: string;
                                targetCount: number;
                            }[];
                            source: string | null;
                            startsOn: string;
                            title: string;
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/projects/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
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
                            /** @description What the signed-in reader may do with this record, as the server's policy decides. */
                            abilities: {
                                archive: boolean;
                                update: boolean;
                            };
                            budgetAmount: number | null;
                            code: string;
                            createdAt: string;
                            currency: string | null;
                            description: string | null;
                            donorName: string | null;
                            /** Format: uuid */
                            donorOrganizationId: string | null;
                            endsOn: string;
                            frameworkNodeIds: string[];
                            /** Format: uuid */
                            id: string;
                            implementers: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            isArchived: boolean;
                            outputTargets: {
                                /** @enum {string} */
                                eventKind: "board_meeting" | "training_of_trainers" | "seminar" | "workshop" | "public_presentation" | "media_appearance" | "other";
                                held: number;
                                label: string;
                                targetCount: number;
                            }[];
                            source: string | null;
                            startsOn: string;
                            title: string;
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query: {
                    archived?: "exclude" | "include" | "only";
                    format: "csv" | "xlsx";
                    order?: "asc" | "desc";
                    q?: string;
                    sort?: "startsOn" | "title" | "code";
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
