import { Button, Menu } from "@mantine/core";
import { useT } from "../../i18n/useT.js";
import { exportUrl } from "./exportUrl.js";

interface Props {
  /** The list's name in the API address, e.g. "events" for `/api/events`. */
  list: string;
  /** The parameters the list is shown with; the export holds all its pages. */
  params: Record<string, unknown>;
}

/** "Export": the list as it is filtered and sorted now, as an Excel workbook or a CSV file. */
export function ExportMenu({ list, params }: Props) {
  const t = useT();
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="default">{t("export.button")}</Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item component="a" href={exportUrl(list, params, "xlsx")} download>
          {t("export.xlsx")}
        </Menu.Item>
        <Menu.Item component="a" href={exportUrl(list, params, "csv")} download>
          {t("export.csv")}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
