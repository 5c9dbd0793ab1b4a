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

/*
 * Lists of several roles. The role that acts first comes first: the documentation lists the roles in this order
 * (`x-shanzhi-roles`), which is why the same two roles may stand here twice, once in each order.
 */

/** The cadres who keep the records and the 村务监督委员会 that watches them: decisions, finances, queries, points transitions. */
export const cadresAndSupervisors = { roles: ['cadre', 'supervisor'] } as const;
/** The 村务监督委员会 that rules or checks, and the cadres who answer to it: points objections, the 爱心超市's reconciliation. */
export const supervisorsAndCadres = { roles: ['supervisor', 'cadre'] } as const;
/** The 网格员 who act first (上报, 初审) and the cadres who review or act after them: grid reports, points entries. */
export const gridWorkersAndCadres = { roles: ['gridWorker', 'cadre'] } as const;
/** The cadres and the grid workers who act for them: a request's steps, a mentoring milestone, a posting on the board. */
export const cadresAndGridWorkers = { roles: ['cadre', 'gridWorker'] } as const;
/** …and the 村务监督委员会 that checks they did: a request desk (the supervisor's follow-up visits), the posting board. */
export const cadresGridWorkersAndSupervisors = { roles: [...cadresAndGridWorkers.roles, 'supervisor'] } as const;
