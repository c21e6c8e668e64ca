import {
  Anchor,
  type AnchorProps,
  Button,
  type ButtonProps,
  NavLink,
  type NavLinkProps,
} from "@mantine/core";
import { createLink } from "@tanstack/react-router";
import type { AnchorHTMLAttributes, Ref } from "react";

type AnchorAttributes = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, "color" | "style">;

function ButtonAnchor({ ref, ...props }: ButtonProps & AnchorAttributes & { ref?: Ref<HTMLAnchorElement> }) {
  return <Button component="a" ref={ref} {...props} />;
}

function TextAnchor({ ref, ...props }: AnchorProps & AnchorAttributes & { ref?: Ref<HTMLAnchorElement> }) {
  // Links take the size of the text around them unless told otherwise.
  return <Anchor component="a" ref={ref} fz={props.size || props.fz ? props.fz : "inherit"} {...props} />;
}

function NavAnchor({ ref, ...props }: NavLinkProps & AnchorAttributes & { ref?: Ref<HTMLAnchorElement> }) {
  return <NavLink component="a" ref={ref} {...props} />;
}

/** Router links styled as Mantine components: real anchors, so they open in new tabs and read as links. */
export const ButtonLink = createLink(ButtonAnchor);
export const TextLink = createLink(TextAnchor);
export const NavItemLink = createLink(NavAnchor);
