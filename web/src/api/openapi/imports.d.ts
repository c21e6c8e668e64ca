// Generated from the API's OpenAPI document by `npm run openapi`; do not edit.
export interface paths {
    "/api/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    eventId?: string;
                    kind?: "attendance" | "people" | "organisations" | "indicatorValues";
                    page?: number;
                    pageSize?: number;
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
                                abilities: {
                                    downloadFile: boolean;
                                };
                                commitError: {
                                    code: string;
                                    details?: {
                                        message: string;
                                        params?: {
                                            [key: string]: string | number;
                                        };
                                        path: string;
                                        reason?: string;
                                    }[];
                                    message: string;
                                    params?: {
                                        [key: string]: string | number;
                                    };
                                    reason?: string;
                                } | null;
                                committedAt: string | null;
                                counts: {
                                    errors: number;
                                    female: number;
                                    likely: number;
                                    male: number;
                                    matched: number;
                                    new: number;
                                    rows: number;
                                    skipped: number;
                                    warnings: number;
                                };
                                createdAt: string;
                                /** Format: uuid */
                                createdBy: string | null;
                                createdByName: string | null;
                                /** Format: uuid */
                                eventId: string | null;
                                eventTitle: string | null;
                                fileName: string;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "attendance" | "people" | "organisations" | "indicatorValues";
                                /** Format: uuid */
                                organizationId: string | null;
                                progress: {
                                    matched: number;
                                    read: number;
                                    records: number;
                                    rows: number;
                                    startedAt: string;
                                    /** @enum {string} */
                                    step: "reading" | "matching" | "writing";
                                    toWrite: number;
                                    updatedAt: string;
                                    written: number;
                                } | null;
                                sizeBytes: number;
                                /** @enum {string} */
                                status: "previewed" | "committing" | "committed";
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
        /** @description Upload one spreadsheet (.xlsx, .csv or .txt, at most 10 MB) as the multipart part named `file`. */
        post: {
            parameters: {
                query: {
                    eventId?: string;
                    kind: "attendance" | "people" | "organisations" | "indicatorValues";
                    sheet?: string;
                };
                header?: never;
                path?: never;
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
                            delimiter: string | null;
                            duplicates: {
                                /** @enum {string|null} */
                                decision: "same" | "different" | null;
                                name: string;
                                ofName: string;
                                ofOrganisation: string | null;
                                ofRowNumber: number;
                                organisation: string | null;
                                rowNumber: number;
                            }[];
                            encoding: string | null;
                            fields: ("fullName" | "givenName" | "familyName" | "sex" | "organisation" | "position" | "municipality" | "email" | "phone" | "role" | "attended" | "preScore" | "postScore" | "maxScore" | "name" | "shortName" | "level" | "sector" | "indicatorCode" | "category" | "value")[];
                            headerRow: number;
                            import: {
                                abilities: {
                                    downloadFile: boolean;
                                };
                                commitError: {
                                    code: string;
                                    details?: {
                                        message: string;
                                        params?: {
                                            [key: string]: string | number;
                                        };
                                        path: string;
                                        reason?: string;
                                    }[];
                                    message: string;
                                    params?: {
                                        [key: string]: string | number;
                                    };
                                    reason?: string;
                                } | null;
                                committedAt: string | null;
                                counts: {
                                    errors: number;
                                    female: number;
                                    likely: number;
                                    male: number;
                                    matched: number;
                                    new: number;
                                    rows: number;
                                    skipped: number;
                                    warnings: number;
                                };
                                createdAt: string;
                                /** Format: uuid */
                                createdBy: string | null;
                                createdByName: string | null;
                                /** Format: uuid */
                                eventId: string | null;
                                eventTitle: string | null;
                                fileName: string;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "attendance" | "people" | "organisations" | "indicatorValues";
                                /** Format: uuid */
                                organizationId: string | null;
                                progress: {
                                    matched: number;
                                    read: number;
                                    records: number;
                                    rows: number;
                                    startedAt: string;
                                    /** @enum {string} */
                                    step: "reading" | "matching" | "writing";
                                    toWrite: number;
                                    updatedAt: string;
                                    written: number;
                                } | null;
                                sizeBytes: number;
                                /** @enum {string} */
                                status: "previewed" | "committing" | "committed";
                            };
                            issues: {
                                code: string;
                                header: string | null;
                                rowNumber: number;
                                /** @enum {string} */
                                severity: "error" | "warning";
                                value: string | null;
                            }[];
                            likely: {
                                candidates: {
                                    name: string;
                                    organisationName: string | null;
                                    /** Format: uuid */
                                    personId: string;
                                }[];
                                name: string;
                                organisation: string | null;
                                rowNumber: number;
                            }[];
                            mapping: {
                                column: number;
                                /** @enum {string|null} */
                                field: "fullName" | "givenName" | "familyName" | "sex" | "organisation" | "position" | "municipality" | "email" | "phone" | "role" | "attended" | "preScore" | "postScore" | "maxScore" | "name" | "shortName" | "level" | "sector" | "indicatorCode" | "category" | "value" | null;
                                header: string;
                                /** @enum {string} */
                                source: "user" | "remembered" | "exact" | "close" | "none";
                            }[];
                            notices: "noRows"[];
                            rows: {
                                /** @enum {string} */
                                outcome: "new" | "matched" | "likely" | "skipped";
                                /** Format: uuid */
                                personId: string | null;
                                rowNumber: number;
                                values: {
                                    [key: string]: string | null;
                                };
                            }[];
                            scoreMaximum: {
                                rows: number;
                                suggested: number | null;
                                value: number | null;
                            } | null;
                            sheetName: string | null;
                            sheetNames: string[];
                            unknownOrganisations: {
                                name: string;
                                people: number;
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
    "/api/imports/{id}": {
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
                            delimiter: string | null;
                            duplicates: {
                                /** @enum {string|null} */
                                decision: "same" | "different" | null;
                                name: string;
                                ofName: string;
                                ofOrganisation: string | null;
                                ofRowNumber: number;
                                organisation: string | null;
                                rowNumber: number;
                            }[];
                            encoding: string | null;
                            fields: ("fullName" | "givenName" | "familyName" | "sex" | "organisation" | "position" | "municipality" | "email" | "phone" | "role" | "attended" | "preScore" | "postScore" | "maxScore" | "name" | "shortName" | "level" | "sector" | "indicatorCode" | "category" | "value")[];
                            headerRow: number;
                            import: {
                                abilities: {
                                    downloadFile: boolean;
                                };
                                commitError: {
                                    code: string;
                                    details?: {
                                        message: string;
                                        params?: {
                                            [key: string]: string | number;
                                        };
                                        path: string;
                                        reason?: string;
                                    }[];
                                    message: string;
                                    params?: {
                                        [key: string]: string | number;
                                    };
                                    reason?: string;
                                } | null;
                                committedAt: string | null;
                                counts: {
                                    errors: number;
                                    female: number;
                                    likely: number;
                                    male: number;
                                    matched: number;
                                    new: number;
                                    rows: number;
                                    skipped: number;
                                    warnings: number;
                                };
                                createdAt: string;
                                /** Format: uuid */
                                createdBy: string | null;
                                createdByName: string | null;
                                /** Format: uuid */
                                eventId: string | null;
                                eventTitle: string | null;
                                fileName: string;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "attendance" | "people" | "organisations" | "indicatorValues";
                                /** Format: uuid */
                                organizationId: string | null;
                                progress: {
                                    matched: number;
                                    read: number;
                                    records: number;
                                    rows: number;
                                    startedAt: string;
                                    /** @enum {string} */
                                    step: "reading" | "matching" | "writing";
                                    toWrite: number;
                                    updatedAt: string;
                                    written: number;
                                } | null;
                                sizeBytes: number;
                                /** @enum {string} */
                                status: "previewed" | "committing" | "committed";
                            };
                            issues: {
                                code: string;
                                header: string | null;
                                rowNumber: number;
                                /** @enum {string} */
                                severity: "error" | "warning";
                                value: string | null;
                            }[];
                            likely: {
                                candidates: {
                                    name: string;
                                    organisationName: string | null;
                                    /** Format: uuid */
                                    personId: string;
                                }[];
                                name: string;
                                organisation: string | null;
                                rowNumber: number;
                            }[];
                            mapping: {
                                column: number;
                                /** @enum {string|null} */
                                field: "fullName" | "givenName" | "familyName" | "sex" | "organisation" | "position" | "municipality" | "email" | "phone" | "role" | "attended" | "preScore" | "postScore" | "maxScore" | "name" | "shortName" | "level" | "sector" | "indicatorCode" | "category" | "value" | null;
                                header: string;
                                /** @enum {string} */
                                source: "user" | "remembered" | "exact" | "close" | "none";
                            }[];
                            notices: "noRows"[];
                            rows: {
                                /** @enum {string} */
                                outcome: "new" | "matched" | "likely" | "skipped";
                                /** Format: uuid */
                                personId: string | null;
                                rowNumber: number;
                                values: {
                                    [key: string]: string | null;
                                };
                            }[];
                            scoreMaximum: {
                                rows: number;
                                suggested: number | null;
                                value: number | null;
                            } | null;
                            sheetName: string | null;
                            sheetNames: string[];
                            unknownOrganisations: {
                                name: string;
                                people: number;
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
    "/api/imports/{id}/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** @description Corrects cells, decides likely in-file duplicates, matches unknown organisations or gives the test's maximum; answers the preview under the changes. */
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
                        cells?: {
                            /** @enum {string} */
                            field: "fullName" | "givenName" | "familyName" | "sex" | "organisation" | "position" | "municipality" | "email" | "phone" | "role" | "attended" | "preScore" | "postScore" | "maxScore" | "name" | "shortName" | "level" | "sector" | "indicatorCode" | "category" | "value";
                            rowNumber: number;
                            value: string | null;
                        }[];
                        duplicates?: {
                            rowNumber: number;
                            same: boolean;
                        }[];
                        organisations?: {
                            name: string;
                            /** Format: uuid */
                            organizationId: string | null;
                        }[];
                        scoreMaximum?: number | null;
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
                            delimiter: string | null;
                            duplicates: {
                                /** @enum {string|null} */
                                decision: "same" | "different" | null;
                                name: string;
                                ofName: string;
                                ofOrganisation: string | null;
                                ofRowNumber: number;
                                organisation: string | null;
                                rowNumber: number;
                            }[];
                            encoding: string | null;
                            fields: ("fullName" | "givenName" | "familyName" | "sex" | "organisation" | "position" | "municipality" | "email" | "phone" | "role" | "attended" | "preScore" | "postScore" | "maxScore" | "name" | "shortName" | "level" | "sector" | "indicatorCode" | "category" | "value")[];
                            headerRow: number;
                            import: {
                                abilities: {
                                    downloadFile: boolean;
                                };
                                commitError: {
                                    code: string;
                                    details?: {
                                        message: string;
                                        params?: {
                                            [key: string]: string | number;
                                        };
                                        path: string;
                                        reason?: string;
                                    }[];
                                    message: string;
                                    params?: {
                                        [key: string]: string | number;
                                    };
                                    reason?: string;
                                } | null;
                                committedAt: string | null;
                                counts: {
                                    errors: number;
                                    female: number;
                                    likely: number;
                                    male: number;
                                    matched: number;
                                    new: number;
                                    rows: number;
                                    skipped: number;
                                    warnings: number;
                                };
                                createdAt: string;
                                /** Format: uuid */
                                createdBy: string | null;
                                createdByName: string | null;
                                /** Format: uuid */
                                eventId: string | null;
                                eventTitle: string | null;
                                fileName: string;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "attendance" | "people" | "organisations" | "indicatorValues";
                                /** Format: uuid */
                                organizationId: string | null;
                                progress: {
                                    matched: number;
                                    read: number;
                                    records: number;
                                    rows: number;
                                    startedAt: string;
                                    /** @enum {string} */
                                    step: "reading" | "matching" | "writing";
                                    toWrite: number;
                                    updatedAt: string;
                                    written: number;
                                } | null;
                                sizeBytes: number;
                                /** @enum {string} */
                                status: "previewed" | "committing" | "committed";
                            };
                            issues: {
                                code: string;
                                header: string | null;
                                rowNumber: number;
                                /** @enum {string} */
                                severity: "error" | "warning";
                                value: string | null;
                            }[];
                            likely: {
                                candidates: {
                                    name: string;
                                    organisationName: string | null;
                                    /** Format: uuid */
                                    personId: string;
                                }[];
                                name: string;
                                organisation: string | null;
                                rowNumber: number;
                            }[];
                            mapping: {
                                column: number;
                                /** @enum {string|null} */
                                field: "fullName" | "givenName" | "familyName" | "sex" | "organisation" | "position" | "municipality" | "email" | "phone" | "role" | "attended" | "preScore" | "postScore" | "maxScore" | "name" | "shortName" | "level" | "sector" | "indicatorCode" | "category" | "value" | null;
                                header: string;
                                /** @enum {string} */
                                source: "user" | "remembered" | "exact" | "close" | "none";
                            }[];
                            notices: "noRows"[];
                            rows: {
                                /** @enum {string} */
                                outcome: "new" | "matched" | "likely" | "skipped";
                                /** Format: uuid */
                                personId: string | null;
                                rowNumber: number;
                                values: {
                                    [key: string]: string | null;
                                };
                            }[];
                            scoreMaximum: {
                                rows: number;
                                suggested: number | null;
                                value: number | null;
                            } | null;
                            sheetName: string | null;
                            sheetNames: string[];
                            unknownOrganisations: {
                                name: string;
                                people: number;
                            }[];
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/imports/{id}/commit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Writes the import. Answers 200 with the committed import when that takes a moment, else 202 with its progress while it is written in the background (follow it with GET /imports/{id}/status). */
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
                        /** @default false */
                        createMissingOrganizations?: boolean;
                        /** @default [] */
                        decisions?: {
                            /** Format: uuid */
                            personId: string | null;
                            rowNumber: number;
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
                            abilities: {
                                downloadFile: boolean;
                            };
                            commitError: {
                                code: string;
                                details?: {
                                    message: string;
                                    params?: {
                                        [key: string]: string | number;
                                    };
                                    path: string;
                                    reason?: string;
                                }[];
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                                reason?: string;
                            } | null;
                            committedAt: string | null;
                            counts: {
                                errors: number;
                                female: number;
                                likely: number;
                                male: number;
                                matched: number;
                                new: number;
                                rows: number;
                                skipped: number;
                                warnings: number;
                            };
                            createdAt: string;
                            /** Format: uuid */
                            createdBy: string | null;
                            createdByName: string | null;
                            /** Format: uuid */
                            eventId: string | null;
                            eventTitle: string | null;
                            fileName: string;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "attendance" | "people" | "organisations" | "indicatorValues";
                            /** Format: uuid */
                            organizationId: string | null;
                            progress: {
                                matched: number;
                                read: number;
                                records: number;
                                rows: number;
                                startedAt: string;
                                /** @enum {string} */
                                step: "reading" | "matching" | "writing";
                                toWrite: number;
                                updatedAt: string;
                                written: number;
                            } | null;
                            sizeBytes: number;
                            /** @enum {string} */
                            status: "previewed" | "committing" | "committed";
                        };
                    };
                };
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                downloadFile: boolean;
                            };
                            commitError: {
                                code: string;
                                details?: {
                                    message: string;
                                    params?: {
                                        [key: string]: string | number;
                                    };
                                    path: string;
                                    reason?: string;
                                }[];
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                                reason?: string;
                            } | null;
                            committedAt: string | null;
                            counts: {
                                errors: number;
                                female: number;
                                likely: number;
                                male: number;
                                matched: number;
                                new: number;
                                rows: number;
                                skipped: number;
                                warnings: number;
                            };
                            createdAt: string;
                            /** Format: uuid */
                            createdBy: string | null;
                            createdByName: string | null;
                            /** Format: uuid */
                            eventId: string | null;
                            eventTitle: string | null;
                            fileName: string;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "attendance" | "people" | "organisations" | "indicatorValues";
                            /** Format: uuid */
                            organizationId: string | null;
                            progress: {
                                matched: number;
                                read: number;
                                records: number;
                                rows: number;
                                startedAt: string;
                                /** @enum {string} */
                                step: "reading" | "matching" | "writing";
                                toWrite: number;
                                updatedAt: string;
                                written: number;
                            } | null;
                            sizeBytes: number;
                            /** @enum {string} */
                            status: "previewed" | "committing" | "committed";
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
    "/api/imports/{id}/file": {
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
    "/api/imports/{id}/mapping": {
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
                        mapping: {
                            column: number;
                            /** @enum {string|null} */
                            field: "fullName" | "givenName" | "familyName" | "sex" | "organisation" | "position" | "municipality" | "email" | "phone" | "role" | "attended" | "preScore" | "postScore" | "maxScore" | "name" | "shortName" | "level" | "sector" | "indicatorCode" | "category" | "value" | null;
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
                            delimiter: string | null;
                            duplicates: {
                                /** @enum {string|null} */
                                decision: "same" | "different" | null;
                                name: string;
                                ofName: string;
                                ofOrganisation: string | null;
                                ofRowNumber: number;
                                organisation: string | null;
                                rowNumber: number;
                            }[];
                            encoding: string | null;
                            fields: ("fullName" | "givenName" | "familyName" | "sex" | "organisation" | "position" | "municipality" | "email" | "phone" | "role" | "attended" | "preScore" | "postScore" | "maxScore" | "name" | "shortName" | "level" | "sector" | "indicatorCode" | "category" | "value")[];
                            headerRow: number;
                            import: {
                                abilities: {
                                    downloadFile: boolean;
                                };
                                commitError: {
                                    code: string;
                                    details?: {
                                        message: string;
                                        params?: {
                                            [key: string]: string | number;
                                        };
                                        path: string;
                                        reason?: string;
                                    }[];
                                    message: string;
                                    params?: {
                                        [key: string]: string | number;
                                    };
                                    reason?: string;
                                } | null;
                                committedAt: string | null;
                                counts: {
                                    errors: number;
                                    female: number;
                                    likely: number;
                                    male: number;
                                    matched: number;
                                    new: number;
                                    rows: number;
                                    skipped: number;
                                    warnings: number;
                                };
                                createdAt: string;
                                /** Format: uuid */
                                createdBy: string | null;
                                createdByName: string | null;
                                /** Format: uuid */
                                eventId: string | null;
                                eventTitle: string | null;
                                fileName: string;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "attendance" | "people" | "organisations" | "indicatorValues";
                                /** Format: uuid */
                                organizationId: string | null;
                                progress: {
                                    matched: number;
                                    read: number;
                                    records: number;
                                    rows: number;
                                    startedAt: string;
                                    /** @enum {string} */
                                    step: "reading" | "matching" | "writing";
                                    toWrite: number;
                                    updatedAt: string;
                                    written: number;
                                } | null;
                                sizeBytes: number;
                                /** @enum {string} */
                                status: "previewed" | "committing" | "committed";
                            };
                            issues: {
                                code: string;
                                header: string | null;
                                rowNumber: number;
                                /** @enum {string} */
                                severity: "error" | "warning";
                                value: string | null;
                            }[];
                            likely: {
                                candidates: {
                                    name: string;
                                    organisationName: string | null;
                                    /** Format: uuid */
                                    personId: string;
                                }[];
                                name: string;
                                organisation: string | null;
                                rowNumber: number;
                            }[];
                            mapping: {
                                column: number;
                                /** @enum {string|null} */
                                field: "fullName" | "givenName" | "familyName" | "sex" | "organisation" | "position" | "municipality" | "email" | "phone" | "role" | "attended" | "preScore" | "postScore" | "maxScore" | "name" | "shortName" | "level" | "sector" | "indicatorCode" | "category" | "value" | null;
                                header: string;
                                /** @enum {string} */
                                source: "user" | "remembered" | "exact" | "close" | "none";
                            }[];
                            notices: "noRows"[];
                            rows: {
                                /** @enum {string} */
                                outcome: "new" | "matched" | "likely" | "skipped";
                                /** Format: uuid */
                                personId: string | null;
                                rowNumber: number;
                                values: {
                                    [key: string]: string | null;
                                };
                            }[];
                            scoreMaximum: {
                                rows: number;
                                suggested: number | null;
                                value: number | null;
                            } | null;
                            sheetName: string | null;
                            sheetNames: string[];
                            unknownOrganisations: {
                                name: string;
                                people: number;
                            }[];
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
    "/api/imports/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The import as recorded, without analysing its rows: its status, counts and commit progress. */
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
                            abilities: {
                                downloadFile: boolean;
                            };
                            commitError: {
                                code: string;
                                details?: {
                                    message: string;
                                    params?: {
                                        [key: string]: string | number;
                                    };
                                    path: string;
                                    reason?: string;
                                }[];
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                                reason?: string;
                            } | null;
                            committedAt: string | null;
                            counts: {
                                errors: number;
                                female: number;
                                likely: number;
                                male: number;
                                matched: number;
                                new: number;
                                rows: number;
                                skipped: number;
                                warnings: number;
                            };
                            createdAt: string;
                            /** Format: uuid */
                            createdBy: string | null;
                            createdByName: string | null;
                            /** Format: uuid */
                            eventId: string | null;
                            eventTitle: string | null;
                            fileName: string;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "attendance" | "people" | "organisations" | "indicatorValues";
                            /** Format: uuid */
                            organizationId: string | null;
                            progress: {
                                matched: number;
                                read: number;
                                records: number;
                                rows: number;
                                startedAt: string;
                                /** @enum {string} */
                                step: "reading" | "matching" | "writing";
                                toWrite: number;
                                updatedAt: string;
                                written: number;
                            } | null;
                            sizeBytes: number;
                            /** @enum {string} */
                            status: "previewed" | "committing" | "committed";
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
