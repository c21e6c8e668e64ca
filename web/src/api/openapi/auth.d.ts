// Generated from the API's OpenAPI document by `npm run openapi`; do not edit.
export interface paths {
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
                                    agreements: boolean;
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
                                    agreements: boolean;
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
                                    agreements: boolean;
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
