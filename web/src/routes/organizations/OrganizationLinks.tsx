import { Stack } from "@mantine/core";
import { TextLink } from "../../components/links.js";

/** An organisation's name as a link to its page. */
export function OrganizationLink({ id, name }: { id: string; name: string | null }) {
  return (
    <TextLink to="/organizations/$organizationId" params={{ organizationId: id }}>
      {name}
    </TextLink>
  );
}

/** Several organisations (organisers, implementers), a link a line. */
export function OrganizationLinks({ organizations }: { organizations: { id: string; name: string }[] }) {
  return (
    <Stack gap={2}>
      {organizations.map((org) => (
        <OrganizationLink key={org.id} id={org.id} name={org.name} />
      ))}
    </Stack>
  );
}
