import { isMobile, normalizeMobile } from './mobile.js';
import { codePoints, middleDot, normalizePersonName } from './person-name.js';

/*
 * Masking for public display. 个人信息保护法 Art 25 forbids publishing personal information without
 * separate consent, and 政府信息公开条例 Art 15/37 asks to withhold the private part and release
 * the rest: a masked value keeps just enough for a neighbour to recognise an entry on the board.
 */

const star = '*';

/** Two-character surnames (复姓) kept whole, so 欧阳小明 becomes 欧阳*明 rather than 欧*小明. */
export const compoundSurnames: readonly string[] = [
  '欧阳',
  '司马',
  '诸葛',
  '上官',
  '东方',
  '皇甫',
  '尉迟',
  '公孙',
  '慕容',
  '长孙',
  '令狐',
  '夏侯',
  '轩辕',
  '司徒',
  '司空',
  '宇文',
  '独孤',
  '南宫',
  '西门',
  '端木',
  '澹台',
  '公冶',
  '宗政',
  '濮阳',
  '淳于',
  '单于',
  '太叔',
  '申屠',
  '钟离',
  '闻人',
  '赫连',
  '呼延',
  '万俟',
  '百里',
  '东郭',
  '南门',
  '羊舌',
  '微生',
  '梁丘',
  '左丘',
  '东门',
  '第五',
  '公良',
  '拓跋',
  '乐正',
  '壤驷',
  '公西',
  '漆雕',
  '巫马',
  '司寇',
  '子车',
  '颛孙',
];

function stars(count: number): string {
  return star.repeat(Math.max(count, 0));
}

/**
 * 张三 → 张*, 张小明 → 张*明, 欧阳小明 → 欧阳*明, 欧阳明 → 欧阳*; a dotted name keeps only its first
 * character and its dots: 阿沛·阿旺晋美 → 阿*·****. One star per hidden character, as on printed notice
 * boards, so the length of each part still shows but no hidden character does.
 */
export function maskName(value: string): string {
  const name = normalizePersonName(value);
  const chars = codePoints(name);
  const first = chars[0];
  if (first === undefined) return '';
  if (name.includes(middleDot)) {
    const parts = name.split(middleDot);
    return parts
      .map((part, index) => (index === 0 ? first + stars(codePoints(part).length - 1) : stars(codePoints(part).length)))
      .join(middleDot);
  }
  if (chars.length === 1) return star;
  const surname = compoundSurnames.find((s) => name.startsWith(s) && chars.length > 2) ?? first;
  const rest = chars.slice(codePoints(surname).length);
  if (rest.length <= 1) return surname + stars(rest.length);
  return surname + stars(rest.length - 1) + (rest[rest.length - 1] ?? '');
}

/**
 * 13812341234 → 138****1234. Numbers that are not mainland mobiles (landlines, foreign numbers)
 * keep only their last four digits; anything with fewer than eight digits is starred entirely.
 */
export function maskPhone(value: string): string {
  const phone = normalizeMobile(value);
  if (isMobile(phone)) return `${phone.slice(0, 3)}****${phone.slice(7)}`;
  const digits = phone.replace(/\D/g, '');
  if (digits.length < 8) return stars(codePoints(phone).length);
  let keep = 4;
  return codePoints(phone)
    .reverse()
    .map((ch) => {
      if (!/\d/.test(ch)) return ch;
      keep -= 1;
      return keep >= 0 ? ch : star;
    })
    .reverse()
    .join('');
}

/**
 * Keeps the area code (first 6) and the last 4 — at most: 11010519491231002X → 110105********002X, for views
 * where a partial number is needed to tell two people apart. Relief lists never publish any part of it (see
 * `publicReliefRecipients`). Shorter input is starred entirely.
 */
export function maskResidentId(value: string): string {
  const id = value.trim().toUpperCase();
  const chars = codePoints(id);
  if (chars.length < 12) return stars(chars.length);
  return id.slice(0, 6) + stars(chars.length - 10) + id.slice(-4);
}

/**
 * Keeps the first 8 characters (registration authority, organisation type, area code), which say
 * what kind of body it is and where, and hides the organisation code and check character: a sole
 * trader's (个体工商户) code identifies a person. 914403001922038216 → 91440300**********.
 */
export function maskUscc(value: string): string {
  const code = value.trim().toUpperCase();
  const chars = codePoints(code);
  if (chars.length <= 8) return stars(chars.length);
  return code.slice(0, 8) + stars(chars.length - 8);
}

/**
 * Keeps an address down to the village or community and hides the rest: 某某镇某某村3组12号 →
 * 某某镇某某村***; without a village or town, down to the county: 杭州市西湖区***. Digits inside the
 * kept part are starred too (they can be house numbers).
 */
export function maskAddress(value: string): string {
  const address = value.trim();
  if (address === '') return '';
  // The last village-level word wins (省…镇…村); without one, keep the digit-free province/city/county head.
  const village = /^.*(?:村委会|居委会|社区|村|街道|镇|乡)/u.exec(address)?.[0];
  const county = /^(?:\D*?(?:省|自治区))?(?:\D*?市)?(?:\D*?(?:区|县|旗))?/u.exec(address)?.[0] ?? '';
  const kept = village ?? (county !== '' ? county : codePoints(address).slice(0, 2).join(''));
  const hidden = codePoints(address).length > codePoints(kept).length ? '***' : '';
  return kept.replace(/\d/g, star) + hidden;
}
