// Generated from the API's OpenAPI document by `npm run openapi`; do not edit.
export interface paths {
    "/api/submissions/{id}": {
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
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/submissions/{id}/actions": {
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
                        reports: {
                            /** Format: uuid */
                            frameworkNodeId: string;
                            narrative?: string | null;
                            /** @enum {string} */
                            status: "not_started" | "in_progress" | "completed" | "delayed";
                        }[];
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
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/submissions/{id}/approve": {
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
    "/api/submissions/{id}/comments": {
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
                        body: string;
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
                            authorName: string | null;
                            /** Format: uuid */
                            authorUserId: string | null;
                            body: string;
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "comment" | "return" | "unlock";
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
    "/api/submissions/{id}/evidence": {
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
                                contentType: string;
                                createdAt: string;
                                description: string | null;
                                fileName: string;
                                /** Format: uuid */
                                frameworkNodeId: string | null;
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                indicatorId: string | null;
                                sha256: string;
                                sizeBytes: number;
                                /** Format: uuid */
                                submissionId: string;
                                /** Format: uuid */
                                uploadedBy: string | null;
                                uploadedByName: string | null;
                            }[];
                            limits: {
                                extensions: string[];
                                maxBytes: number;
                                maxFiles: number;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** @description Upload one file as the multipart part named `file`. */
        post: {
            parameters: {
                query?: {
                    description?: string;
                    frameworkNodeId?: string;
                    indicatorId?: string;
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
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            contentType: string;
                            createdAt: string;
                            description: string | null;
                            fileName: string;
                            /** Format: uuid */
                            frameworkNodeId: string | null;
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            indicatorId: string | null;
                            sha256: string;
                            sizeBytes: number;
                            /** Format: uuid */
                            submissionId: string;
                            /** Format: uuid */
                            uploadedBy: string | null;
                            uploadedByName: string | null;
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
    "/api/submissions/{id}/return": {
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
                        comment: string;
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
    "/api/submissions/{id}/submit": {
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
    "/api/submissions/{id}/template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Upload the filled template as the multipart part named `file`. */
        post: {
            parameters: {
                query?: {
                    dryRun?: "true" | "false";
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
                            changes: {
                                after: {
                                    textValue: string | null;
                                    value: number | null;
                                };
                                before: {
                                    textValue: string | null;
                                    value: number | null;
                                };
                                categoryKey: string;
                                indicatorCode: string;
                                /** Format: uuid */
                                indicatorId: string;
                                row: number | null;
                            }[];
                            dryRun: boolean;
                            rowsRead: number;
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
    "/api/submissions/{id}/template.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The indicator template to fill in offline. */
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
    "/api/submissions/{id}/unlock": {
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
                        reason: string;
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
    "/api/submissions/{id}/values": {
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
                        values: {
                            categoryKey: string;
                            /** Format: uuid */
                            indicatorId: string;
                            textValue?: string | null;
                            value?: number | null;
                        }[];
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
