import type { Handlers } from '../api/register.js';
import { HttpProblem } from '../http/problem.js';

// Being implemented: placeholder so the app compiles while the points handlers are written.
const pending = () => Promise.reject(HttpProblem.of('internal'));

export const pointsHandlers: Pick<Handlers, 'getPointsRules' | 'getLeaderboard' | 'getHouseholdPoints' | 'declarePointsEntry' | 'transitionPointsEntry' | 'redeemPoints'> = {
  getPointsRules: pending,
  getLeaderboard: pending,
  getHouseholdPoints: pending,
  declarePointsEntry: pending,
  transitionPointsEntry: pending,
  redeemPoints: pending,
};
