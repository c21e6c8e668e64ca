// Generated from the API's OpenAPI document by `npm run openapi`; do not edit.
export interface paths {
    "/api/periods/{id}": {
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
                                delete: boolean;
                                update: boolean;
                            };
                            createdAt: string;
                            endsOn: string;
                            /** Format: uuid */
                            id: string;
                            name: string;
                            plan: {
                                /** Format: uuid */
                                id: string;
                                shortTitle: string;
                                title: string;
                            };
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
                    content?: never;
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
                        /** Format: date */
                        endsOn?: string;
                        name?: string;
                        /** Format: date */
                        startsOn?: string;
                        /** @enum {string} */
                        status?: "open" | "closed";
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
        trace?: never;
    };
    "/api/periods/{id}/assessments": {
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
                            actions: {
                                code: string;
                                /** Format: uuid */
                                frameworkNodeId: string;
                                government: {
                                    narrative: string | null;
                                    /** @enum {string} */
                                    status: "not_started" | "in_progress" | "completed" | "delayed";
                                    /** @enum {string} */
                                    submissionStatus: "draft" | "submitted" | "returned" | "approved";
                                } | null;
                                /** Format: uuid */
                                leadOrganizationId: string;
                                leadOrganizationName: string;
                                shadow: {
                                    narrative: string | null;
                                    /** Format: uuid */
                                    organizationId: string;
                                    organizationName: string;
                                    /** @enum {string} */
                                    status: "not_started" | "in_progress" | "completed" | "delayed";
                                    updatedAt: string;
                                }[];
                                title: string;
                            }[];
                            /** Format: uuid */
                            periodId: string;
                            periodName: string;
                            /** @enum {string} */
                            periodStatus: "open" | "closed";
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
    "/api/periods/{id}/shadow-assessments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: {
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
                        assessments: {
                            /** Format: uuid */
                            frameworkNodeId: string;
                            narrative?: string | null;
                            /** @enum {string} */
                            status: "not_started" | "in_progress" | "completed" | "delayed";
                        }[];
                        /** Format: uuid */
                        organizationId?: string;
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
                            actions: {
                                code: string;
                                /** Format: uuid */
                                frameworkNodeId: string;
                                government: {
                                    narrative: string | null;
                                    /** @enum {string} */
                                    status: "not_started" | "in_progress" | "completed" | "delayed";
                                    /** @enum {string} */
                                    submissionStatus: "draft" | "submitted" | "returned" | "approved";
                                } | null;
                                /** Format: uuid */
                                leadOrganizationId: string;
                                leadOrganizationName: string;
                                shadow: {
                                    narrative: string | null;
                                    /** Format: uuid */
                                    organizationId: string;
                                    organizationName: string;
                                    /** @enum {string} */
                                    status: "not_started" | "in_progress" | "completed" | "delayed";
                                    updatedAt: string;
                                }[];
                                title: string;
                            }[];
                            /** Format: uuid */
                            periodId: string;
                            periodName: string;
                            /** @enum {string} */
                            periodStatus: "open" | "closed";
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/periods/{id}/submissions": {
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
                                    start: boolean;
                                };
                                actionsLed: number;
                                actionsReported: number;
                                /** Format: uuid */
                                organizationId: string;
                                organizationName: string;
                                status: ("draft" | "submitted" | "returned" | "approved") | "not_started";
                                /** Format: uuid */
                                submissionId: string | null;
                                valuesExpected: number;
                                valuesGiven: number;
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
                        /** Format: uuid */
                        organizationId: string;
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
                            actions: {
                                code: string;
                                /** Format: uuid */
                                frameworkNodeId: string;
                                report: {
                                    narrative: string | null;
                                    /** @enum {string} */
                                    status: "not_started" | "in_progress" | "completed" | "delayed";
                                } | null;
                                title: string;
                            }[];
                            comments: {
                                authorName: string | null;
                                /** Format: uuid */
                                authorUserId: string | null;
                                body: string;
                                createdAt: string;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "comment" | "return" | "unlock";
                            }[];
                            indicators: {
                                categorySets: {
                                    categories: {
                                        code: string;
                                        name: string;
                                    }[];
                                    code: string;
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                                code: string;
                                countsPeople: boolean;
                                /** Format: uuid */
                                id: string;
                                name: string;
                                /** @enum {string} */
                                unit: "number" | "percent" | "ratio" | "yes_no" | "text";
                                values: {
                                    categoryKey: string;
                                    /** Format: uuid */
                                    indicatorId: string;
                                    textValue: string | null;
                                    value: number | null;
                                }[];
                            }[];
                            submission: {
                                /** @description What the signed-in reader may do with this record, as the server's policy decides. */
                                abilities: {
                                    approve: boolean;
                                    comment: boolean;
                                    edit: boolean;
                                    return: boolean;
                                    submit: boolean;
                                    unlock: boolean;
                                };
                                createdAt: string;
                                decidedAt: string | null;
                                /** Format: uuid */
                                decidedBy: string | null;
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                organizationId: string;
                                organizationName: string;
                                periodName: string;
                                /** @enum {string} */
                                periodStatus: "open" | "closed";
                                /** Format: uuid */
                                planId: string;
                                /** Format: uuid */
                                reportingPeriodId: string;
                                /** @enum {string} */
                                status: "draft" | "submitted" | "returned" | "approved";
                                submittedAt: string | null;
                                /** Format: uuid */
                                submittedBy: string | null;
                                updatedAt: string;
                            };
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
