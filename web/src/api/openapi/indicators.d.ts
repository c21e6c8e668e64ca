// Generated from the API's OpenAPI document by `npm run openapi`; do not edit.
export interface paths {
    "/api/indicators": {
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
                    frameworkNodeId?: string;
                    order?: "asc" | "desc";
                    page?: number;
                    pageSize?: number;
                    planId?: string;
                    q?: string;
                    sort?: "code" | "name" | "updatedAt";
                    unit?: "number" | "percent" | "ratio" | "yes_no" | "text";
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
                                activitySource: {
                                    attendedOnly: boolean;
                                    eventKinds: ("board_meeting" | "training_of_trainers" | "seminar" | "workshop" | "public_presentation" | "media_appearance" | "other")[];
                                    /** @enum {string} */
                                    measure: "unique_people" | "participations" | "events_held" | "cascade_reach" | "cooperation_organizations" | "cooperation_ties" | "cross_level_ties" | "institution_cso_ties";
                                    roles: ("participant" | "trainer" | "co_trainer" | "speaker" | "organiser" | "observer")[];
                                } | null;
                                baselineDate: string | null;
                                baselineValue: number | null;
                                categorySets: {
                                    categories: {
                                        code: string;
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    }[];
                                    code: string;
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                                code: string;
                                countsPeople: boolean;
                                createdAt: string;
                                dataSource: string | null;
                                /** @enum {string} */
                                direction: "up" | "down";
                                endTarget: number | null;
                                formula: {
                                    /** Format: uuid */
                                    denominatorIndicatorId: string;
                                    /** Format: uuid */
                                    numeratorIndicatorId: string;
                                    scale: number;
                                } | null;
                                frameworkNodeCode: string;
                                /** Format: uuid */
                                frameworkNodeId: string;
                                frameworkNodeTitle: string;
                                frequency: string | null;
                                /** Format: uuid */
                                id: string;
                                isArchived: boolean;
                                isCumulative: boolean;
                                /** Format: uuid */
                                lineageId: string;
                                meansOfVerification: string | null;
                                name: string;
                                /** Format: uuid */
                                planId: string;
                                rationale: string | null;
                                responsibleOrganizations: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                                targets: {
                                    /** Format: uuid */
                                    periodId: string;
                                    periodName: string;
                                    value: number;
                                }[];
                                /** @enum {string} */
                                unit: "number" | "percent" | "ratio" | "yes_no" | "text";
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
                        activitySource?: {
                            attendedOnly: boolean;
                            eventKinds: ("board_meeting" | "training_of_trainers" | "seminar" | "workshop" | "public_presentation" | "media_appearance" | "other")[];
                            /** @enum {string} */
                            measure: "unique_people" | "participations" | "events_held" | "cascade_reach" | "cooperation_organizations" | "cooperation_ties" | "cross_level_ties" | "institution_cso_ties";
                            roles: ("participant" | "trainer" | "co_trainer" | "speaker" | "organiser" | "observer")[];
                        } | null;
                        /** Format: date */
                        baselineDate?: string | null;
                        baselineValue?: number | null;
                        categorySetIds?: string[];
                        code: string;
                        /** @default false */
                        countsPeople?: boolean;
                        dataSource?: string | null;
                        /**
                         * @default up
                         * @enum {string}
                         */
                        direction?: "up" | "down";
                        endTarget?: number | null;
                        formula?: {
                            /** Format: uuid */
                            denominatorIndicatorId: string;
                            /** Format: uuid */
                            numeratorIndicatorId: string;
                            scale?: 1 | 100;
                        } | null;
                        /** Format: uuid */
                        frameworkNodeId: string;
                        frequency?: string | null;
                        /** @default false */
                        isCumulative?: boolean;
                        meansOfVerification?: string | null;
                        name: string;
                        /** Format: uuid */
                        planId: string;
                        rationale?: string | null;
                        responsibleOrganizationIds?: string[];
                        /** @default [] */
                        targets?: {
                            /** Format: uuid */
                            periodId: string;
                            value: number;
                        }[];
                        /** @enum {string} */
                        unit: "number" | "percent" | "ratio" | "yes_no" | "text";
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
                            activitySource: {
                                attendedOnly: boolean;
                                eventKinds: ("board_meeting" | "training_of_trainers" | "seminar" | "workshop" | "public_presentation" | "media_appearance" | "other")[];
                                /** @enum {string} */
                                measure: "unique_people" | "participations" | "events_held" | "cascade_reach" | "cooperation_organizations" | "cooperation_ties" | "cross_level_ties" | "institution_cso_ties";
                                roles: ("participant" | "trainer" | "co_trainer" | "speaker" | "organiser" | "observer")[];
                            } | null;
                            baselineDate: string | null;
                            baselineValue: number | null;
                            categorySets: {
                                categories: {
                                    code: string;
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                                code: string;
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            code: string;
                            countsPeople: boolean;
                            createdAt: string;
                            dataSource: string | null;
                            /** @enum {string} */
                            direction: "up" | "down";
                            endTarget: number | null;
                            formula: {
                                /** Format: uuid */
                                denominatorIndicatorId: string;
                                /** Format: uuid */
                                numeratorIndicatorId: string;
                                scale: number;
                            } | null;
                            frameworkNodeCode: string;
                            /** Format: uuid */
                            frameworkNodeId: string;
                            frameworkNodeTitle: string;
                            frequency: string | null;
                            /** Format: uuid */
                            id: string;
                            isArchived: boolean;
                            isCumulative: boolean;
                            /** Format: uuid */
                            lineageId: string;
                            meansOfVerification: string | null;
                            name: string;
                            /** Format: uuid */
                            planId: string;
                            rationale: string | null;
                            responsibleOrganizations: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            targets: {
                                /** Format: uuid */
                                periodId: string;
                                periodName: string;
                                value: number;
                            }[];
                            /** @enum {string} */
                            unit: "number" | "percent" | "ratio" | "yes_no" | "text";
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
    "/api/indicators/{id}": {
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
                            activitySource: {
                                attendedOnly: boolean;
                                eventKinds: ("board_meeting" | "training_of_trainers" | "seminar" | "workshop" | "public_presentation" | "media_appearance" | "other")[];
                                /** @enum {string} */
                                measure: "unique_people" | "participations" | "events_held" | "cascade_reach" | "cooperation_organizations" | "cooperation_ties" | "cross_level_ties" | "institution_cso_ties";
                                roles: ("participant" | "trainer" | "co_trainer" | "speaker" | "organiser" | "observer")[];
                            } | null;
                            baselineDate: string | null;
                            baselineValue: number | null;
                            categorySets: {
                                categories: {
                                    code: string;
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                                code: string;
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            code: string;
                            countsPeople: boolean;
                            createdAt: string;
                            dataSource: string | null;
                            /** @enum {string} */
                            direction: "up" | "down";
                            endTarget: number | null;
                            formula: {
                                /** Format: uuid */
                                denominatorIndicatorId: string;
                                /** Format: uuid */
                                numeratorIndicatorId: string;
                                scale: number;
                            } | null;
                            frameworkNodeCode: string;
                            /** Format: uuid */
                            frameworkNodeId: string;
                            frameworkNodeTitle: string;
                            frequency: string | null;
                            /** Format: uuid */
                            id: string;
                            isArchived: boolean;
                            isCumulative: boolean;
                            /** Format: uuid */
                            lineageId: string;
                            meansOfVerification: string | null;
                            name: string;
                            /** Format: uuid */
                            planId: string;
                            rationale: string | null;
                            responsibleOrganizations: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            targets: {
                                /** Format: uuid */
                                periodId: string;
                                periodName: string;
                                value: number;
                            }[];
                            /** @enum {string} */
                            unit: "number" | "percent" | "ratio" | "yes_no" | "text";
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
                            activitySource: {
                                attendedOnly: boolean;
                                eventKinds: ("board_meeting" | "training_of_trainers" | "seminar" | "workshop" | "public_presentation" | "media_appearance" | "other")[];
                                /** @enum {string} */
                                measure: "unique_people" | "participations" | "events_held" | "cascade_reach" | "cooperation_organizations" | "cooperation_ties" | "cross_level_ties" | "institution_cso_ties";
                                roles: ("participant" | "trainer" | "co_trainer" | "speaker" | "organiser" | "observer")[];
                            } | null;
                            baselineDate: string | null;
                            baselineValue: number | null;
                            categorySets: {
                                categories: {
                                    code: string;
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                                code: string;
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            code: string;
                            countsPeople: boolean;
                            createdAt: string;
                            dataSource: string | null;
                            /** @enum {string} */
                            direction: "up" | "down";
                            endTarget: number | null;
                            formula: {
                                /** Format: uuid */
                                denominatorIndicatorId: string;
                                /** Format: uuid */
                                numeratorIndicatorId: string;
                                scale: number;
                            } | null;
                            frameworkNodeCode: string;
                            /** Format: uuid */
                            frameworkNodeId: string;
                            frameworkNodeTitle: string;
                            frequency: string | null;
                            /** Format: uuid */
                            id: string;
                            isArchived: boolean;
                            isCumulative: boolean;
                            /** Format: uuid */
                            lineageId: string;
                            meansOfVerification: string | null;
                            name: string;
                            /** Format: uuid */
                            planId: string;
                            rationale: string | null;
                            responsibleOrganizations: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            targets: {
                                /** Format: uuid */
                                periodId: string;
                                periodName: string;
                                value: number;
                            }[];
                            /** @enum {string} */
                            unit: "number" | "percent" | "ratio" | "yes_no" | "text";
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
                        activitySource?: {
                            attendedOnly: boolean;
                            eventKinds: ("board_meeting" | "training_of_trainers" | "seminar" | "workshop" | "public_presentation" | "media_appearance" | "other")[];
                            /** @enum {string} */
                            measure: "unique_people" | "participations" | "events_held" | "cascade_reach" | "cooperation_organizations" | "cooperation_ties" | "cross_level_ties" | "institution_cso_ties";
                            roles: ("participant" | "trainer" | "co_trainer" | "speaker" | "organiser" | "observer")[];
                        } | null;
                        /** Format: date */
                        baselineDate?: string | null;
                        baselineValue?: number | null;
                        categorySetIds?: string[];
                        code?: string;
                        countsPeople?: boolean;
                        dataSource?: string | null;
                        /** @enum {string} */
                        direction?: "up" | "down";
                        endTarget?: number | null;
                        formula?: {
                            /** Format: uuid */
                            denominatorIndicatorId: string;
                            /** Format: uuid */
                            numeratorIndicatorId: string;
                            scale?: 1 | 100;
                        } | null;
                        /** Format: uuid */
                        frameworkNodeId?: string;
                        frequency?: string | null;
                        isCumulative?: boolean;
                        meansOfVerification?: string | null;
                        name?: string;
                        rationale?: string | null;
                        reason?: string;
                        responsibleOrganizationIds?: string[];
                        targets?: {
                            /** Format: uuid */
                            periodId: string;
                            value: number;
                        }[];
                        /** @enum {string} */
                        unit?: "number" | "percent" | "ratio" | "yes_no" | "text";
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
                            activitySource: {
                                attendedOnly: boolean;
                                eventKinds: ("board_meeting" | "training_of_trainers" | "seminar" | "workshop" | "public_presentation" | "media_appearance" | "other")[];
                                /** @enum {string} */
                                measure: "unique_people" | "participations" | "events_held" | "cascade_reach" | "cooperation_organizations" | "cooperation_ties" | "cross_level_ties" | "institution_cso_ties";
                                roles: ("participant" | "trainer" | "co_trainer" | "speaker" | "organiser" | "observer")[];
                            } | null;
                            baselineDate: string | null;
                            baselineValue: number | null;
                            categorySets: {
                                categories: {
                                    code: string;
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                                code: string;
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            code: string;
                            countsPeople: boolean;
                            createdAt: string;
                            dataSource: string | null;
                            /** @enum {string} */
                            direction: "up" | "down";
                            endTarget: number | null;
                            formula: {
                                /** Format: uuid */
                                denominatorIndicatorId: string;
                                /** Format: uuid */
                                numeratorIndicatorId: string;
                                scale: number;
                            } | null;
                            frameworkNodeCode: string;
                            /** Format: uuid */
                            frameworkNodeId: string;
                            frameworkNodeTitle: string;
                            frequency: string | null;
                            /** Format: uuid */
                            id: string;
                            isArchived: boolean;
                            isCumulative: boolean;
                            /** Format: uuid */
                            lineageId: string;
                            meansOfVerification: string | null;
                            name: string;
                            /** Format: uuid */
                            planId: string;
                            rationale: string | null;
                            responsibleOrganizations: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            targets: {
                                /** Format: uuid */
                                periodId: string;
                                periodName: string;
                                value: number;
                            }[];
                            /** @enum {string} */
                            unit: "number" | "percent" | "ratio" | "yes_no" | "text";
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/indicators/{id}/history": {
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
                            changes: {
                                action: string;
                                actorName: string | null;
                                at: string;
                                fields: string[];
                                reason: string | null;
                            }[];
                            values: {
                                decidedAt: string | null;
                                /** Format: uuid */
                                organizationId: string;
                                organizationName: string;
                                /** Format: uuid */
                                periodId: string;
                                periodName: string;
                                /** Format: uuid */
                                submissionId: string;
                                textValue: string | null;
                                value: number | null;
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
    "/api/indicators/{id}/restore": {
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
                            activitySource: {
                                attendedOnly: boolean;
                                eventKinds: ("board_meeting" | "training_of_trainers" | "seminar" | "workshop" | "public_presentation" | "media_appearance" | "other")[];
                                /** @enum {string} */
                                measure: "unique_people" | "participations" | "events_held" | "cascade_reach" | "cooperation_organizations" | "cooperation_ties" | "cross_level_ties" | "institution_cso_ties";
                                roles: ("participant" | "trainer" | "co_trainer" | "speaker" | "organiser" | "observer")[];
                            } | null;
                            baselineDate: string | null;
                            baselineValue: number | null;
                            categorySets: {
                                categories: {
                                    code: string;
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                                code: string;
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            code: string;
                            countsPeople: boolean;
                            createdAt: string;
                            dataSource: string | null;
                            /** @enum {string} */
                            direction: "up" | "down";
                            endTarget: number | null;
                            formula: {
                                /** Format: uuid */
                                denominatorIndicatorId: string;
                                /** Format: uuid */
                                numeratorIndicatorId: string;
                                scale: number;
                            } | null;
                            frameworkNodeCode: string;
                            /** Format: uuid */
                            frameworkNodeId: string;
                            frameworkNodeTitle: string;
                            frequency: string | null;
                            /** Format: uuid */
                            id: string;
                            isArchived: boolean;
                            isCumulative: boolean;
                            /** Format: uuid */
                            lineageId: string;
                            meansOfVerification: string | null;
                            name: string;
                            /** Format: uuid */
                            planId: string;
                            rationale: string | null;
                            responsibleOrganizations: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            targets: {
                                /** Format: uuid */
                                periodId: string;
                                periodName: string;
                                value: number;
                            }[];
                            /** @enum {string} */
                            unit: "number" | "percent" | "ratio" | "yes_no" | "text";
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
    "/api/indicators/{id}/series": {
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
                            indicator: {
                                code: string;
                                /** @enum {string} */
                                direction: "up" | "down";
                                /** Format: uuid */
                                id: string;
                                name: string;
                                /** @enum {string} */
                                unit: "number" | "percent" | "ratio" | "yes_no" | "text";
                            };
                            points: {
                                actual: number | null;
                                bySex: {
                                    female: number | null;
                                    male: number | null;
                                } | null;
                                /** Format: uuid */
                                periodId: string;
                                periodName: string;
                                /** @enum {string} */
                                status: "on_track" | "at_risk" | "off_track" | "no_data";
                                target: number | null;
                                /** @enum {string} */
                                targetBasis: "target" | "path" | "none";
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
    "/api/indicators/export": {
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
                    frameworkNodeId?: string;
                    order?: "asc" | "desc";
                    planId?: string;
                    q?: string;
                    sort?: "code" | "name" | "updatedAt";
                    unit?: "number" | "percent" | "ratio" | "yes_no" | "text";
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
