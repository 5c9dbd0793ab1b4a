import { defineElement } from '../internal/define.js';
import { SzPointsLeaderboard } from './sz-points-leaderboard.js';

defineElement('sz-points-leaderboard', SzPointsLeaderboard);

declare global {
  interface HTMLElementTagNameMap {
    'sz-points-leaderboard': SzPointsLeaderboard;
  }
}
