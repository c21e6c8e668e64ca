import { Modal, type ModalProps } from "@mantine/core";
import { useT } from "../i18n/useT.js";

/** A Mantine modal whose close button is named in the reader's language. */
export function AppModal(props: ModalProps) {
  const t = useT();
  return <Modal closeButtonProps={{ "aria-label": t("common.close") }} {...props} />;
}
