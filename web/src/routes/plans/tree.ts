import type { FrameworkNode } from "../../../../common/schemas/plans.js";

export interface TreeNode {
  node: FrameworkNode;
  children: TreeNode[];
}

/** Nests the flat, depth-first list by parent; siblings keep their order. */
export function buildTree(nodes: FrameworkNode[]): TreeNode[] {
  const byId = new Map<string, TreeNode>(nodes.map((node) => [node.id, { node, children: [] }]));
  const roots: TreeNode[] = [];
  for (const node of nodes) {
    const item = byId.get(node.id) as TreeNode;
    const parent = node.parentId ? byId.get(node.parentId) : undefined;
    (parent ? parent.children : roots).push(item);
  }
  const sort = (items: TreeNode[]) => {
    items.sort((a, b) => a.node.position - b.node.position);
    for (const item of items) sort(item.children);
  };
  sort(roots);
  return roots;
}
