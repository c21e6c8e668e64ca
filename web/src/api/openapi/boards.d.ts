// Generated from the API's OpenAPI document by `npm run openapi`; do not edit.
export interface paths {
    "/api/boards": {
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
                    planId?: string;
                    q?: string;
                    sort?: "name" | "createdAt";
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
                                    addActionItems: boolean;
                                    archive: boolean;
                                    manageMembers: boolean;
                                    recordMeetings: boolean;
                                    update: boolean;
                                };
                                createdAt: string;
                                currentMemberCount: number;
                                description: string | null;
                                /** Format: uuid */
                                id: string;
                                isArchived: boolean;
                                name: string;
                                ngoConsultationsPerYear: number | null;
                                /** Format: uuid */
                                planId: string;
                                planTitle: string;
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
                        name: string;
                        ngoConsultationsPerYear?: number | null;
                        /** Format: uuid */
                        planId: string;
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
                                addActionItems: boolean;
                                archive: boolean;
                                manageMembers: boolean;
                                recordMeetings: boolean;
                                update: boolean;
                            };
                            composition: {
                                byLevel: {
                                    female: number;
                                    /** @enum {string} */
                                    level: "international" | "state" | "entity" | "canton" | "municipality";
                                    male: number;
                                    total: number;
                                }[];
                                bySex: {
                                    female: number;
                                    male: number;
                                    total: number;
                                };
                                members: {
                                    /** Format: uuid */
                                    boardId: string;
                                    endsOn: string | null;
                                    /** Format: uuid */
                                    id: string;
                                    isCurrent: boolean;
                                    organization: {
                                        /** Format: uuid */
                                        id: string;
                                        /** @enum {string} */
                                        level: "international" | "state" | "entity" | "canton" | "municipality";
                                        name: string;
                                    };
                                    person: {
                                        familyName: string;
                                        givenName: string;
                                        /** @enum {string} */
                                        sex: "female" | "male";
                                    };
                                    /** Format: uuid */
                                    personId: string;
                                    /** @enum {string} */
                                    role: "chair" | "member" | "deputy" | "observer" | "ngo_representative";
                                    startsOn: string;
                                }[];
                            };
                            createdAt: string;
                            currentMemberCount: number;
                            description: string | null;
                            followUpByOrganization: {
                                open: number;
                                organization: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                overdue: number;
                            }[];
                            /** Format: uuid */
                            id: string;
                            isArchived: boolean;
                            meetings: {
                                actionItems: number;
                                /** Format: uuid */
                                eventId: string;
                                isNgoConsultation: boolean;
                                startsOn: string;
                                /** @enum {string} */
                                status: "planned" | "held" | "cancelled";
                                title: string;
                            }[];
                            name: string;
                            ngoConsultations: {
                                commitment: number | null;
                                held: number;
                                isMet: boolean | null;
                                year: number;
                            }[];
                            ngoConsultationsPerYear: number | null;
                            /** Format: uuid */
                            planId: string;
                            planTitle: string;
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
    "/api/boards/{id}": {
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
                                addActionItems: boolean;
                                archive: boolean;
                                manageMembers: boolean;
                                recordMeetings: boolean;
                                update: boolean;
                            };
                            composition: {
                                byLevel: {
                                    female: number;
                                    /** @enum {string} */
                                    level: "international" | "state" | "entity" | "canton" | "municipality";
                                    male: number;
                                    total: number;
                                }[];
                                bySex: {
                                    female: number;
                                    male: number;
                                    total: number;
                                };
                                members: {
                                    /** Format: uuid */
                                    boardId: string;
                                    endsOn: string | null;
                                    /** Format: uuid */
                                    id: string;
                                    isCurrent: boolean;
                                    organization: {
                                        /** Format: uuid */
                                        id: string;
                                        /** @enum {string} */
                                        level: "international" | "state" | "entity" | "canton" | "municipality";
                                        name: string;
                                    };
                                    person: {
                                        familyName: string;
                                        givenName: string;
                                        /** @enum {string} */
                                        sex: "female" | "male";
                                    };
                                    /** Format: uuid */
                                    personId: string;
                                    /** @enum {string} */
                                    role: "chair" | "member" | "deputy" | "observer" | "ngo_representative";
                                    startsOn: string;
                                }[];
                            };
                            createdAt: string;
                            currentMemberCount: number;
                            description: string | null;
                            followUpByOrganization: {
                                open: number;
                                organization: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                overdue: number;
                            }[];
                            /** Format: uuid */
                            id: string;
                            isArchived: boolean;
                            meetings: {
                                actionItems: number;
                                /** Format: uuid */
                                eventId: string;
                                isNgoConsultation: boolean;
                                startsOn: string;
                                /** @enum {string} */
                                status: "planned" | "held" | "cancelled";
                                title: string;
                            }[];
                            name: string;
                            ngoConsultations: {
                                commitment: number | null;
                                held: number;
                                isMet: boolean | null;
                                year: number;
                            }[];
                            ngoConsultationsPerYear: number | null;
                            /** Format: uuid */
                            planId: string;
                            planTitle: string;
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
                                addActionItems: boolean;
                                archive: boolean;
                                manageMembers: boolean;
                                recordMeetings: boolean;
                                update: boolean;
                            };
                            composition: {
                                byLevel: {
                                    female: number;
                                    /** @enum {string} */
                                    level: "international" | "state" | "entity" | "canton" | "municipality";
                                    male: number;
                                    total: number;
                                }[];
                                bySex: {
                                    female: number;
                                    male: number;
                                    total: number;
                                };
                                members: {
                                    /** Format: uuid */
                                    boardId: string;
                                    endsOn: string | null;
                                    /** Format: uuid */
                                    id: string;
                                    isCurrent: boolean;
                                    organization: {
                                        /** Format: uuid */
                                        id: string;
                                        /** @enum {string} */
                                        level: "international" | "state" | "entity" | "canton" | "municipality";
                                        name: string;
                                    };
                                    person: {
                                        familyName: string;
                                        givenName: string;
                                        /** @enum {string} */
                                        sex: "female" | "male";
                                    };
                                    /** Format: uuid */
                                    personId: string;
                                    /** @enum {string} */
                                    role: "chair" | "member" | "deputy" | "observer" | "ngo_representative";
                                    startsOn: string;
                                }[];
                            };
                            createdAt: string;
                            currentMemberCount: number;
                            description: string | null;
                            followUpByOrganization: {
                                open: number;
                                organization: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                overdue: number;
                            }[];
                            /** Format: uuid */
                            id: string;
                            isArchived: boolean;
                            meetings: {
                                actionItems: number;
                                /** Format: uuid */
                                eventId: string;
                                isNgoConsultation: boolean;
                                startsOn: string;
                                /** @enum {string} */
                                status: "planned" | "held" | "cancelled";
                                title: string;
                            }[];
                            name: string;
                            ngoConsultations: {
                                commitment: number | null;
                                held: number;
                                isMet: boolean | null;
                                year: number;
                            }[];
                            ngoConsultationsPerYear: number | null;
                            /** Format: uuid */
                            planId: string;
                            planTitle: string;
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
                        name?: string;
                        ngoConsultationsPerYear?: number | null;
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
                                addActionItems: boolean;
                                archive: boolean;
                                manageMembers: boolean;
                                recordMeetings: boolean;
                                update: boolean;
                            };
                            composition: {
                                byLevel: {
                                    female: number;
                                    /** @enum {string} */
                                    level: "international" | "state" | "entity" | "canton" | "municipality";
                                    male: number;
                                    total: number;
                                }[];
                                bySex: {
                                    female: number;
                                    male: number;
                                    total: number;
                                };
                                members: {
                                    /** Format: uuid */
                                    boardId: string;
                                    endsOn: string | null;
                                    /** Format: uuid */
                                    id: string;
                                    isCurrent: boolean;
                                    organization: {
                                        /** Format: uuid */
                                        id: string;
                                        /** @enum {string} */
                                        level: "international" | "state" | "entity" | "canton" | "municipality";
                                        name: string;
                                    };
                                    person: {
                                        familyName: string;
                                        givenName: string;
                                        /** @enum {string} */
                                        sex: "female" | "male";
                                    };
                                    /** Format: uuid */
                                    personId: string;
                                    /** @enum {string} */
                                    role: "chair" | "member" | "deputy" | "observer" | "ngo_representative";
                                    startsOn: string;
                                }[];
                            };
                            createdAt: string;
                            currentMemberCount: number;
                            description: string | null;
                            followUpByOrganization: {
                                open: number;
                                organization: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                overdue: number;
                            }[];
                            /** Format: uuid */
                            id: string;
                            isArchived: boolean;
                            meetings: {
                                actionItems: number;
                                /** Format: uuid */
                                eventId: string;
                                isNgoConsultation: boolean;
                                startsOn: string;
                                /** @enum {string} */
                                status: "planned" | "held" | "cancelled";
                                title: string;
                            }[];
                            name: string;
                            ngoConsultations: {
                                commitment: number | null;
                                held: number;
                                isMet: boolean | null;
                                year: number;
                            }[];
                            ngoConsultationsPerYear: number | null;
                            /** Format: uuid */
                            planId: string;
                            planTitle: string;
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/boards/{id}/memberships": {
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
                                /** Format: uuid */
                                boardId: string;
                                endsOn: string | null;
                                /** Format: uuid */
                                id: string;
                                isCurrent: boolean;
                                organization: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    level: "international" | "state" | "entity" | "canton" | "municipality";
                                    name: string;
                                };
                                person: {
                                    familyName: string;
                                    givenName: string;
                                    /** @enum {string} */
                                    sex: "female" | "male";
                                };
                                /** Format: uuid */
                                personId: string;
                                /** @enum {string} */
                                role: "chair" | "member" | "deputy" | "observer" | "ngo_representative";
                                startsOn: string;
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
                        endsOn?: string | null;
                        /** Format: uuid */
                        organizationId: string;
                        /** Format: uuid */
                        personId: string;
                        /**
                         * @default member
                         * @enum {string}
                         */
                        role?: "chair" | "member" | "deputy" | "observer" | "ngo_representative";
                        /** Format: date */
                        startsOn: string;
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
                            /** Format: uuid */
                            boardId: string;
                            endsOn: string | null;
                            /** Format: uuid */
                            id: string;
                            isCurrent: boolean;
                            organization: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                level: "international" | "state" | "entity" | "canton" | "municipality";
                                name: string;
                            };
                            person: {
                                familyName: string;
                                givenName: string;
                                /** @enum {string} */
                                sex: "female" | "male";
                            };
                            /** Format: uuid */
                            personId: string;
                            /** @enum {string} */
                            role: "chair" | "member" | "deputy" | "observer" | "ngo_representative";
                            startsOn: string;
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
    "/api/boards/{id}/memberships/{membershipId}": {
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
                    membershipId: string;
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
                    membershipId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date */
                        endsOn?: string | null;
                        /** Format: uuid */
                        organizationId?: string;
                        /** Format: uuid */
                        personId?: string;
                        /** @enum {string} */
                        role?: "chair" | "member" | "deputy" | "observer" | "ngo_representative";
                        /** Format: date */
                        startsOn?: string;
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
                            /** Format: uuid */
                            boardId: string;
                            endsOn: string | null;
                            /** Format: uuid */
                            id: string;
                            isCurrent: boolean;
                            organization: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                level: "international" | "state" | "entity" | "canton" | "municipality";
                                name: string;
                            };
                            person: {
                                familyName: string;
                                givenName: string;
                                /** @enum {string} */
                                sex: "female" | "male";
                            };
                            /** Format: uuid */
                            personId: string;
                            /** @enum {string} */
                            role: "chair" | "member" | "deputy" | "observer" | "ngo_representative";
                            startsOn: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/boards/export": {
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
                    planId?: string;
                    q?: string;
                    sort?: "name" | "createdAt";
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
