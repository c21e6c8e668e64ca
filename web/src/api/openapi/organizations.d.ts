// Generated from the API's OpenAPI document by `npm run openapi`; do not edit.
export interface paths {
    "/api/organizations": {
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
                    level?: "international" | "state" | "entity" | "canton" | "municipality";
                    order?: "asc" | "desc";
                    page?: number;
                    pageSize?: number;
                    q?: string;
                    sector?: "defence" | "police" | "border" | "intelligence" | "justice" | "gender_mechanism" | "other_government" | "local_government" | "civil_society" | "international_organization" | "media" | "academia";
                    sort?: "name" | "level" | "sector" | "updatedAt";
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
                                createdAt: string;
                                description: string | null;
                                /** Format: uuid */
                                id: string;
                                isArchived: boolean;
                                /** Format: uuid */
                                jurisdictionId: string | null;
                                jurisdictionName: string | null;
                                /** @enum {string} */
                                level: "international" | "state" | "entity" | "canton" | "municipality";
                                name: string;
                                /** @enum {string} */
                                sector: "defence" | "police" | "border" | "intelligence" | "justice" | "gender_mechanism" | "other_government" | "local_government" | "civil_society" | "international_organization" | "media" | "academia";
                                shortName: string | null;
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
                        description?: string | null;
                        /** Format: uuid */
                        jurisdictionId?: string | null;
                        /** @enum {string} */
                        level: "international" | "state" | "entity" | "canton" | "municipality";
                        name: string;
                        /** @enum {string} */
                        sector: "defence" | "police" | "border" | "intelligence" | "justice" | "gender_mechanism" | "other_government" | "local_government" | "civil_society" | "international_organization" | "media" | "academia";
                        shortName?: string | null;
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
                            createdAt: string;
                            description: string | null;
                            /** Format: uuid */
                            id: string;
                            isArchived: boolean;
                            /** Format: uuid */
                            jurisdictionId: string | null;
                            jurisdictionName: string | null;
                            /** @enum {string} */
                            level: "international" | "state" | "entity" | "canton" | "municipality";
                            name: string;
                            /** @enum {string} */
                            sector: "defence" | "police" | "border" | "intelligence" | "justice" | "gender_mechanism" | "other_government" | "local_government" | "civil_society" | "international_organization" | "media" | "academia";
                            shortName: string | null;
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
    "/api/organizations/{id}": {
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
                            createdAt: string;
                            description: string | null;
                            /** Format: uuid */
                            id: string;
                            isArchived: boolean;
                            /** Format: uuid */
                            jurisdictionId: string | null;
                            jurisdictionName: string | null;
                            /** @enum {string} */
                            level: "international" | "state" | "entity" | "canton" | "municipality";
                            name: string;
                            /** @enum {string} */
                            sector: "defence" | "police" | "border" | "intelligence" | "justice" | "gender_mechanism" | "other_government" | "local_government" | "civil_society" | "international_organization" | "media" | "academia";
                            shortName: string | null;
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
                            createdAt: string;
                            description: string | null;
                            /** Format: uuid */
                            id: string;
                            isArchived: boolean;
                            /** Format: uuid */
                            jurisdictionId: string | null;
                            jurisdictionName: string | null;
                            /** @enum {string} */
                            level: "international" | "state" | "entity" | "canton" | "municipality";
                            name: string;
                            /** @enum {string} */
                            sector: "defence" | "police" | "border" | "intelligence" | "justice" | "gender_mechanism" | "other_government" | "local_government" | "civil_society" | "international_organization" | "media" | "academia";
                            shortName: string | null;
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
                        description?: string | null;
                        /** Format: uuid */
                        jurisdictionId?: string | null;
                        /** @enum {string} */
                        level?: "international" | "state" | "entity" | "canton" | "municipality";
                        name?: string;
                        /** @enum {string} */
                        sector?: "defence" | "police" | "border" | "intelligence" | "justice" | "gender_mechanism" | "other_government" | "local_government" | "civil_society" | "international_organization" | "media" | "academia";
                        shortName?: string | null;
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
                            createdAt: string;
                            description: string | null;
                            /** Format: uuid */
                            id: string;
                            isArchived: boolean;
                            /** Format: uuid */
                            jurisdictionId: string | null;
                            jurisdictionName: string | null;
                            /** @enum {string} */
                            level: "international" | "state" | "entity" | "canton" | "municipality";
                            name: string;
                            /** @enum {string} */
                            sector: "defence" | "police" | "border" | "intelligence" | "justice" | "gender_mechanism" | "other_government" | "local_government" | "civil_society" | "international_organization" | "media" | "academia";
                            shortName: string | null;
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/organizations/{id}/partners": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query: {
                    from: string;
                    to: string;
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
                            /** Format: date */
                            from: string;
                            partners: {
                                /** Format: uuid */
                                id: string;
                                kinds: ("co_organised" | "attended" | "board_meeting" | "action_item" | "agreement")[];
                                /** @enum {string} */
                                level: "international" | "state" | "entity" | "canton" | "municipality";
                                name: string;
                                records: number;
                                /** @enum {string} */
                                sector: "defence" | "police" | "border" | "intelligence" | "justice" | "gender_mechanism" | "other_government" | "local_government" | "civil_society" | "international_organization" | "media" | "academia";
                            }[];
                            tiesByKind: {
                                action_item: number;
                                agreement: number;
                                attended: number;
                                board_meeting: number;
                                co_organised: number;
                            };
                            /** Format: date */
                            to: string;
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
    "/api/organizations/{id}/restore": {
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
                            createdAt: string;
                            description: string | null;
                            /** Format: uuid */
                            id: string;
                            isArchived: boolean;
                            /** Format: uuid */
                            jurisdictionId: string | null;
                            jurisdictionName: string | null;
                            /** @enum {string} */
                            level: "international" | "state" | "entity" | "canton" | "municipality";
                            name: string;
                            /** @enum {string} */
                            sector: "defence" | "police" | "border" | "intelligence" | "justice" | "gender_mechanism" | "other_government" | "local_government" | "civil_society" | "international_organization" | "media" | "academia";
                            shortName: string | null;
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
    "/api/organizations/export": {
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
                    level?: "international" | "state" | "entity" | "canton" | "municipality";
                    order?: "asc" | "desc";
                    q?: string;
                    sector?: "defence" | "police" | "border" | "intelligence" | "justice" | "gender_mechanism" | "other_government" | "local_government" | "civil_society" | "international_organization" | "media" | "academia";
                    sort?: "name" | "level" | "sector" | "updatedAt";
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
