// Generated from the API's OpenAPI document by `npm run openapi`; do not edit.
export interface paths {
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
