/** The roles the demo portal can be viewed as; the public (no token) is the default. */
export const demoRoles = ['villager', 'gridWorker', 'cadre', 'supervisor', 'storekeeper', 'mediator'] as const;
export type DemoRole = (typeof demoRoles)[number];

export const demoRoleNames: Readonly<Record<DemoRole, string>> = {
  villager: '村民 · Villager',
  gridWorker: '网格员 · Grid worker',
  cadre: '村两委 · Cadre',
  supervisor: '村务监督委员会 · Supervisor',
  storekeeper: '爱心超市 · Storekeeper',
  mediator: '调解员 · Mediator',
};
