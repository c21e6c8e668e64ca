import { TextLink } from "./links.js";

/** "‹ Events" above a page title: back to the list or the parent record. */
export function BackLink({
  to,
  params,
  label,
}: {
  to: string;
  params?: Record<string, string>;
  label: string;
}) {
  return (
    <TextLink to={to as never} params={params as never} size="sm">
      <span aria-hidden>‹ </span>
      {label}
    </TextLink>
  );
}
