// A tour of @shanzhi/rules for `npm start` until the reference server lands: every line below runs the real rules.
import {
  addWorkingDays,
  defaultHolidayCalendar,
  formatMessage,
  localizeIssues,
  maskName,
  maskPhone,
  maskResidentId,
  meetingValidity,
  rankHouseholds,
  todayInShanghai,
  validateResidentId,
  workingDaysInMonth,
} from '../src/index.js';

const today = todayInShanghai();
console.log(`善治 shanzhi — domain rules demo (today in Asia/Shanghai: ${today})\n`);

console.log('Identity (GB 11643-1999)');
for (const id of ['11010519491231002X', '110105194912310021', '110105491231002']) {
  const found = validateResidentId(id);
  console.log(
    `  ${maskResidentId(id).padEnd(20)} ${found ? `✗ ${formatMessage(found.code, 'zh-CN', found.params)} / ${formatMessage(found.code, 'en', found.params)}` : '✓ valid'}`,
  );
}
console.log(
  `  masking for public boards: ${maskName('张三')}  ${maskName('李小明')}  ${maskName('欧阳娜娜')}  ${maskPhone('13812341234')}\n`,
);

console.log('Working days (State Council holiday calendar)');
console.log(
  `  20 working days after 2025-09-26: ${addWorkingDays('2025-09-26', 20, defaultHolidayCalendar)} (National Day and its make-up Saturday counted)`,
);
console.log(`  working days in Spring Festival month 2026-02: ${String(workingDaysInMonth(2026, 2, defaultHolidayCalendar))}\n`);

console.log('Ranking (standard competition 1-2-2-4)');
const rows = rankHouseholds([
  { householdId: 'h1', total: 120 },
  { householdId: 'h2', total: 95 },
  { householdId: 'h3', total: 95 },
  { householdId: 'h4', total: 80 },
]);
for (const row of rows) console.log(`  #${String(row.rank)} ${row.householdId} ${String(row.total)} points`);

console.log('\nMeeting validity (村民委员会组织法 Art 26: two thirds of representatives present, more than half in favour)');
const check = meetingValidity({ kind: 'representativesMeeting', members: 45, present: 30, inFavour: 15, against: 10, abstained: 5 });
console.log(`  30 of 45 present, 15 of 30 in favour → ${check.valid ? 'valid' : 'not valid'} (${check.decidedBy.citation})`);
for (const found of localizeIssues(check.issues, 'zh-CN')) console.log(`  · ${found.message}`);
