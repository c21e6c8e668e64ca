import type { z } from "zod";
import type {
  CreatedUser,
  User,
  UserInput,
  UserListQuery,
  UserPatch,
} from "../../../common/schemas/users.js";
import { useCreate, useItem, useList, useUpdate } from "./resource.js";

const resource = "users";
export type UserListParams = z.input<typeof UserListQuery>;

export const useUsers = (params: UserListParams) => useList<User>(resource, params);
export const useUser = (id: string | undefined | null) => useItem<User>(resource, id);
export const useCreateUser = () => useCreate<UserInput, z.infer<typeof CreatedUser>>(resource);
export const useUpdateUser = () => useUpdate<z.input<typeof UserPatch>, User>(resource);
