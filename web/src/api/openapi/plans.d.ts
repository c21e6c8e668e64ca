// Generated from the API's OpenAPI document by `npm run openapi`; do not edit.
export interface paths {
    "/api/plans": {
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
                    sort?: "startsOn" | "title";
                    status?: "draft" | "active" | "closed";
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
                                endsOn: string;
                                /** Format: uuid */
                                id: string;
                                isArchived: boolean;
                                /** Format: uuid */
                                jurisdictionId: string | null;
                                nodeCount: number;
                                /** Format: uuid */
                                predecessorId: string | null;
                                predecessorTitle: string | null;
                                shortTitle: string;
                                source: string | null;
                                startsOn: string;
                                /** @enum {string} */
                                status: "draft" | "active" | "closed";
                                tierNames: string[];
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
                        description?: string | null;
                        /** Format: date */
                        endsOn: string;
                        /** Format: uuid */
                        jurisdictionId?: string | null;
                        /** Format: uuid */
                        predecessorId?: string | null;
                        shortTitle: string;
                        source?: string | null;
                        /** Format: date */
                        startsOn: string;
                        /**
                         * @default draft
                         * @enum {string}
                         */
                        status?: "draft" | "active" | "closed";
                        tierNames: string[];
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
                            createdAt: string;
                            description: string | null;
                            endsOn: string;
                            /** Format: uuid */
                            id: string;
                            isArchived: boolean;
                            /** Format: uuid */
                            jurisdictionId: string | null;
                            nodeCount: number;
                            /** Format: uuid */
                            predecessorId: string | null;
                            predecessorTitle: string | null;
                            shortTitle: string;
                            source: string | null;
                            startsOn: string;
                            /** @enum {string} */
                            status: "draft" | "active" | "closed";
                            tierNames: string[];
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
    "/api/plans/{id}": {
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
                            endsOn: string;
                            /** Format: uuid */
                            id: string;
                            isArchived: boolean;
                            /** Format: uuid */
                            jurisdictionId: string | null;
                            nodeCount: number;
                            /** Format: uuid */
                            predecessorId: string | null;
                            predecessorTitle: string | null;
                            shortTitle: string;
                            source: string | null;
                            startsOn: string;
                            /** @enum {string} */
                            status: "draft" | "active" | "closed";
                            tierNames: string[];
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
                            createdAt: string;
                            description: string | null;
                            endsOn: string;
                            /** Format: uuid */
                            id: string;
                            isArchived: boolean;
                            /** Format: uuid */
                            jurisdictionId: string | null;
                            nodeCount: number;
                            /** Format: uuid */
                            predecessorId: string | null;
                            predecessorTitle: string | null;
                            shortTitle: string;
                            source: string | null;
                            startsOn: string;
                            /** @enum {string} */
                            status: "draft" | "active" | "closed";
                            tierNames: string[];
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
                        description?: string | null;
                        /** Format: date */
                        endsOn?: string;
                        /** Format: uuid */
                        jurisdictionId?: string | null;
                        /** Format: uuid */
                        predecessorId?: string | null;
                        shortTitle?: string;
                        source?: string | null;
                        /** Format: date */
                        startsOn?: string;
                        /** @enum {string} */
                        status?: "draft" | "active" | "closed";
                        tierNames?: string[];
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
                            createdAt: string;
                            description: string | null;
                            endsOn: string;
                            /** Format: uuid */
                            id: string;
                            isArchived: boolean;
                            /** Format: uuid */
                            jurisdictionId: string | null;
                            nodeCount: number;
                            /** Format: uuid */
                            predecessorId: string | null;
                            predecessorTitle: string | null;
                            shortTitle: string;
                            source: string | null;
                            startsOn: string;
                            /** @enum {string} */
                            status: "draft" | "active" | "closed";
                            tierNames: string[];
                            title: string;
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/plans/{id}/copy": {
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
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date */
                        endsOn: string;
                        shortTitle: string;
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
                            createdAt: string;
                            description: string | null;
                            endsOn: string;
                            /** Format: uuid */
                            id: string;
                            isArchived: boolean;
                            /** Format: uuid */
                            jurisdictionId: string | null;
                            nodeCount: number;
                            /** Format: uuid */
                            predecessorId: string | null;
                            predecessorTitle: string | null;
                            shortTitle: string;
                            source: string | null;
                            startsOn: string;
                            /** @enum {string} */
                            status: "draft" | "active" | "closed";
                            tierNames: string[];
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
    "/api/plans/{id}/nodes": {
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
                            nodes: {
                                budgetAmount: number | null;
                                budgetCurrency: string | null;
                                code: string;
                                coResponsibleOrganizations: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                                deadline: string | null;
                                depth: number;
                                description: string | null;
                                /** @enum {string|null} */
                                fundingSource: "government" | "donor" | null;
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                leadOrganizationId: string | null;
                                leadOrganizationName: string | null;
                                /** Format: uuid */
                                parentId: string | null;
                                pillars: ("prevention" | "participation" | "protection" | "relief_recovery")[];
                                /** Format: uuid */
                                planId: string;
                                position: number;
                                /** @enum {string|null} */
                                status: "not_started" | "in_progress" | "completed" | "delayed" | "cancelled" | null;
                                title: string;
                            }[];
                            plan: {
                                /** @description What the signed-in reader may do with this record, as the server's policy decides. */
                                abilities: {
                                    archive: boolean;
                                    update: boolean;
                                };
                                createdAt: string;
                                description: string | null;
                                endsOn: string;
                                /** Format: uuid */
                                id: string;
                                isArchived: boolean;
                                /** Format: uuid */
                                jurisdictionId: string | null;
                                nodeCount: number;
                                /** Format: uuid */
                                predecessorId: string | null;
                                predecessorTitle: string | null;
                                shortTitle: string;
                                source: string | null;
                                startsOn: string;
                                /** @enum {string} */
                                status: "draft" | "active" | "closed";
                                tierNames: string[];
                                title: string;
                                updatedAt: string;
                            };
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
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        budgetAmount?: number | null;
                        budgetCurrency?: string | null;
                        code: string;
                        coResponsibleOrganizationIds?: string[];
                        /** Format: date */
                        deadline?: string | null;
                        description?: string | null;
                        /** @enum {string|null} */
                        fundingSource?: "government" | "donor" | null;
                        /** Format: uuid */
                        leadOrganizationId?: string | null;
                        /** Format: uuid */
                        parentId?: string | null;
                        pillars?: ("prevention" | "participation" | "protection" | "relief_recovery")[];
                        position?: number;
                        /** @enum {string|null} */
                        status?: "not_started" | "in_progress" | "completed" | "delayed" | "cancelled" | null;
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
                            budgetAmount: number | null;
                            budgetCurrency: string | null;
                            code: string;
                            coResponsibleOrganizations: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            deadline: string | null;
                            depth: number;
                            description: string | null;
                            /** @enum {string|null} */
                            fundingSource: "government" | "donor" | null;
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            leadOrganizationId: string | null;
                            leadOrganizationName: string | null;
                            /** Format: uuid */
                            parentId: string | null;
                            pillars: ("prevention" | "participation" | "protection" | "relief_recovery")[];
                            /** Format: uuid */
                            planId: string;
                            position: number;
                            /** @enum {string|null} */
                            status: "not_started" | "in_progress" | "completed" | "delayed" | "cancelled" | null;
                            title: string;
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
    "/api/plans/{id}/nodes/{nodeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    nodeId: string;
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
                            nodes: {
                                budgetAmount: number | null;
                                budgetCurrency: string | null;
                                code: string;
                                coResponsibleOrganizations: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                                deadline: string | null;
                                depth: number;
                                description: string | null;
                                /** @enum {string|null} */
                                fundingSource: "government" | "donor" | null;
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                leadOrganizationId: string | null;
                                leadOrganizationName: string | null;
                                /** Format: uuid */
                                parentId: string | null;
                                pillars: ("prevention" | "participation" | "protection" | "relief_recovery")[];
                                /** Format: uuid */
                                planId: string;
                                position: number;
                                /** @enum {string|null} */
                                status: "not_started" | "in_progress" | "completed" | "delayed" | "cancelled" | null;
                                title: string;
                            }[];
                            plan: {
                                /** @description What the signed-in reader may do with this record, as the server's policy decides. */
                                abilities: {
                                    archive: boolean;
                                    update: boolean;
                                };
                                createdAt: string;
                                description: string | null;
                                endsOn: string;
                                /** Format: uuid */
                                id: string;
                                isArchived: boolean;
                                /** Format: uuid */
                                jurisdictionId: string | null;
                                nodeCount: number;
                                /** Format: uuid */
                                predecessorId: string | null;
                                predecessorTitle: string | null;
                                shortTitle: string;
                                source: string | null;
                                startsOn: string;
                                /** @enum {string} */
                                status: "draft" | "active" | "closed";
                                tierNames: string[];
                                title: string;
                                updatedAt: string;
                            };
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
                    nodeId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        budgetAmount?: number | null;
                        budgetCurrency?: string | null;
                        code?: string;
                        coResponsibleOrganizationIds?: string[];
                        /** Format: date */
                        deadline?: string | null;
                        description?: string | null;
                        /** @enum {string|null} */
                        fundingSource?: "government" | "donor" | null;
                        /** Format: uuid */
                        leadOrganizationId?: string | null;
                        /** Format: uuid */
                        parentId?: string | null;
                        pillars?: ("prevention" | "participation" | "protection" | "relief_recovery")[];
                        position?: number;
                        /** @enum {string|null} */
                        status?: "not_started" | "in_progress" | "completed" | "delayed" | "cancelled" | null;
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
                            budgetAmount: number | null;
                            budgetCurrency: string | null;
                            code: string;
                            coResponsibleOrganizations: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            deadline: string | null;
                            depth: number;
                            description: string | null;
                            /** @enum {string|null} */
                            fundingSource: "government" | "donor" | null;
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            leadOrganizationId: string | null;
                            leadOrganizationName: string | null;
                            /** Format: uuid */
                            parentId: string | null;
                            pillars: ("prevention" | "participation" | "protection" | "relief_recovery")[];
                            /** Format: uuid */
                            planId: string;
                            position: number;
                            /** @enum {string|null} */
                            status: "not_started" | "in_progress" | "completed" | "delayed" | "cancelled" | null;
                            title: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/plans/{id}/periods": {
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
                            items: {
                                /** @description What the signed-in reader may do with this record, as the server's policy decides. */
                                abilities: {
                                    delete: boolean;
                                    update: boolean;
                                };
                                createdAt: string;
                                endsOn: string;
                                /** Format: uuid */
                                id: string;
                                name: string;
                                /** Format: uuid */
                                planId: string;
                                startsOn: string;
                                /** @enum {string} */
                                status: "open" | "closed";
                                targetCount: number;
                                updatedAt: string;
                            }[];
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
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date */
                        endsOn: string;
                        name: string;
                        /** Format: date */
                        startsOn: string;
                        /**
                         * @default open
                         * @enum {string}
                         */
                        status?: "open" | "closed";
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
                                delete: boolean;
                                update: boolean;
                            };
                            createdAt: string;
                            endsOn: string;
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** Format: uuid */
                            planId: string;
                            startsOn: string;
                            /** @enum {string} */
                            status: "open" | "closed";
                            targetCount: number;
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
    "/api/plans/{id}/periods/generate": {
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
            requestBody: {
                content: {
                    "application/json": {
                        /** @default 1 */
                        startDay?: number;
                        /** @default 8 */
                        startMonth?: number;
                    } | null;
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
                            items: {
                                /** @description What the signed-in reader may do with this record, as the server's policy decides. */
                                abilities: {
                                    delete: boolean;
                                    update: boolean;
                                };
                                createdAt: string;
                                endsOn: string;
                                /** Format: uuid */
                                id: string;
                                name: string;
                                /** Format: uuid */
                                planId: string;
                                startsOn: string;
                                /** @enum {string} */
                                status: "open" | "closed";
                                targetCount: number;
                                updatedAt: string;
                            }[];
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
    "/api/plans/{id}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    periodId?: string;
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
                            indicators: {
                                activitySource: {
                                    attendedOnly: boolean;
                                    eventKinds: ("board_meeting" | "training_of_trainers" | "seminar" | "workshop" | "public_presentation" | "media_appearance" | "other")[];
                                    /** @enum {string} */
                                    measure: "unique_people" | "participations" | "events_held" | "cascade_reach" | "cooperation_organizations" | "cooperation_ties" | "cross_level_ties" | "institution_cso_ties";
                                    roles: ("participant" | "trainer" | "co_trainer" | "speaker" | "organiser" | "observer")[];
                                } | null;
                                actual: number | null;
                                /** @enum {string} */
                                aggregation: "sum" | "mean";
                                bySex: {
                                    female: number | null;
                                    male: number | null;
                                } | null;
                                code: string;
                                expected: number | null;
                                /** @enum {string} */
                                expectedBasis: "target" | "path" | "none";
                                /** Format: uuid */
                                indicatorId: string;
                                isCumulative: boolean;
                                name: string;
                                /** Format: uuid */
                                nodeId: string;
                                /** @enum {string} */
                                source: "reported" | "activity" | "formula";
                                /** @enum {string} */
                                status: "on_track" | "at_risk" | "off_track" | "no_data";
                                /** @enum {string} */
                                unit: "number" | "percent" | "ratio" | "yes_no" | "text";
                            }[];
                            nodes: {
                                code: string;
                                counts: {
                                    at_risk: number;
                                    no_data: number;
                                    off_track: number;
                                    on_track: number;
                                };
                                depth: number;
                                /** Format: uuid */
                                nodeId: string;
                                /** @enum {string} */
                                status: "on_track" | "at_risk" | "off_track" | "no_data";
                                title: string;
                            }[];
                            period: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            periods: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            plan: {
                                /** Format: uuid */
                                id: string;
                                title: string;
                            };
                            rollUp: {
                                counts: {
                                    at_risk: number;
                                    no_data: number;
                                    off_track: number;
                                    on_track: number;
                                };
                                /** @enum {string} */
                                status: "on_track" | "at_risk" | "off_track" | "no_data";
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
    "/api/plans/{id}/progress.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    periodId?: string;
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
    "/api/plans/{id}/progress.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    periodId?: string;
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
    "/api/plans/{id}/restore": {
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
                            endsOn: string;
                            /** Format: uuid */
                            id: string;
                            isArchived: boolean;
                            /** Format: uuid */
                            jurisdictionId: string | null;
                            nodeCount: number;
                            /** Format: uuid */
                            predecessorId: string | null;
                            predecessorTitle: string | null;
                            shortTitle: string;
                            source: string | null;
                            startsOn: string;
                            /** @enum {string} */
                            status: "draft" | "active" | "closed";
                            tierNames: string[];
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
    "/api/plans/export": {
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
                    sort?: "startsOn" | "title";
                    status?: "draft" | "active" | "closed";
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
