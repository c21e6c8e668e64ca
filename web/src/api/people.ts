import type { z } from "zod";
import type { Person, PersonInput, PersonListQuery, PersonPatch } from "../../../common/schemas/people.js";
import { useArchive, useCreate, useItem, useList, useRestore, useUpdate } from "./resource.js";

const resource = "people";
export type PersonListParams = z.input<typeof PersonListQuery>;

export const usePeople = (params: PersonListParams, options?: { enabled?: boolean }) =>
  useList<Person>(resource, params, options);
export const usePerson = (id: string | undefined | null) => useItem<Person>(resource, id);
export const useCreatePerson = () => useCreate<PersonInput, Person>(resource);
export const useUpdatePerson = () => useUpdate<z.input<typeof PersonPatch>, Person>(resource);
export const useArchivePerson = () => useArchive<Person>(resource);
export const useRestorePerson = () => useRestore<Person>(resource);
