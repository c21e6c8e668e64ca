/** Only addresses inside the app: never send someone to another site after sign-in. */
export function safeRedirect(target: string | undefined): string {
  const isInside = target?.startsWith("/") && !target.startsWith("//") && !target.startsWith("/login");
  return isInside ? (target as string) : "/";
}
