// Generated from the API's OpenAPI document by `npm run openapi`; do not edit.
import type { components } from "./components.js";

export interface paths {
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
                            items: components["schemas"]["Person"][];
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
                        "application/json": components["schemas"]["Person"];
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
                        "application/json": components["schemas"]["Person"];
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
                        "application/json": components["schemas"]["Person"];
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
                        "application/json": components["schemas"]["Person"];
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
                        "application/json": components["schemas"]["Person"];
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
                        "application/json": components["schemas"]["Person"];
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
                    q?: string;
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
                            items: components["schemas"]["DuplicatePair"][];
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
}
export type webhooks = Record<string, never>;
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
