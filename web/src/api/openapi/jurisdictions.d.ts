// Generated from the API's OpenAPI document by `npm run openapi`; do not edit.
export interface paths {
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
