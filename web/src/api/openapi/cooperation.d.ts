// Generated from the API's OpenAPI document by `npm run openapi`; do not edit.
export interface paths {
    "/api/cooperation/network": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query: {
                    from: string;
                    jurisdictionId?: string;
                    kinds?: ("co_organised" | "attended" | "board_meeting" | "action_item" | "agreement") | ("co_organised" | "attended" | "board_meeting" | "action_item" | "agreement")[];
                    level?: "international" | "state" | "entity" | "canton" | "municipality";
                    planId?: string;
                    previousFrom?: string;
                    previousTo?: string;
                    projectId?: string;
                    sector?: "defence" | "police" | "border" | "intelligence" | "justice" | "gender_mechanism" | "other_government" | "local_government" | "civil_society" | "international_organization" | "media" | "academia";
                    to: string;
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
                            brokers: {
                                betweenness: number;
                                degree: number;
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            edges: {
                                kinds: ("co_organised" | "attended" | "board_meeting" | "action_item" | "agreement")[];
                                /** Format: uuid */
                                source: string;
                                /** Format: uuid */
                                target: string;
                                weight: number;
                            }[];
                            /** Format: date */
                            from: string;
                            measures: {
                                averageDegree: number | null;
                                components: number;
                                crossLevelShare: number | null;
                                crossLevelTies: number;
                                degreeCentralization: number | null;
                                density: number | null;
                                institutionCsoShare: number | null;
                                institutionCsoTies: number;
                                organizations: number;
                                ties: number;
                                tiesByKind: {
                                    action_item: number;
                                    agreement: number;
                                    attended: number;
                                    board_meeting: number;
                                    co_organised: number;
                                };
                            };
                            nodes: {
                                betweenness: number;
                                degree: number;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                level: "international" | "state" | "entity" | "canton" | "municipality";
                                name: string;
                                /** @enum {string} */
                                sector: "defence" | "police" | "border" | "intelligence" | "justice" | "gender_mechanism" | "other_government" | "local_government" | "civil_society" | "international_organization" | "media" | "academia";
                                shortName: string | null;
                                x: number;
                                y: number;
                            }[];
                            previous: {
                                averageDegree: number | null;
                                components: number;
                                crossLevelShare: number | null;
                                crossLevelTies: number;
                                degreeCentralization: number | null;
                                density: number | null;
                                institutionCsoShare: number | null;
                                institutionCsoTies: number;
                                organizations: number;
                                ties: number;
                                tiesByKind: {
                                    action_item: number;
                                    agreement: number;
                                    attended: number;
                                    board_meeting: number;
                                    co_organised: number;
                                };
                            };
                            /** Format: date */
                            previousFrom: string;
                            /** Format: date */
                            previousTo: string;
                            /** Format: date */
                            to: string;
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
    "/api/cooperation/network/export": {
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
                    from: string;
                    jurisdictionId?: string;
                    kinds?: ("co_organised" | "attended" | "board_meeting" | "action_item" | "agreement") | ("co_organised" | "attended" | "board_meeting" | "action_item" | "agreement")[];
                    level?: "international" | "state" | "entity" | "canton" | "municipality";
                    planId?: string;
                    previousFrom?: string;
                    previousTo?: string;
                    projectId?: string;
                    sector?: "defence" | "police" | "border" | "intelligence" | "justice" | "gender_mechanism" | "other_government" | "local_government" | "civil_society" | "international_organization" | "media" | "academia";
                    to: string;
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
    "/api/cooperation/years": {
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
                            latest: number | null;
                            years: number[];
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
