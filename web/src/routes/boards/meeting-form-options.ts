import { createContext, useContext, useMemo } from "react";
import type { BoardMembership } from "../../../../common/schemas/boards.js";
import { useBoards } from "../../api/boards.js";
import type { Option } from "../../components/selects/SearchSelect.js";
import { usePersonOptions } from "../../components/selects/sources.js";
import { personName } from "./shared.js";

export interface AgendaRow {
  title: string;
  presenterPersonId: string | null;
  frameworkNodeId: string | null;
}
export interface AttendanceRow {
  personId: string | null;
  attendance: string;
  deputyPersonId: string | null;
}
export interface DecisionRow {
  text: string;
  frameworkNodeId: string | null;
}

export const noMembers: BoardMembership[] = [];
export const fieldset = { border: 0, padding: 0, margin: 0, minWidth: 0 } as const;

export function useBoardOptions(query: string) {
  const result = useBoards({ q: query || undefined, pageSize: 50, sort: "name" });
  const options = useMemo<Option[]>(
    () => (result.data?.items ?? []).map((board) => ({ value: board.id, label: board.name })),
    [result.data],
  );
  return { options, isLoading: result.isFetching };
}

/** The board's current members, offered first by the person selects of the form below. */
export const MembersContext = createContext<BoardMembership[]>([]);

/** People found on the server, with the board's current members offered first (before typing, too). */
export function useAttendeeOptions(query: string) {
  const members = useContext(MembersContext);
  const people = usePersonOptions(query);
  const options = useMemo(() => {
    const needle = query.toLocaleLowerCase();
    const fromBoard = members
      .map((m) => ({ value: m.personId, label: `${personName(m.person)} — ${m.organization.name}` }))
      .filter((option) => option.label.toLocaleLowerCase().includes(needle));
    const seen = new Set(fromBoard.map((option) => option.value));
    return [...fromBoard, ...people.options.filter((option) => !seen.has(option.value))];
  }, [members, people.options, query]);
  return { options, isLoading: people.isLoading };
}
