import {
  type CSSVariablesResolver,
  createTheme,
  defaultVariantColorsResolver,
  parseThemeColor,
  type VariantColorsResolver,
} from "@mantine/core";

/**
 * Light and subtle variants draw text in a darkened deepest shade of their colour on the palest
 * background, so badges, alerts and quiet buttons keep a contrast of at least 4.5:1.
 */
const variantColorResolver: VariantColorsResolver = (input) => {
  const colors = defaultVariantColorsResolver(input);
  if (input.variant !== "light" && input.variant !== "subtle") return colors;
  const parsed = parseThemeColor({ color: input.color || input.theme.primaryColor, theme: input.theme });
  if (!parsed.isThemeColor) return colors;
  const strong = `color-mix(in srgb, var(--mantine-color-${parsed.color}-9), black 30%)`;
  if (input.variant === "subtle") return { ...colors, color: strong, hoverColor: strong };
  return {
    ...colors,
    background: `var(--mantine-color-${parsed.color}-0)`,
    color: strong,
    hoverColor: strong,
  };
};

export const theme = createTheme({
  primaryColor: "grape",
  primaryShade: 8,
  defaultRadius: "md",
  focusRing: "auto",
  variantColorResolver,
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif, "Apple Color Emoji"',
  headings: { fontWeight: "700" },
  components: {
    Table: { defaultProps: { fz: "sm" } },
    // Badges hold one or two words: never cut them to an ellipsis in a narrow table column.
    Badge: { styles: { root: { minWidth: "max-content" } } },
  },
});

/**
 * Dimmed text one shade darker than Mantine's default, and placeholders two shades darker (4.5:1 on
 * white, as WCAG AA asks of text), for readable contrast.
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    "--mantine-color-dimmed": "var(--mantine-color-gray-7)",
    "--mantine-color-placeholder": "var(--mantine-color-gray-7)",
  },
  dark: {},
});
