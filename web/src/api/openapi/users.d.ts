// Generated from the API's OpenAPI document by `npm run openapi`; do not edit.
export interface paths {
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
