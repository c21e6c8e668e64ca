// Generated from the API's OpenAPI document by `npm run openapi`; do not edit.
export interface components {
    schemas: {
        DuplicatePair: {
            first: {
                birthYear: number | null;
                familyName: string;
                givenName: string;
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                organizationId: string | null;
                organizationName: string | null;
                participations: number;
            };
            second: {
                birthYear: number | null;
                familyName: string;
                givenName: string;
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                organizationId: string | null;
                organizationName: string | null;
                participations: number;
            };
        };
        DuplicatePairInput: {
            first: {
                birthYear: number | null;
                familyName: string;
                givenName: string;
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                organizationId: string | null;
                organizationName: string | null;
                participations: number;
            };
            second: {
                birthYear: number | null;
                familyName: string;
                givenName: string;
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                organizationId: string | null;
                organizationName: string | null;
                participations: number;
            };
        };
        ImportPreview: {
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
            import: components["schemas"]["ImportRecord"];
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
        ImportPreviewInput: {
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
            import: components["schemas"]["ImportRecordInput"];
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
        ImportRecord: {
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
        ImportRecordInput: {
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
        Person: {
            /** @description What the signed-in reader may do with this record, as the server's policy decides. */
            abilities: {
                archive: boolean;
                merge: boolean;
                update: boolean;
            };
            createdAt: string;
            familyName: string;
            givenName: string;
            /** Format: uuid */
            id: string;
            isArchived: boolean;
            isDecisionMaker: boolean;
            isDemo: boolean;
            /** Format: uuid */
            mergedIntoId: string | null;
            /** Format: uuid */
            organizationId: string | null;
            organizationName: string | null;
            personal: {
                birthYear: number | null;
                consentedOn: string | null;
                email: string | null;
                hasConsented: boolean;
                phone: string | null;
            } | null;
            position: string | null;
            rank: string | null;
            /** @enum {string} */
            sex: "female" | "male";
            updatedAt: string;
        };
        PersonInput: {
            /** @description What the signed-in reader may do with this record, as the server's policy decides. */
            abilities: {
                archive: boolean;
                merge: boolean;
                update: boolean;
            };
            createdAt: string;
            familyName: string;
            givenName: string;
            /** Format: uuid */
            id: string;
            isArchived: boolean;
            isDecisionMaker: boolean;
            isDemo: boolean;
            /** Format: uuid */
            mergedIntoId: string | null;
            /** Format: uuid */
            organizationId: string | null;
            organizationName: string | null;
            personal: {
                birthYear: number | null;
                consentedOn: string | null;
                email: string | null;
                hasConsented: boolean;
                phone: string | null;
            } | null;
            position: string | null;
            rank: string | null;
            /** @enum {string} */
            sex: "female" | "male";
            updatedAt: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
