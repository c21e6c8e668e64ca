import { DataList, Text, useMatches } from "@mantine/core";
import type { ReactNode } from "react";
import { useT } from "../i18n/useT.js";

export interface DetailItem {
  label: string;
  value: ReactNode;
}

const isEmpty = (value: ReactNode) =>
  value === null || value === undefined || value === "" || value === false;

/** Label–value pairs of a record (a description list); empty values read "Not set". */
export function DetailList({ items }: { items: DetailItem[] }) {
  const t = useT();
  const labelWidth = useMatches({ base: 110, sm: 180 });
  return (
    <DataList withDivider labelWidth={labelWidth} orientation="horizontal">
      {items.map((item) => (
        <DataList.Item key={item.label}>
          <DataList.ItemLabel>{item.label}</DataList.ItemLabel>
          <DataList.ItemValue style={{ overflowWrap: "anywhere" }}>
            {isEmpty(item.value) ? (
              <Text span c="dimmed" size="sm">
                {t("common.notSet")}
              </Text>
            ) : (
              item.value
            )}
          </DataList.ItemValue>
        </DataList.Item>
      ))}
    </DataList>
  );
}
