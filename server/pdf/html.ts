/**
 * Sanitised minutes (see `modules/boards/minutes.ts`) as pdfmake content: paragraphs, headings,
 * bulleted and numbered lists, quotes, and bold, italic, underlined and linked text within them.
 * Any other element keeps only its text.
 */
import { type ChildNode, type Element, isTag, isText } from "domhandler";
import { parseDocument } from "htmlparser2";
import type { Content } from "pdfmake/interfaces.js";

/** A run of text with its emphasis. */
interface Run {
  text: string;
  bold?: boolean;
  italics?: boolean;
  decoration?: "underline";
  link?: string;
  color?: string;
}

type Emphasis = Omit<Run, "text">;

const blockTags = new Set(["p", "h3", "h4", "ul", "ol", "li", "blockquote"]);

/** The emphasis an inline element adds to its text. */
function emphasisOf(element: Element, outer: Emphasis): Emphasis {
  switch (element.name) {
    case "strong":
    case "b":
      return { ...outer, bold: true };
    case "em":
    case "i":
      return { ...outer, italics: true };
    case "u":
      return { ...outer, decoration: "underline" };
    case "a": {
      const href = element.attribs.href;
      return href ? { ...outer, link: href, color: "#1c7ed6", decoration: "underline" } : outer;
    }
    default:
      return outer;
  }
}

/** The text runs of inline nodes; `<br>` becomes a line break. */
function runsOf(nodes: ChildNode[], emphasis: Emphasis = {}): Run[] {
  return nodes.flatMap((node): Run[] => {
    if (isText(node)) return node.data === "" ? [] : [{ ...emphasis, text: node.data }];
    if (!isTag(node)) return [];
    if (node.name === "br") return [{ ...emphasis, text: "\n" }];
    return runsOf(node.children, emphasisOf(node, emphasis));
  });
}

/** A paragraph of runs, or nothing when it holds only white space. */
function paragraph(runs: Run[], style?: string): Content[] {
  if (runs.every((run) => run.text.trim() === "")) return [];
  return [{ text: runs, ...(style ? { style } : {}), margin: [0, 0, 0, 6] }];
}

/** Block content of nodes; inline nodes between blocks are gathered into paragraphs. */
function blocksOf(nodes: ChildNode[]): Content[] {
  const blocks: Content[] = [];
  let pending: ChildNode[] = [];
  const flush = () => {
    blocks.push(...paragraph(runsOf(pending)));
    pending = [];
  };
  for (const node of nodes) {
    if (isTag(node) && blockTags.has(node.name)) {
      flush();
      blocks.push(...blockOf(node));
    } else {
      pending.push(node);
    }
  }
  flush();
  return blocks;
}

/** One block element as content. */
function blockOf(element: Element): Content[] {
  switch (element.name) {
    case "h3":
    case "h4":
      return paragraph(runsOf(element.children), element.name);
    case "ul":
    case "ol": {
      const items = element.children
        .filter((child): child is Element => isTag(child) && child.name === "li")
        .map((li) => ({ stack: blocksOf(li.children) }));
      if (items.length === 0) return [];
      return [
        element.name === "ul" ? { ul: items, margin: [0, 0, 0, 6] } : { ol: items, margin: [0, 0, 0, 6] },
      ];
    }
    case "blockquote":
      return [{ stack: blocksOf(element.children), margin: [16, 0, 0, 6], italics: true }];
    case "li":
      return blocksOf(element.children);
    default:
      return paragraph(runsOf(element.children));
  }
}

/** The minutes as pdfmake content; empty when there are none. */
export function htmlToContent(html: string | null): Content[] {
  if (html === null || html.trim() === "") return [];
  return blocksOf(parseDocument(html).children);
}
