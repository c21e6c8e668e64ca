// Generated from the API's OpenAPI document by `npm run openapi`; do not edit.
export interface paths {
    "/api/agreements": {
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
                    kind?: "memorandum" | "protocol" | "referral_mechanism" | "joint_programme" | "other";
                    level?: "international" | "state" | "entity" | "canton" | "municipality";
                    order?: "asc" | "desc";
                    organizationId?: string;
                    page?: number;
                    pageSize?: number;
                    q?: string;
                    sort?: "signedOn" | "title" | "kind" | "updatedAt";
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
                                isDemo: boolean;
                                /** Format: uuid */
                                jurisdictionId: string | null;
                                jurisdictionName: string | null;
                                /** @enum {string} */
                                kind: "memorandum" | "protocol" | "referral_mechanism" | "joint_programme" | "other";
                                /** Format: uuid */
                                leadOrganizationId: string | null;
                                /** @enum {string} */
                                level: "international" | "state" | "entity" | "canton" | "municipality";
                                parties: {
                                    /** @enum {string} */
                                    level: "international" | "state" | "entity" | "canton" | "municipality";
                                    name: string;
                                    /** Format: uuid */
                                    organizationId: string;
                                    /** @enum {string} */
                                    sector: "defence" | "police" | "border" | "intelligence" | "justice" | "gender_mechanism" | "other_government" | "local_government" | "civil_society" | "international_organization" | "media" | "academia";
                                }[];
                                /** Format: uuid */
                                planId: string | null;
                                /** Format: uuid */
                                projectId: string | null;
                                reference: string | null;
                                /** Format: date */
                                signedOn: string;
                                title: string;
                                updatedAt: string;
                                /** Format: date */
                                validUntil: string | null;
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
                        kind: "memorandum" | "protocol" | "referral_mechanism" | "joint_programme" | "other";
                        /** Format: uuid */
                        leadOrganizationId?: string | null;
                        /** @enum {string} */
                        level: "international" | "state" | "entity" | "canton" | "municipality";
                        partyIds: string[];
                        /** Format: uuid */
                        planId?: string | null;
                        /** Format: uuid */
                        projectId?: string | null;
                        reference?: string | null;
                        /** Format: date */
                        signedOn: string;
                        title: string;
                        /** Format: date */
                        validUntil?: string | null;
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
                            isDemo: boolean;
                            /** Format: uuid */
                            jurisdictionId: string | null;
                            jurisdictionName: string | null;
                            /** @enum {string} */
                            kind: "memorandum" | "protocol" | "referral_mechanism" | "joint_programme" | "other";
                            /** Format: uuid */
                            leadOrganizationId: string | null;
                            /** @enum {string} */
                            level: "international" | "state" | "entity" | "canton" | "municipality";
                            parties: {
                                /** @enum {string} */
                                level: "international" | "state" | "entity" | "canton" | "municipality";
                                name: string;
                                /** Format: uuid */
                                organizationId: string;
                                /** @enum {string} */
                                sector: "defence" | "police" | "border" | "intelligence" | "justice" | "gender_mechanism" | "other_government" | "local_government" | "civil_society" | "international_organization" | "media" | "academia";
                            }[];
                            /** Format: uuid */
                            planId: string | null;
                            /** Format: uuid */
                            projectId: string | null;
                            reference: string | null;
                            /** Format: date */
                            signedOn: string;
                            title: string;
                            updatedAt: string;
                            /** Format: date */
                            validUntil: string | null;
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
    "/api/agreements/{id}": {
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
                            isDemo: boolean;
                            /** Format: uuid */
                            jurisdictionId: string | null;
                            jurisdictionName: string | null;
                            /** @enum {string} */
                            kind: "memorandum" | "protocol" | "referral_mechanism" | "joint_programme" | "other";
                            /** Format: uuid */
                            leadOrganizationId: string | null;
                            /** @enum {string} */
                            level: "international" | "state" | "entity" | "canton" | "municipality";
                            parties: {
                                /** @enum {string} */
                                level: "international" | "state" | "entity" | "canton" | "municipality";
                                name: string;
                                /** Format: uuid */
                                organizationId: string;
                                /** @enum {string} */
                                sector: "defence" | "police" | "border" | "intelligence" | "justice" | "gender_mechanism" | "other_government" | "local_government" | "civil_society" | "international_organization" | "media" | "academia";
                            }[];
                            /** Format: uuid */
                            planId: string | null;
                            /** Format: uuid */
                            projectId: string | null;
                            reference: string | null;
                            /** Format: date */
                            signedOn: string;
                            title: string;
                            updatedAt: string;
                            /** Format: date */
                            validUntil: string | null;
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
                            isDemo: boolean;
                            /** Format: uuid */
                            jurisdictionId: string | null;
                            jurisdictionName: string | null;
                            /** @enum {string} */
                            kind: "memorandum" | "protocol" | "referral_mechanism" | "joint_programme" | "other";
                            /** Format: uuid */
                            leadOrganizationId: string | null;
                            /** @enum {string} */
                            level: "international" | "state" | "entity" | "canton" | "municipality";
                            parties: {
                                /** @enum {string} */
                                level: "international" | "state" | "entity" | "canton" | "municipality";
                                name: string;
                                /** Format: uuid */
                                organizationId: string;
                                /** @enum {string} */
                                sector: "defence" | "police" | "border" | "intelligence" | "justice" | "gender_mechanism" | "other_government" | "local_government" | "civil_society" | "international_organization" | "media" | "academia";
                            }[];
                            /** Format: uuid */
                            planId: string | null;
                            /** Format: uuid */
                            projectId: string | null;
                            reference: string | null;
                            /** Format: date */
                            signedOn: string;
                            title: string;
                            updatedAt: string;
                            /** Format: date */
                            validUntil: string | null;
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
                        kind?: "memorandum" | "protocol" | "referral_mechanism" | "joint_programme" | "other";
                        /** Format: uuid */
                        leadOrganizationId?: string | null;
                        /** @enum {string} */
                        level?: "international" | "state" | "entity" | "canton" | "municipality";
                        partyIds?: string[];
                        /** Format: uuid */
                        planId?: string | null;
                        /** Format: uuid */
                        projectId?: string | null;
                        reference?: string | null;
                        /** Format: date */
                        signedOn?: string;
                        title?: string;
                        /** Format: date */
                        validUntil?: string | null;
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
                            isDemo: boolean;
                            /** Format: uuid */
                            jurisdictionId: string | null;
                            jurisdictionName: string | null;
                            /** @enum {string} */
                            kind: "memorandum" | "protocol" | "referral_mechanism" | "joint_programme" | "other";
                            /** Format: uuid */
                            leadOrganizationId: string | null;
                            /** @enum {string} */
                            level: "international" | "state" | "entity" | "canton" | "municipality";
                            parties: {
                                /** @enum {string} */
                                level: "international" | "state" | "entity" | "canton" | "municipality";
                                name: string;
                                /** Format: uuid */
                                organizationId: string;
                                /** @enum {string} */
                                sector: "defence" | "police" | "border" | "intelligence" | "justice" | "gender_mechanism" | "other_government" | "local_government" | "civil_society" | "international_organization" | "media" | "academia";
                            }[];
                            /** Format: uuid */
                            planId: string | null;
                            /** Format: uuid */
                            projectId: string | null;
                            reference: string | null;
                            /** Format: date */
                            signedOn: string;
                            title: string;
                            updatedAt: string;
                            /** Format: date */
                            validUntil: string | null;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/agreements/{id}/restore": {
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
                            isDemo: boolean;
                            /** Format: uuid */
                            jurisdictionId: string | null;
                            jurisdictionName: string | null;
                            /** @enum {string} */
                            kind: "memorandum" | "protocol" | "referral_mechanism" | "joint_programme" | "other";
                            /** Format: uuid */
                            leadOrganizationId: string | null;
                            /** @enum {string} */
                            level: "international" | "state" | "entity" | "canton" | "municipality";
                            parties: {
                                /** @enum {string} */
                                level: "international" | "state" | "entity" | "canton" | "municipality";
                                name: string;
                                /** Format: uuid */
                                organizationId: string;
                                /** @enum {string} */
                                sector: "defence" | "police" | "border" | "intelligence" | "justice" | "gender_mechanism" | "other_government" | "local_government" | "civil_society" | "international_organization" | "media" | "academia";
                            }[];
                            /** Format: uuid */
                            planId: string | null;
                            /** Format: uuid */
                            projectId: string | null;
                            reference: string | null;
                            /** Format: date */
                            signedOn: string;
                            title: string;
                            updatedAt: string;
                            /** Format: date */
                            validUntil: string | null;
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
    "/api/agreements/export": {
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
                    kind?: "memorandum" | "protocol" | "referral_mechanism" | "joint_programme" | "other";
                    level?: "international" | "state" | "entity" | "canton" | "municipality";
                    order?: "asc" | "desc";
                    organizationId?: string;
                    q?: string;
                    sort?: "signedOn" | "title" | "kind" | "updatedAt";
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
