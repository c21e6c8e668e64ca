// Generated from the API's OpenAPI document by `npm run openapi`; do not edit.
export interface paths {
    "/api/action-items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    boardId?: string;
                    organizationId?: string;
                    overdue?: "true" | "false";
                    page?: number;
                    pageSize?: number;
                    status?: "open" | "done" | "dropped";
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
                                    mark: boolean;
                                    update: boolean;
                                };
                                /** Format: uuid */
                                boardId: string;
                                closedOn: string | null;
                                createdAt: string;
                                description: string;
                                dueOn: string | null;
                                /** Format: uuid */
                                eventId: string;
                                /** Format: uuid */
                                frameworkNodeId: string | null;
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                indicatorId: string | null;
                                isOverdue: boolean;
                                meetingOn: string;
                                meetingTitle: string;
                                note: string | null;
                                ownerOrganization: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                /** @enum {string} */
                                status: "open" | "done" | "dropped";
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
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/action-items/{id}": {
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
                        description?: string;
                        /** Format: date */
                        dueOn?: string | null;
                        /** Format: uuid */
                        frameworkNodeId?: string | null;
                        /** Format: uuid */
                        indicatorId?: string | null;
                        note?: string | null;
                        /** Format: uuid */
                        ownerOrganizationId?: string;
                        /** @enum {string} */
                        status?: "open" | "done" | "dropped";
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
                                mark: boolean;
                                update: boolean;
                            };
                            /** Format: uuid */
                            boardId: string;
                            closedOn: string | null;
                            createdAt: string;
                            description: string;
                            dueOn: string | null;
                            /** Format: uuid */
                            eventId: string;
                            /** Format: uuid */
                            frameworkNodeId: string | null;
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            indicatorId: string | null;
                            isOverdue: boolean;
                            meetingOn: string;
                            meetingTitle: string;
                            note: string | null;
                            ownerOrganization: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** @enum {string} */
                            status: "open" | "done" | "dropped";
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/action-items/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query: {
                    boardId?: string;
                    format: "csv" | "xlsx";
                    organizationId?: string;
                    overdue?: "true" | "false";
                    status?: "open" | "done" | "dropped";
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
    "/api/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    actorUserId?: string;
                    entityId?: string;
                    entityType?: string;
                    order?: "asc" | "desc";
                    page?: number;
                    pageSize?: number;
                    q?: string;
                    sort?: "at";
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
                                action: string;
                                actorName: string | null;
                                /** Format: uuid */
                                actorUserId: string | null;
                                after: unknown;
                                at: string;
                                before: unknown;
                                entityId: string | null;
                                entityType: string;
                                id: number;
                                reason: string | null;
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
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query: {
                    actorUserId?: string;
                    entityId?: string;
                    entityType?: string;
                    format: "csv" | "xlsx";
                    order?: "asc" | "desc";
                    q?: string;
                    sort?: "at";
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
    "/api/auth/login": {
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
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        email: string;
                        password: string;
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
                                assessments: boolean;
                                audit: boolean;
                                /** @description What the signed-in reader may do with this record, as the server's policy decides. */
                                create: {
                                    actionItems: boolean;
                                    boards: boolean;
                                    categorySets: boolean;
                                    curricula: boolean;
                                    events: boolean;
                                    imports: boolean;
                                    indicators: boolean;
                                    meetingRecords: boolean;
                                    organizations: boolean;
                                    people: boolean;
                                    periods: boolean;
                                    plans: boolean;
                                    projects: boolean;
                                };
                                jobs: boolean;
                                mergePeople: boolean;
                                ownActionItems: boolean;
                                reports: boolean;
                                users: boolean;
                            };
                            displayName: string;
                            email: string;
                            /** Format: uuid */
                            id: string;
                            locale: string;
                            /** Format: uuid */
                            organizationId: string | null;
                            organizationName: string | null;
                            /** Format: uuid */
                            personId: string | null;
                            reminderMails: boolean;
                            /** @enum {string} */
                            role: "administrator" | "coordinator" | "representative" | "partner" | "trainer" | "viewer";
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
    "/api/auth/logout": {
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/me": {
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
                            abilities: {
                                assessments: boolean;
                                audit: boolean;
                                /** @description What the signed-in reader may do with this record, as the server's policy decides. */
                                create: {
                                    actionItems: boolean;
                                    boards: boolean;
                                    categorySets: boolean;
                                    curricula: boolean;
                                    events: boolean;
                                    imports: boolean;
                                    indicators: boolean;
                                    meetingRecords: boolean;
                                    organizations: boolean;
                                    people: boolean;
                                    periods: boolean;
                                    plans: boolean;
                                    projects: boolean;
                                };
                                jobs: boolean;
                                mergePeople: boolean;
                                ownActionItems: boolean;
                                reports: boolean;
                                users: boolean;
                            };
                            displayName: string;
                            email: string;
                            /** Format: uuid */
                            id: string;
                            locale: string;
                            /** Format: uuid */
                            organizationId: string | null;
                            organizationName: string | null;
                            /** Format: uuid */
                            personId: string | null;
                            reminderMails: boolean;
                            /** @enum {string} */
                            role: "administrator" | "coordinator" | "representative" | "partner" | "trainer" | "viewer";
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
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        locale?: "bs" | "hr" | "sr-Latn-BA" | "sr-Cyrl-BA" | "en";
                        reminderMails?: boolean;
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
                                assessments: boolean;
                                audit: boolean;
                                /** @description What the signed-in reader may do with this record, as the server's policy decides. */
                                create: {
                                    actionItems: boolean;
                                    boards: boolean;
                                    categorySets: boolean;
                                    curricula: boolean;
                                    events: boolean;
                                    imports: boolean;
                                    indicators: boolean;
                                    meetingRecords: boolean;
                                    organizations: boolean;
                                    people: boolean;
                                    periods: boolean;
                                    plans: boolean;
                                    projects: boolean;
                                };
                                jobs: boolean;
                                mergePeople: boolean;
                                ownActionItems: boolean;
                                reports: boolean;
                                users: boolean;
                            };
                            displayName: string;
                            email: string;
                            /** Format: uuid */
                            id: string;
                            locale: string;
                            /** Format: uuid */
                            organizationId: string | null;
                            organizationName: string | null;
                            /** Format: uuid */
                            personId: string | null;
                            reminderMails: boolean;
                            /** @enum {string} */
                            role: "administrator" | "coordinator" | "representative" | "partner" | "trainer" | "viewer";
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/auth/password": {
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
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        currentPassword: string;
                        newPassword: string;
                    };
                };
            };
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
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
    "/api/cascades": {
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
                                depth: number;
                                /** Format: uuid */
                                id: string;
                                municipalityName: string | null;
                                peopleReached: {
                                    female: number;
                                    male: number;
                                    total: number;
                                };
                                sessionsDelivered: number;
                                startsOn: string;
                                title: string;
                                trainersProduced: number;
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
    "/api/category-sets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    order?: "asc" | "desc";
                    page?: number;
                    pageSize?: number;
                    q?: string;
                    sort?: "code" | "name";
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
                                    delete: boolean;
                                    update: boolean;
                                };
                                categories: {
                                    code: string;
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                                code: string;
                                createdAt: string;
                                description: string | null;
                                /** Format: uuid */
                                id: string;
                                indicatorCount: number;
                                isSystem: boolean;
                                name: string;
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
                        categories: {
                            code: string;
                            name: string;
                        }[];
                        code: string;
                        description?: string | null;
                        name: string;
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
                            categories: {
                                code: string;
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            code: string;
                            createdAt: string;
                            description: string | null;
                            /** Format: uuid */
                            id: string;
                            indicatorCount: number;
                            isSystem: boolean;
                            name: string;
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
    "/api/category-sets/{id}": {
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
                            categories: {
                                code: string;
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            code: string;
                            createdAt: string;
                            description: string | null;
                            /** Format: uuid */
                            id: string;
                            indicatorCount: number;
                            isSystem: boolean;
                            name: string;
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
                        categories?: {
                            code: string;
                            name: string;
                        }[];
                        code?: string;
                        description?: string | null;
                        name?: string;
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
                            categories: {
                                code: string;
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            code: string;
                            createdAt: string;
                            description: string | null;
                            /** Format: uuid */
                            id: string;
                            indicatorCount: number;
                            isSystem: boolean;
                            name: string;
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/certificates/{id}.pdf": {
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
    "/api/certificates/{id}/revoke": {
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
                            /** Format: uuid */
                            eventId: string;
                            familyName: string;
                            givenName: string;
                            /** Format: uuid */
                            id: string;
                            issuedAt: string;
                            number: string;
                            /** Format: uuid */
                            personId: string;
                            revokedAt: string | null;
                            revokedReason: string | null;
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
    "/api/coverage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    from?: string;
                    kind?: "board_meeting" | "training_of_trainers" | "seminar" | "workshop" | "public_presentation" | "media_appearance" | "other";
                    projectId?: string;
                    to?: string;
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
                                canton: {
                                    /** Format: uuid */
                                    id: string;
                                    nameCyrillic: string;
                                    nameLatin: string;
                                } | null;
                                code: string;
                                entity: {
                                    /** Format: uuid */
                                    id: string;
                                    nameCyrillic: string;
                                    nameLatin: string;
                                } | null;
                                events: number;
                                /** Format: uuid */
                                id: string;
                                nameCyrillic: string;
                                nameLatin: string;
                                participants: {
                                    female: number;
                                    male: number;
                                    total: number;
                                };
                                participations: number;
                                shapeId: string | null;
                                trainersActive: number;
                                womenShare: number | null;
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
    "/api/coverage/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query: {
                    format: "csv" | "xlsx";
                    from?: string;
                    kind?: "board_meeting" | "training_of_trainers" | "seminar" | "workshop" | "public_presentation" | "media_appearance" | "other";
                    projectId?: string;
                    to?: string;
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
    "/api/curricula": {
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
                    sort?: "title" | "createdAt";
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
                                moduleCount: number;
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
                        modules?: {
                            description?: string | null;
                            durationMinutes?: number | null;
                            /** Format: uuid */
                            id?: string;
                            title: string;
                        }[];
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
                            /** Format: uuid */
                            id: string;
                            isArchived: boolean;
                            moduleCount: number;
                            modules: {
                                description: string | null;
                                durationMinutes: number | null;
                                /** Format: uuid */
                                id: string;
                                position: number;
                                title: string;
                            }[];
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
    "/api/curricula/{id}": {
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
                            moduleCount: number;
                            modules: {
                                description: string | null;
                                durationMinutes: number | null;
                                /** Format: uuid */
                                id: string;
                                position: number;
                                title: string;
                            }[];
                            title: string;
                            updatedAt: string;
                        };
                    };
                };
            };
        };
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
                        description?: string | null;
                        modules?: {
                            description?: string | null;
                            durationMinutes?: number | null;
                            /** Format: uuid */
                            id?: string;
                            title: string;
                        }[];
                        title: string;
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
                            moduleCount: number;
                            modules: {
                                description: string | null;
                                durationMinutes: number | null;
                                /** Format: uuid */
                                id: string;
                                position: number;
                                title: string;
                            }[];
                            title: string;
                            updatedAt: string;
                        };
                    };
                };
            };
        };
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
                            moduleCount: number;
                            modules: {
                                description: string | null;
                                durationMinutes: number | null;
                                /** Format: uuid */
                                id: string;
                                position: number;
                                title: string;
                            }[];
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
                            /** Format: uuid */
                            id: string;
                            isArchived: boolean;
                            moduleCount: number;
                            modules: {
                                description: string | null;
                                durationMinutes: number | null;
                                /** Format: uuid */
                                id: string;
                                position: number;
                                title: string;
                            }[];
                            title: string;
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/curricula/export": {
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
                    sort?: "title" | "createdAt";
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
    "/api/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    projectId?: string;
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
                            organizationsReached: {
                                byLevel: {
                                    count: number;
                                    /** @enum {string} */
                                    level: "international" | "state" | "entity" | "canton" | "municipality";
                                }[];
                                bySector: {
                                    count: number;
                                    /** @enum {string} */
                                    sector: "defence" | "police" | "border" | "intelligence" | "justice" | "gender_mechanism" | "other_government" | "local_government" | "civil_society" | "international_organization" | "media" | "academia";
                                }[];
                                total: number;
                            };
                            outputs: {
                                /** @enum {string} */
                                eventKind: "board_meeting" | "training_of_trainers" | "seminar" | "workshop" | "public_presentation" | "media_appearance" | "other";
                                held: number;
                                label: string;
                                targetCount: number;
                            }[];
                            participations: {
                                female: number;
                                male: number;
                                total: number;
                            };
                            project: {
                                code: string;
                                /** Format: uuid */
                                id: string;
                                title: string;
                            } | null;
                            projects: {
                                code: string;
                                /** Format: uuid */
                                id: string;
                                title: string;
                            }[];
                            uniquePeople: {
                                female: number;
                                male: number;
                                total: number;
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
    "/api/evaluations/{id}": {
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
        patch?: never;
        trace?: never;
    };
    "/api/events": {
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
                    from?: string;
                    jurisdictionId?: string;
                    kind?: "board_meeting" | "training_of_trainers" | "seminar" | "workshop" | "public_presentation" | "media_appearance" | "other";
                    order?: "asc" | "desc";
                    organizationId?: string;
                    page?: number;
                    pageSize?: number;
                    projectId?: string;
                    q?: string;
                    sort?: "startsOn" | "title" | "kind";
                    status?: "planned" | "held" | "cancelled";
                    to?: string;
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
                                    record: boolean;
                                    update: boolean;
                                };
                                attendance: {
                                    female: number;
                                    male: number;
                                    total: number;
                                };
                                createdAt: string;
                                description: string | null;
                                endsOn: string;
                                frameworkNodeIds: string[];
                                /** Format: uuid */
                                id: string;
                                isArchived: boolean;
                                isDemo: boolean;
                                /** Format: uuid */
                                jurisdictionId: string;
                                jurisdictionName: string;
                                /** @enum {string} */
                                kind: "board_meeting" | "training_of_trainers" | "seminar" | "workshop" | "public_presentation" | "media_appearance" | "other";
                                organizers: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                                /** Format: uuid */
                                projectId: string | null;
                                projectTitle: string | null;
                                startsOn: string;
                                /** @enum {string} */
                                status: "planned" | "held" | "cancelled";
                                title: string;
                                updatedAt: string;
                                venue: string | null;
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
                        /** @default [] */
                        frameworkNodeIds?: string[];
                        /** Format: uuid */
                        jurisdictionId: string;
                        /** @enum {string} */
                        kind: "board_meeting" | "training_of_trainers" | "seminar" | "workshop" | "public_presentation" | "media_appearance" | "other";
                        organizerIds: string[];
                        /** Format: uuid */
                        projectId?: string | null;
                        /** Format: date */
                        startsOn: string;
                        /**
                         * @default planned
                         * @enum {string}
                         */
                        status?: "planned" | "held" | "cancelled";
                        title: string;
                        venue?: string | null;
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
                                record: boolean;
                                update: boolean;
                            };
                            attendance: {
                                female: number;
                                male: number;
                                total: number;
                            };
                            createdAt: string;
                            description: string | null;
                            endsOn: string;
                            frameworkNodeIds: string[];
                            /** Format: uuid */
                            id: string;
                            isArchived: boolean;
                            isDemo: boolean;
                            /** Format: uuid */
                            jurisdictionId: string;
                            jurisdictionName: string;
                            /** @enum {string} */
                            kind: "board_meeting" | "training_of_trainers" | "seminar" | "workshop" | "public_presentation" | "media_appearance" | "other";
                            organizers: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            /** Format: uuid */
                            projectId: string | null;
                            projectTitle: string | null;
                            startsOn: string;
                            /** @enum {string} */
                            status: "planned" | "held" | "cancelled";
                            title: string;
                            updatedAt: string;
                            venue: string | null;
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
    "/api/events/{id}": {
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
                                record: boolean;
                                update: boolean;
                            };
                            attendance: {
                                female: number;
                                male: number;
                                total: number;
                            };
                            createdAt: string;
                            description: string | null;
                            endsOn: string;
                            frameworkNodeIds: string[];
                            /** Format: uuid */
                            id: string;
                            isArchived: boolean;
                            isDemo: boolean;
                            /** Format: uuid */
                            jurisdictionId: string;
                            jurisdictionName: string;
                            /** @enum {string} */
                            kind: "board_meeting" | "training_of_trainers" | "seminar" | "workshop" | "public_presentation" | "media_appearance" | "other";
                            organizers: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            /** Format: uuid */
                            projectId: string | null;
                            projectTitle: string | null;
                            startsOn: string;
                            /** @enum {string} */
                            status: "planned" | "held" | "cancelled";
                            title: string;
                            updatedAt: string;
                            venue: string | null;
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
                                record: boolean;
                                update: boolean;
                            };
                            attendance: {
                                female: number;
                                male: number;
                                total: number;
                            };
                            createdAt: string;
                            description: string | null;
                            endsOn: string;
                            frameworkNodeIds: string[];
                            /** Format: uuid */
                            id: string;
                            isArchived: boolean;
                            isDemo: boolean;
                            /** Format: uuid */
                            jurisdictionId: string;
                            jurisdictionName: string;
                            /** @enum {string} */
                            kind: "board_meeting" | "training_of_trainers" | "seminar" | "workshop" | "public_presentation" | "media_appearance" | "other";
                            organizers: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            /** Format: uuid */
                            projectId: string | null;
                            projectTitle: string | null;
                            startsOn: string;
                            /** @enum {string} */
                            status: "planned" | "held" | "cancelled";
                            title: string;
                            updatedAt: string;
                            venue: string | null;
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
                        frameworkNodeIds?: string[];
                        /** Format: uuid */
                        jurisdictionId?: string;
                        /** @enum {string} */
                        kind?: "board_meeting" | "training_of_trainers" | "seminar" | "workshop" | "public_presentation" | "media_appearance" | "other";
                        organizerIds?: string[];
                        /** Format: uuid */
                        projectId?: string | null;
                        /** Format: date */
                        startsOn?: string;
                        /** @enum {string} */
                        status?: "planned" | "held" | "cancelled";
                        title?: string;
                        venue?: string | null;
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
                                record: boolean;
                                update: boolean;
                            };
                            attendance: {
                                female: number;
                                male: number;
                                total: number;
                            };
                            createdAt: string;
                            description: string | null;
                            endsOn: string;
                            frameworkNodeIds: string[];
                            /** Format: uuid */
                            id: string;
                            isArchived: boolean;
                            isDemo: boolean;
                            /** Format: uuid */
                            jurisdictionId: string;
                            jurisdictionName: string;
                            /** @enum {string} */
                            kind: "board_meeting" | "training_of_trainers" | "seminar" | "workshop" | "public_presentation" | "media_appearance" | "other";
                            organizers: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            /** Format: uuid */
                            projectId: string | null;
                            projectTitle: string | null;
                            startsOn: string;
                            /** @enum {string} */
                            status: "planned" | "held" | "cancelled";
                            title: string;
                            updatedAt: string;
                            venue: string | null;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/events/{id}/action-items": {
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
                                    mark: boolean;
                                    update: boolean;
                                };
                                /** Format: uuid */
                                boardId: string;
                                closedOn: string | null;
                                createdAt: string;
                                description: string;
                                dueOn: string | null;
                                /** Format: uuid */
                                eventId: string;
                                /** Format: uuid */
                                frameworkNodeId: string | null;
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                indicatorId: string | null;
                                isOverdue: boolean;
                                meetingOn: string;
                                meetingTitle: string;
                                note: string | null;
                                ownerOrganization: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                /** @enum {string} */
                                status: "open" | "done" | "dropped";
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
                        description: string;
                        /** Format: date */
                        dueOn?: string | null;
                        /** Format: uuid */
                        frameworkNodeId?: string | null;
                        /** Format: uuid */
                        indicatorId?: string | null;
                        note?: string | null;
                        /** Format: uuid */
                        ownerOrganizationId: string;
                        /**
                         * @default open
                         * @enum {string}
                         */
                        status?: "open" | "done" | "dropped";
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
                                mark: boolean;
                                update: boolean;
                            };
                            /** Format: uuid */
                            boardId: string;
                            closedOn: string | null;
                            createdAt: string;
                            description: string;
                            dueOn: string | null;
                            /** Format: uuid */
                            eventId: string;
                            /** Format: uuid */
                            frameworkNodeId: string | null;
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            indicatorId: string | null;
                            isOverdue: boolean;
                            meetingOn: string;
                            meetingTitle: string;
                            note: string | null;
                            ownerOrganization: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** @enum {string} */
                            status: "open" | "done" | "dropped";
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
    "/api/events/{id}/attendance-days": {
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
                            days: string[];
                            entries: {
                                /** Format: date */
                                day: string;
                                /** Format: uuid */
                                personId: string;
                                present: boolean;
                            }[];
                            /** Format: uuid */
                            eventId: string;
                            participants: {
                                familyName: string;
                                givenName: string;
                                organizationName: string | null;
                                /** Format: uuid */
                                personId: string;
                                /** @enum {string} */
                                sex: "female" | "male";
                            }[];
                        };
                    };
                };
            };
        };
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
                        entries: {
                            /** Format: date */
                            day: string;
                            /** Format: uuid */
                            personId: string;
                            present: boolean;
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
                            days: string[];
                            entries: {
                                /** Format: date */
                                day: string;
                                /** Format: uuid */
                                personId: string;
                                present: boolean;
                            }[];
                            /** Format: uuid */
                            eventId: string;
                            participants: {
                                familyName: string;
                                givenName: string;
                                organizationName: string | null;
                                /** Format: uuid */
                                personId: string;
                                /** @enum {string} */
                                sex: "female" | "male";
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
    "/api/events/{id}/cascade": {
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
                            depth: number;
                            generations: {
                                generation: number;
                                reached: number;
                                sessions: number;
                                trainers: number;
                            }[];
                            graph: {
                                links: {
                                    source: string;
                                    target: string;
                                    weight: number;
                                }[];
                                nodes: {
                                    generation: number;
                                    id: string;
                                    /** @enum {string} */
                                    kind: "tot" | "trainer" | "session";
                                    label: string;
                                    /** Format: uuid */
                                    refId: string;
                                }[];
                            };
                            peopleReached: {
                                female: number;
                                male: number;
                                total: number;
                            };
                            reachedByLevel: {
                                /** @enum {string|null} */
                                key: "international" | "state" | "entity" | "canton" | "municipality" | null;
                                people: number;
                            }[];
                            reachedByMunicipality: {
                                /** Format: uuid */
                                key: string | null;
                                name: string | null;
                                people: number;
                            }[];
                            reachedBySector: {
                                /** @enum {string|null} */
                                key: "defence" | "police" | "border" | "intelligence" | "justice" | "gender_mechanism" | "other_government" | "local_government" | "civil_society" | "international_organization" | "media" | "academia" | null;
                                people: number;
                            }[];
                            reachedBySex: {
                                /** @enum {string|null} */
                                key: "female" | "male" | null;
                                people: number;
                            }[];
                            reachPerTrainer: number;
                            sessions: {
                                generation: number;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "board_meeting" | "training_of_trainers" | "seminar" | "workshop" | "public_presentation" | "media_appearance" | "other";
                                /** Format: uuid */
                                municipalityId: string | null;
                                municipalityName: string | null;
                                startsOn: string;
                                title: string;
                            }[];
                            sessionsDelivered: number;
                            tot: {
                                /** Format: uuid */
                                id: string;
                                municipalityName: string | null;
                                startsOn: string;
                                title: string;
                            };
                            trainers: {
                                generation: number;
                                name: string;
                                /** Format: uuid */
                                personId: string;
                                reached: number;
                                sessions: number;
                            }[];
                            trainersProduced: number;
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
    "/api/events/{id}/certificates": {
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
                            /** Format: uuid */
                            eventId: string;
                            items: {
                                attendanceShare: number;
                                certificate: {
                                    /** Format: uuid */
                                    eventId: string;
                                    familyName: string;
                                    givenName: string;
                                    /** Format: uuid */
                                    id: string;
                                    issuedAt: string;
                                    number: string;
                                    /** Format: uuid */
                                    personId: string;
                                    revokedAt: string | null;
                                    revokedReason: string | null;
                                } | null;
                                eligible: boolean;
                                familyName: string;
                                givenName: string;
                                /** Format: uuid */
                                personId: string;
                                postTestShare: number | null;
                                reasons: ("no_certificates" | "not_held" | "not_participant" | "attendance" | "no_post_test" | "pass_mark")[];
                                /** @enum {string} */
                                role: "participant" | "trainer" | "co_trainer" | "speaker" | "organiser" | "observer";
                            }[];
                            rules: {
                                isDefault: boolean;
                                issuesCertificates: boolean;
                                minAttendanceShare: number;
                                passMark: number | null;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** @description Without `personIds`: every eligible participant who has no certificate yet. */
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
                        personIds?: string[];
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
                            issued: {
                                /** Format: uuid */
                                eventId: string;
                                familyName: string;
                                givenName: string;
                                /** Format: uuid */
                                id: string;
                                issuedAt: string;
                                number: string;
                                /** Format: uuid */
                                personId: string;
                                revokedAt: string | null;
                                revokedReason: string | null;
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
    "/api/events/{id}/certificates.pdf": {
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
    "/api/events/{id}/evaluations": {
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
                                comment: string | null;
                                createdAt: string;
                                /** Format: uuid */
                                eventId: string;
                                /** Format: uuid */
                                id: string;
                                person: {
                                    familyName: string;
                                    givenName: string;
                                } | null;
                                /** Format: uuid */
                                personId: string | null;
                                scores: {
                                    [key: string]: number;
                                };
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
                        comment?: string | null;
                        /** Format: uuid */
                        personId?: string | null;
                        scores: {
                            content?: number;
                            materials?: number;
                            organisation?: number;
                            overall?: number;
                            relevance?: number;
                            trainers?: number;
                        };
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
                            comment: string | null;
                            createdAt: string;
                            /** Format: uuid */
                            eventId: string;
                            /** Format: uuid */
                            id: string;
                            person: {
                                familyName: string;
                                givenName: string;
                            } | null;
                            /** Format: uuid */
                            personId: string | null;
                            scores: {
                                [key: string]: number;
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
    "/api/events/{id}/learning": {
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
                            byModule: {
                                /** Format: uuid */
                                curriculumId: string;
                                curriculumTitle: string;
                                /** Format: uuid */
                                id: string;
                                position: number;
                                statistics: {
                                    byLevel: {
                                        /** @enum {string|null} */
                                        key: "international" | "state" | "entity" | "canton" | "municipality" | null;
                                        meanGain: number | null;
                                        meanPost: number | null;
                                        meanPre: number | null;
                                        pairs: number;
                                        people: number;
                                        shareImproved: number | null;
                                        sharePassed: number | null;
                                        unpairedPost: number;
                                        unpairedPre: number;
                                    }[];
                                    bySector: {
                                        /** @enum {string|null} */
                                        key: "defence" | "police" | "border" | "intelligence" | "justice" | "gender_mechanism" | "other_government" | "local_government" | "civil_society" | "international_organization" | "media" | "academia" | null;
                                        meanGain: number | null;
                                        meanPost: number | null;
                                        meanPre: number | null;
                                        pairs: number;
                                        people: number;
                                        shareImproved: number | null;
                                        sharePassed: number | null;
                                        unpairedPost: number;
                                        unpairedPre: number;
                                    }[];
                                    bySex: {
                                        /** @enum {string|null} */
                                        key: "female" | "male" | null;
                                        meanGain: number | null;
                                        meanPost: number | null;
                                        meanPre: number | null;
                                        pairs: number;
                                        people: number;
                                        shareImproved: number | null;
                                        sharePassed: number | null;
                                        unpairedPost: number;
                                        unpairedPre: number;
                                    }[];
                                    meanGain: number | null;
                                    meanPost: number | null;
                                    meanPre: number | null;
                                    pairs: number;
                                    people: number;
                                    shareImproved: number | null;
                                    sharePassed: number | null;
                                    unpairedPost: number;
                                    unpairedPre: number;
                                };
                                title: string;
                            }[];
                            /** Format: uuid */
                            eventId: string;
                            modules: {
                                byLevel: {
                                    /** @enum {string|null} */
                                    key: "international" | "state" | "entity" | "canton" | "municipality" | null;
                                    meanGain: number | null;
                                    meanPost: number | null;
                                    meanPre: number | null;
                                    pairs: number;
                                    people: number;
                                    shareImproved: number | null;
                                    sharePassed: number | null;
                                    unpairedPost: number;
                                    unpairedPre: number;
                                }[];
                                bySector: {
                                    /** @enum {string|null} */
                                    key: "defence" | "police" | "border" | "intelligence" | "justice" | "gender_mechanism" | "other_government" | "local_government" | "civil_society" | "international_organization" | "media" | "academia" | null;
                                    meanGain: number | null;
                                    meanPost: number | null;
                                    meanPre: number | null;
                                    pairs: number;
                                    people: number;
                                    shareImproved: number | null;
                                    sharePassed: number | null;
                                    unpairedPost: number;
                                    unpairedPre: number;
                                }[];
                                bySex: {
                                    /** @enum {string|null} */
                                    key: "female" | "male" | null;
                                    meanGain: number | null;
                                    meanPost: number | null;
                                    meanPre: number | null;
                                    pairs: number;
                                    people: number;
                                    shareImproved: number | null;
                                    sharePassed: number | null;
                                    unpairedPost: number;
                                    unpairedPre: number;
                                }[];
                                meanGain: number | null;
                                meanPost: number | null;
                                meanPre: number | null;
                                pairs: number;
                                people: number;
                                shareImproved: number | null;
                                sharePassed: number | null;
                                unpairedPost: number;
                                unpairedPre: number;
                            } | null;
                            passMark: number | null;
                            satisfaction: {
                                comments: number;
                                evaluations: number;
                                overallMean: number | null;
                                questions: {
                                    count: number;
                                    distribution: {
                                        [key: string]: number;
                                    };
                                    mean: number | null;
                                    questionId: string;
                                }[];
                            };
                            wholeTest: {
                                byLevel: {
                                    /** @enum {string|null} */
                                    key: "international" | "state" | "entity" | "canton" | "municipality" | null;
                                    meanGain: number | null;
                                    meanPost: number | null;
                                    meanPre: number | null;
                                    pairs: number;
                                    people: number;
                                    shareImproved: number | null;
                                    sharePassed: number | null;
                                    unpairedPost: number;
                                    unpairedPre: number;
                                }[];
                                bySector: {
                                    /** @enum {string|null} */
                                    key: "defence" | "police" | "border" | "intelligence" | "justice" | "gender_mechanism" | "other_government" | "local_government" | "civil_society" | "international_organization" | "media" | "academia" | null;
                                    meanGain: number | null;
                                    meanPost: number | null;
                                    meanPre: number | null;
                                    pairs: number;
                                    people: number;
                                    shareImproved: number | null;
                                    sharePassed: number | null;
                                    unpairedPost: number;
                                    unpairedPre: number;
                                }[];
                                bySex: {
                                    /** @enum {string|null} */
                                    key: "female" | "male" | null;
                                    meanGain: number | null;
                                    meanPost: number | null;
                                    meanPre: number | null;
                                    pairs: number;
                                    people: number;
                                    shareImproved: number | null;
                                    sharePassed: number | null;
                                    unpairedPost: number;
                                    unpairedPre: number;
                                }[];
                                meanGain: number | null;
                                meanPost: number | null;
                                meanPre: number | null;
                                pairs: number;
                                people: number;
                                shareImproved: number | null;
                                sharePassed: number | null;
                                unpairedPost: number;
                                unpairedPre: number;
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
    "/api/events/{id}/meeting": {
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
                            agendaItems: {
                                /** Format: uuid */
                                frameworkNodeId: string | null;
                                /** Format: uuid */
                                id: string;
                                presenterName: string | null;
                                /** Format: uuid */
                                presenterPersonId: string | null;
                                title: string;
                            }[];
                            attendance: {
                                /** @enum {string} */
                                attendance: "present" | "absent" | "represented" | "guest";
                                deputyName: string | null;
                                /** Format: uuid */
                                deputyPersonId: string | null;
                                name: string;
                                /** Format: uuid */
                                personId: string;
                                /** @enum {string} */
                                sex: "female" | "male";
                            }[];
                            /** Format: uuid */
                            boardId: string;
                            boardName: string;
                            decisions: {
                                /** Format: uuid */
                                frameworkNodeId: string | null;
                                /** Format: uuid */
                                id: string;
                                text: string;
                            }[];
                            /** Format: uuid */
                            eventId: string;
                            /** @enum {string} */
                            eventStatus: "planned" | "held" | "cancelled";
                            eventTitle: string;
                            followUp: {
                                /** @description What the signed-in reader may do with this record, as the server's policy decides. */
                                abilities: {
                                    mark: boolean;
                                    update: boolean;
                                };
                                /** Format: uuid */
                                boardId: string;
                                closedOn: string | null;
                                createdAt: string;
                                description: string;
                                dueOn: string | null;
                                /** Format: uuid */
                                eventId: string;
                                /** Format: uuid */
                                frameworkNodeId: string | null;
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                indicatorId: string | null;
                                isOverdue: boolean;
                                meetingOn: string;
                                meetingTitle: string;
                                note: string | null;
                                ownerOrganization: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                /** @enum {string} */
                                status: "open" | "done" | "dropped";
                                updatedAt: string;
                            }[];
                            isNgoConsultation: boolean;
                            minutes: string | null;
                            startsOn: string;
                        };
                    };
                };
            };
        };
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
                        agendaItems?: {
                            /** Format: uuid */
                            frameworkNodeId?: string | null;
                            /** Format: uuid */
                            presenterPersonId?: string | null;
                            title: string;
                        }[];
                        attendance?: {
                            /** @enum {string} */
                            attendance: "present" | "absent" | "represented" | "guest";
                            /** Format: uuid */
                            deputyPersonId?: string | null;
                            /** Format: uuid */
                            personId: string;
                        }[];
                        /** Format: uuid */
                        boardId: string;
                        decisions?: {
                            /** Format: uuid */
                            frameworkNodeId?: string | null;
                            text: string;
                        }[];
                        /** @default false */
                        isNgoConsultation?: boolean;
                        minutes?: string | null;
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
                            agendaItems: {
                                /** Format: uuid */
                                frameworkNodeId: string | null;
                                /** Format: uuid */
                                id: string;
                                presenterName: string | null;
                                /** Format: uuid */
                                presenterPersonId: string | null;
                                title: string;
                            }[];
                            attendance: {
                                /** @enum {string} */
                                attendance: "present" | "absent" | "represented" | "guest";
                                deputyName: string | null;
                                /** Format: uuid */
                                deputyPersonId: string | null;
                                name: string;
                                /** Format: uuid */
                                personId: string;
                                /** @enum {string} */
                                sex: "female" | "male";
                            }[];
                            /** Format: uuid */
                            boardId: string;
                            boardName: string;
                            decisions: {
                                /** Format: uuid */
                                frameworkNodeId: string | null;
                                /** Format: uuid */
                                id: string;
                                text: string;
                            }[];
                            /** Format: uuid */
                            eventId: string;
                            /** @enum {string} */
                            eventStatus: "planned" | "held" | "cancelled";
                            eventTitle: string;
                            followUp: {
                                /** @description What the signed-in reader may do with this record, as the server's policy decides. */
                                abilities: {
                                    mark: boolean;
                                    update: boolean;
                                };
                                /** Format: uuid */
                                boardId: string;
                                closedOn: string | null;
                                createdAt: string;
                                description: string;
                                dueOn: string | null;
                                /** Format: uuid */
                                eventId: string;
                                /** Format: uuid */
                                frameworkNodeId: string | null;
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                indicatorId: string | null;
                                isOverdue: boolean;
                                meetingOn: string;
                                meetingTitle: string;
                                note: string | null;
                                ownerOrganization: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                /** @enum {string} */
                                status: "open" | "done" | "dropped";
                                updatedAt: string;
                            }[];
                            isNgoConsultation: boolean;
                            minutes: string | null;
                            startsOn: string;
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
    "/api/events/{id}/meeting.pdf": {
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
    "/api/events/{id}/module-scores": {
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
                            /** Format: uuid */
                            eventId: string;
                            modules: {
                                /** Format: uuid */
                                curriculumId: string;
                                curriculumTitle: string;
                                /** Format: uuid */
                                id: string;
                                position: number;
                                title: string;
                            }[];
                            participants: {
                                familyName: string;
                                givenName: string;
                                organizationName: string | null;
                                /** Format: uuid */
                                personId: string;
                                /** @enum {string} */
                                sex: "female" | "male";
                            }[];
                            scores: {
                                maxScore: number;
                                /** Format: uuid */
                                moduleId: string;
                                /** Format: uuid */
                                personId: string;
                                /** @enum {string} */
                                phase: "pre" | "post";
                                score: number;
                            }[];
                        };
                    };
                };
            };
        };
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
                        scores: {
                            maxScore: number;
                            /** Format: uuid */
                            moduleId: string;
                            /** Format: uuid */
                            personId: string;
                            /** @enum {string} */
                            phase: "pre" | "post";
                            score: number;
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
                            /** Format: uuid */
                            eventId: string;
                            modules: {
                                /** Format: uuid */
                                curriculumId: string;
                                curriculumTitle: string;
                                /** Format: uuid */
                                id: string;
                                position: number;
                                title: string;
                            }[];
                            participants: {
                                familyName: string;
                                givenName: string;
                                organizationName: string | null;
                                /** Format: uuid */
                                personId: string;
                                /** @enum {string} */
                                sex: "female" | "male";
                            }[];
                            scores: {
                                maxScore: number;
                                /** Format: uuid */
                                moduleId: string;
                                /** Format: uuid */
                                personId: string;
                                /** @enum {string} */
                                phase: "pre" | "post";
                                score: number;
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
    "/api/events/{id}/participations": {
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
                                attended: boolean;
                                /** Format: uuid */
                                eventId: string;
                                /** Format: uuid */
                                id: string;
                                person: {
                                    familyName: string;
                                    givenName: string;
                                    organizationName: string | null;
                                    /** @enum {string} */
                                    sex: "female" | "male";
                                };
                                /** Format: uuid */
                                personId: string;
                                postTestScore: number | null;
                                preTestScore: number | null;
                                /** @enum {string} */
                                role: "participant" | "trainer" | "co_trainer" | "speaker" | "organiser" | "observer";
                                testMaxScore: number | null;
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
                        /** @default true */
                        attended?: boolean;
                        newPerson?: {
                            birthYear?: number | null;
                            /** Format: date */
                            consentedOn?: string | null;
                            email?: string | null;
                            familyName: string;
                            givenName: string;
                            /** @default false */
                            hasConsented?: boolean;
                            /** @default false */
                            isDecisionMaker?: boolean;
                            /** Format: uuid */
                            organizationId?: string | null;
                            phone?: string | null;
                            position?: string | null;
                            rank?: string | null;
                            /** @enum {string} */
                            sex: "female" | "male";
                        };
                        /** Format: uuid */
                        personId?: string;
                        postTestScore?: number | null;
                        preTestScore?: number | null;
                        /**
                         * @default participant
                         * @enum {string}
                         */
                        role?: "participant" | "trainer" | "co_trainer" | "speaker" | "organiser" | "observer";
                        testMaxScore?: number | null;
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
                            attended: boolean;
                            /** Format: uuid */
                            eventId: string;
                            /** Format: uuid */
                            id: string;
                            person: {
                                familyName: string;
                                givenName: string;
                                organizationName: string | null;
                                /** @enum {string} */
                                sex: "female" | "male";
                            };
                            /** Format: uuid */
                            personId: string;
                            postTestScore: number | null;
                            preTestScore: number | null;
                            /** @enum {string} */
                            role: "participant" | "trainer" | "co_trainer" | "speaker" | "organiser" | "observer";
                            testMaxScore: number | null;
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
    "/api/events/{id}/participations/{participationId}": {
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
                    participationId: string;
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
                    participationId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        attended?: boolean;
                        postTestScore?: number | null;
                        preTestScore?: number | null;
                        /** @enum {string} */
                        role?: "participant" | "trainer" | "co_trainer" | "speaker" | "organiser" | "observer";
                        testMaxScore?: number | null;
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
                            attended: boolean;
                            /** Format: uuid */
                            eventId: string;
                            /** Format: uuid */
                            id: string;
                            person: {
                                familyName: string;
                                givenName: string;
                                organizationName: string | null;
                                /** @enum {string} */
                                sex: "female" | "male";
                            };
                            /** Format: uuid */
                            personId: string;
                            postTestScore: number | null;
                            preTestScore: number | null;
                            /** @enum {string} */
                            role: "participant" | "trainer" | "co_trainer" | "speaker" | "organiser" | "observer";
                            testMaxScore: number | null;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/events/{id}/restore": {
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
                                record: boolean;
                                update: boolean;
                            };
                            attendance: {
                                female: number;
                                male: number;
                                total: number;
                            };
                            createdAt: string;
                            description: string | null;
                            endsOn: string;
                            frameworkNodeIds: string[];
                            /** Format: uuid */
                            id: string;
                            isArchived: boolean;
                            isDemo: boolean;
                            /** Format: uuid */
                            jurisdictionId: string;
                            jurisdictionName: string;
                            /** @enum {string} */
                            kind: "board_meeting" | "training_of_trainers" | "seminar" | "workshop" | "public_presentation" | "media_appearance" | "other";
                            organizers: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            /** Format: uuid */
                            projectId: string | null;
                            projectTitle: string | null;
                            startsOn: string;
                            /** @enum {string} */
                            status: "planned" | "held" | "cancelled";
                            title: string;
                            updatedAt: string;
                            venue: string | null;
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
    "/api/events/{id}/training": {
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
                            curricula: {
                                /** Format: uuid */
                                id: string;
                                modules: {
                                    description: string | null;
                                    durationMinutes: number | null;
                                    /** Format: uuid */
                                    id: string;
                                    position: number;
                                    title: string;
                                }[];
                                title: string;
                            }[];
                            curriculumIds: string[];
                            /** Format: uuid */
                            eventId: string;
                            rules: {
                                issuesCertificates: boolean;
                                minAttendanceShare: number;
                                passMark: number | null;
                            };
                        };
                    };
                };
            };
        };
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
                        curriculumIds: string[];
                        rules: {
                            /** @default true */
                            issuesCertificates?: boolean;
                            /** @default 1 */
                            minAttendanceShare?: number;
                            passMark?: number | null;
                        };
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
                            curricula: {
                                /** Format: uuid */
                                id: string;
                                modules: {
                                    description: string | null;
                                    durationMinutes: number | null;
                                    /** Format: uuid */
                                    id: string;
                                    position: number;
                                    title: string;
                                }[];
                                title: string;
                            }[];
                            curriculumIds: string[];
                            /** Format: uuid */
                            eventId: string;
                            rules: {
                                issuesCertificates: boolean;
                                minAttendanceShare: number;
                                passMark: number | null;
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
    "/api/events/export": {
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
                    from?: string;
                    jurisdictionId?: string;
                    kind?: "board_meeting" | "training_of_trainers" | "seminar" | "workshop" | "public_presentation" | "media_appearance" | "other";
                    order?: "asc" | "desc";
                    organizationId?: string;
                    projectId?: string;
                    q?: string;
                    sort?: "startsOn" | "title" | "kind";
                    status?: "planned" | "held" | "cancelled";
                    to?: string;
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
    "/api/evidence/{id}": {
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
        patch?: never;
        trace?: never;
    };
    "/api/evidence/{id}/file": {
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
    "/api/health": {
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
                            /** @enum {string} */
                            database: "ok";
                            /** @enum {string} */
                            status: "ok";
                            time: string;
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
                                sizeBytes: number;
                                /** @enum {string} */
                                status: "previewed" | "committed";
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
                                sizeBytes: number;
                                /** @enum {string} */
                                status: "previewed" | "committed";
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
                                sizeBytes: number;
                                /** @enum {string} */
                                status: "previewed" | "committed";
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
                                sizeBytes: number;
                                /** @enum {string} */
                                status: "previewed" | "committed";
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
                            sizeBytes: number;
                            /** @enum {string} */
                            status: "previewed" | "committed";
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
                                sizeBytes: number;
                                /** @enum {string} */
                                status: "previewed" | "committed";
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
                                    measure: "unique_people" | "participations" | "events_held" | "cascade_reach";
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
                            measure: "unique_people" | "participations" | "events_held" | "cascade_reach";
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
                                measure: "unique_people" | "participations" | "events_held" | "cascade_reach";
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
                                measure: "unique_people" | "participations" | "events_held" | "cascade_reach";
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
                                measure: "unique_people" | "participations" | "events_held" | "cascade_reach";
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
                            measure: "unique_people" | "participations" | "events_held" | "cascade_reach";
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
                                measure: "unique_people" | "participations" | "events_held" | "cascade_reach";
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
                                measure: "unique_people" | "participations" | "events_held" | "cascade_reach";
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
    "/api/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    name?: string;
                    page?: number;
                    pageSize?: number;
                    state?: "created" | "retry" | "active" | "completed" | "cancelled" | "failed";
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
                                    retry: boolean;
                                };
                                archived: boolean;
                                /** Format: date-time */
                                completedAt: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: uuid */
                                id: string;
                                lastError: string | null;
                                name: string;
                                /** Format: date-time */
                                nextTryAt: string | null;
                                retryCount: number;
                                retryLimit: number;
                                /** Format: date-time */
                                startedAt: string | null;
                                /** @enum {string} */
                                state: "created" | "retry" | "active" | "completed" | "cancelled" | "failed";
                            }[];
                            names: string[];
                            page: number;
                            pageSize: number;
                            schedules: {
                                cron: string;
                                name: string;
                                tz: string | null;
                            }[];
                            total: number;
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
    "/api/jobs/{id}/retry": {
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
                                retry: boolean;
                            };
                            archived: boolean;
                            /** Format: date-time */
                            completedAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            lastError: string | null;
                            name: string;
                            /** Format: date-time */
                            nextTryAt: string | null;
                            retryCount: number;
                            retryLimit: number;
                            /** Format: date-time */
                            startedAt: string | null;
                            /** @enum {string} */
                            state: "created" | "retry" | "active" | "completed" | "cancelled" | "failed";
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
    "/api/jurisdictions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    kind?: "state" | "entity" | "district" | "canton" | "municipality";
                    order?: "asc" | "desc";
                    page?: number;
                    pageSize?: number;
                    parentId?: string;
                    q?: string;
                    sort?: "name" | "code";
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
                                code: string;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "state" | "entity" | "district" | "canton" | "municipality";
                                nameCyrillic: string;
                                nameLatin: string;
                                /** Format: uuid */
                                parentId: string | null;
                                shapeId: string | null;
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
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/jurisdictions/{id}": {
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
                            code: string;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "state" | "entity" | "district" | "canton" | "municipality";
                            nameCyrillic: string;
                            nameLatin: string;
                            /** Format: uuid */
                            parentId: string | null;
                            shapeId: string | null;
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
    "/api/municipalities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    from?: string;
                    kind?: "board_meeting" | "training_of_trainers" | "seminar" | "workshop" | "public_presentation" | "media_appearance" | "other";
                    organizationsPage?: number;
                    projectId?: string;
                    to?: string;
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
                            events: {
                                endsOn: string;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "board_meeting" | "training_of_trainers" | "seminar" | "workshop" | "public_presentation" | "media_appearance" | "other";
                                project: {
                                    code: string;
                                    /** Format: uuid */
                                    id: string;
                                    title: string;
                                } | null;
                                startsOn: string;
                                /** @enum {string} */
                                status: "planned" | "held" | "cancelled";
                                title: string;
                            }[];
                            eventsTotal: number;
                            figures: {
                                events: number;
                                participants: {
                                    female: number;
                                    male: number;
                                    total: number;
                                };
                                participations: number;
                                trainersActive: number;
                                womenShare: number | null;
                            };
                            localPartners: {
                                eventsOrganized: number;
                                /** Format: uuid */
                                id: string;
                                isSeatedHere: boolean;
                                /** @enum {string} */
                                level: "international" | "state" | "entity" | "canton" | "municipality";
                                name: string;
                                shortName: string | null;
                            }[];
                            municipality: {
                                canton: {
                                    /** Format: uuid */
                                    id: string;
                                    nameCyrillic: string;
                                    nameLatin: string;
                                } | null;
                                code: string;
                                entity: {
                                    /** Format: uuid */
                                    id: string;
                                    nameCyrillic: string;
                                    nameLatin: string;
                                } | null;
                                /** Format: uuid */
                                id: string;
                                nameCyrillic: string;
                                nameLatin: string;
                                shapeId: string | null;
                            };
                            organizations: {
                                eventsOrganized: number;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                level: "international" | "state" | "entity" | "canton" | "municipality";
                                name: string;
                                participants: number;
                                /** @enum {string} */
                                sector: "defence" | "police" | "border" | "intelligence" | "justice" | "gender_mechanism" | "other_government" | "local_government" | "civil_society" | "international_organization" | "media" | "academia";
                                shortName: string | null;
                            }[];
                            organizationsTotal: number;
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
    "/api/people": {
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
                    organizationId?: string;
                    page?: number;
                    pageSize?: number;
                    q?: string;
                    sex?: "female" | "male";
                    sort?: "familyName" | "givenName" | "organization" | "updatedAt";
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
                        birthYear?: number | null;
                        /** Format: date */
                        consentedOn?: string | null;
                        email?: string | null;
                        familyName: string;
                        givenName: string;
                        /** @default false */
                        hasConsented?: boolean;
                        /** @default false */
                        isDecisionMaker?: boolean;
                        /** Format: uuid */
                        organizationId?: string | null;
                        phone?: string | null;
                        position?: string | null;
                        rank?: string | null;
                        /** @enum {string} */
                        sex: "female" | "male";
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
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/{id}": {
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
                        birthYear?: number | null;
                        /** Format: date */
                        consentedOn?: string | null;
                        email?: string | null;
                        familyName?: string;
                        givenName?: string;
                        hasConsented?: boolean;
                        isDecisionMaker?: boolean;
                        /** Format: uuid */
                        organizationId?: string | null;
                        phone?: string | null;
                        position?: string | null;
                        rank?: string | null;
                        /** @enum {string} */
                        sex?: "female" | "male";
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
                };
            };
        };
        trace?: never;
    };
    "/api/people/{id}/merge": {
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
                        /** Format: uuid */
                        otherId: string;
                        /** @default {} */
                        values?: {
                            /** @enum {string} */
                            birthYear?: "survivor" | "other";
                            /** @enum {string} */
                            consent?: "survivor" | "other";
                            /** @enum {string} */
                            email?: "survivor" | "other";
                            /** @enum {string} */
                            familyName?: "survivor" | "other";
                            /** @enum {string} */
                            givenName?: "survivor" | "other";
                            /** @enum {string} */
                            isDecisionMaker?: "survivor" | "other";
                            /** @enum {string} */
                            organizationId?: "survivor" | "other";
                            /** @enum {string} */
                            phone?: "survivor" | "other";
                            /** @enum {string} */
                            position?: "survivor" | "other";
                            /** @enum {string} */
                            rank?: "survivor" | "other";
                            /** @enum {string} */
                            sex?: "survivor" | "other";
                        };
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
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/{id}/restore": {
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
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/duplicates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
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
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/export": {
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
                    organizationId?: string;
                    q?: string;
                    sex?: "female" | "male";
                    sort?: "familyName" | "givenName" | "organization" | "updatedAt";
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
                                    measure: "unique_people" | "participations" | "events_held" | "cascade_reach";
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
    "/api/ready": {
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
                            checks?: {
                                /** @enum {string} */
                                database: "ok" | "unreachable";
                                /** @enum {string} */
                                files: "ok" | "not_writable";
                                /** @enum {string} */
                                migrations: "ok" | "behind" | "ahead" | "unknown";
                            };
                            /** @enum {string} */
                            status: "ready" | "not_ready" | "draining";
                        };
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            checks?: {
                                /** @enum {string} */
                                database: "ok" | "unreachable";
                                /** @enum {string} */
                                files: "ok" | "not_writable";
                                /** @enum {string} */
                                migrations: "ok" | "behind" | "ahead" | "unknown";
                            };
                            /** @enum {string} */
                            status: "ready" | "not_ready" | "draining";
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
    "/api/reminders": {
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
                                /** @enum {string} */
                                kind: "overdue" | "returned" | "due" | "to_review";
                                note: string | null;
                                /** Format: uuid */
                                organizationId: string;
                                organizationName: string;
                                /** Format: uuid */
                                periodId: string;
                                periodName: string;
                                /** Format: uuid */
                                planId: string;
                                planTitle: string;
                                /** Format: date */
                                since: string;
                                /** Format: uuid */
                                submissionId: string | null;
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
    "/api/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    order?: "asc" | "desc";
                    page?: number;
                    pageSize?: number;
                    q?: string;
                    role?: "administrator" | "coordinator" | "representative" | "partner" | "trainer" | "viewer";
                    sort?: "displayName" | "email" | "role" | "lastLoginAt";
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
                                createdAt: string;
                                displayName: string;
                                email: string;
                                /** Format: uuid */
                                id: string;
                                isActive: boolean;
                                lastLoginAt: string | null;
                                locale: string;
                                /** Format: uuid */
                                organizationId: string | null;
                                organizationName: string | null;
                                /** Format: uuid */
                                personId: string | null;
                                /** @enum {string} */
                                role: "administrator" | "coordinator" | "representative" | "partner" | "trainer" | "viewer";
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
                        displayName: string;
                        email: string;
                        /**
                         * @default bs
                         * @enum {string}
                         */
                        locale?: "bs" | "hr" | "sr-Latn-BA" | "sr-Cyrl-BA" | "en";
                        /** Format: uuid */
                        organizationId?: string | null;
                        password?: string;
                        /** Format: uuid */
                        personId?: string | null;
                        /** @enum {string} */
                        role: "administrator" | "coordinator" | "representative" | "partner" | "trainer" | "viewer";
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
                            generatedPassword: string | null;
                            user: {
                                createdAt: string;
                                displayName: string;
                                email: string;
                                /** Format: uuid */
                                id: string;
                                isActive: boolean;
                                lastLoginAt: string | null;
                                locale: string;
                                /** Format: uuid */
                                organizationId: string | null;
                                organizationName: string | null;
                                /** Format: uuid */
                                personId: string | null;
                                /** @enum {string} */
                                role: "administrator" | "coordinator" | "representative" | "partner" | "trainer" | "viewer";
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
    "/api/users/{id}": {
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
                            createdAt: string;
                            displayName: string;
                            email: string;
                            /** Format: uuid */
                            id: string;
                            isActive: boolean;
                            lastLoginAt: string | null;
                            locale: string;
                            /** Format: uuid */
                            organizationId: string | null;
                            organizationName: string | null;
                            /** Format: uuid */
                            personId: string | null;
                            /** @enum {string} */
                            role: "administrator" | "coordinator" | "representative" | "partner" | "trainer" | "viewer";
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
                        displayName?: string;
                        email?: string;
                        isActive?: boolean;
                        /** @enum {string} */
                        locale?: "bs" | "hr" | "sr-Latn-BA" | "sr-Cyrl-BA" | "en";
                        /** Format: uuid */
                        organizationId?: string | null;
                        password?: string;
                        /** Format: uuid */
                        personId?: string | null;
                        /** @enum {string} */
                        role?: "administrator" | "coordinator" | "representative" | "partner" | "trainer" | "viewer";
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
                            createdAt: string;
                            displayName: string;
                            email: string;
                            /** Format: uuid */
                            id: string;
                            isActive: boolean;
                            lastLoginAt: string | null;
                            locale: string;
                            /** Format: uuid */
                            organizationId: string | null;
                            organizationName: string | null;
                            /** Format: uuid */
                            personId: string | null;
                            /** @enum {string} */
                            role: "administrator" | "coordinator" | "representative" | "partner" | "trainer" | "viewer";
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/users/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query: {
                    format: "csv" | "xlsx";
                    order?: "asc" | "desc";
                    q?: string;
                    role?: "administrator" | "coordinator" | "representative" | "partner" | "trainer" | "viewer";
                    sort?: "displayName" | "email" | "role" | "lastLoginAt";
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
    "/api/verify/{number}": {
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
                    number: string;
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
                            endsOn: string;
                            eventTitle: string;
                            /** @enum {boolean} */
                            genuine: true;
                            name: string;
                            startsOn: string;
                        } | {
                            /** @enum {boolean} */
                            genuine: false;
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
