// Generated from the API's OpenAPI document by `npm run openapi`; do not edit.
export interface paths {
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
