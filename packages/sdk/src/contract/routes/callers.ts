/*
 * Who may call: the access lists that routes of many areas share. A list particular to one area stays beside its
 * routes, with the reason those roles and no others may call them.
 */

export const cadres = { roles: ['cadre'] } as const;
/** The 村务监督委员会 (村民委员会组织法 Art 32): it watches the cadres, so it acts alone where it signs or rules. */
export const supervisors = { roles: ['supervisor'] } as const;
export const villagers = { roles: ['villager'] } as const;
export const mediators = { roles: ['mediator'] } as const;
/** The village's staff who keep its records: the grid workers (网格员), the committee (cadres) and the 村务监督委员会. */
export const villageStaff = { roles: ['gridWorker', 'cadre', 'supervisor'] } as const;
