import { randomBytes } from "node:crypto";
import { hash, verify } from "@node-rs/argon2";

// argon2id (the library's default algorithm) with OWASP's recommended minimum cost.
const options = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export const hashPassword = (password: string) => hash(password, options);

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** A password nobody has to remember twice: 20 characters from a 64-letter alphabet (120 bits). */
export const generatePassword = () => randomBytes(15).toString("base64url");

/** Compared against when the e-mail is unknown, so a wrong e-mail takes as long as a wrong password. */
let decoyHash: Promise<string> | undefined;
export const getDecoyHash = () => {
  decoyHash ??= hashPassword(generatePassword());
  return decoyHash;
};
