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
