// Generated from the API's OpenAPI document by `npm run openapi`; do not edit.
export interface paths {
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
