import { WeightedTable, type Random } from './random.js';

/*
 * Plausible Chinese personal names for fictional villagers. Surname weights are the approximate
 * shares (per mille) of the 2020 census surname report; given-name characters are common ones by
 * sex, with a generational flavour (older villagers: 建国, 秀英; younger: 浩宇, 欣怡). A few compound
 * surnames and a few names of ethnic minorities written with the middle dot keep masking and
 * validation honest (欧阳*明, 阿*****·****).
 */

const surnameWeights: readonly (readonly [string, number])[] = [
  ['王', 71.2],
  ['李', 70.0],
  ['张', 67.4],
  ['刘', 51.0],
  ['陈', 46.1],
  ['杨', 32.2],
  ['黄', 24.5],
  ['赵', 22.9],
  ['吴', 20.5],
  ['周', 20.3],
  ['徐', 16.7],
  ['孙', 15.4],
  ['马', 14.4],
  ['朱', 13.0],
  ['胡', 12.9],
  ['郭', 11.5],
  ['何', 10.5],
  ['林', 10.3],
  ['高', 10.3],
  ['罗', 9.7],
  ['郑', 9.0],
  ['梁', 8.9],
  ['谢', 8.0],
  ['宋', 7.3],
  ['唐', 7.2],
  ['许', 6.7],
  ['韩', 6.6],
  ['邓', 6.5],
  ['冯', 6.5],
  ['曹', 6.0],
  ['彭', 5.9],
  ['曾', 5.6],
  ['肖', 5.5],
  ['田', 5.4],
  ['董', 5.2],
  ['潘', 5.0],
  ['袁', 4.9],
  ['蔡', 4.7],
  ['蒋', 4.7],
  ['余', 4.6],
  ['于', 4.6],
  ['杜', 4.4],
  ['叶', 4.3],
  ['程', 4.2],
  ['魏', 4.1],
  ['苏', 4.0],
  ['吕', 4.0],
  ['丁', 3.9],
  ['任', 3.8],
  ['卢', 3.7],
  ['姚', 3.6],
  ['沈', 3.5],
  ['钟', 3.4],
  ['姜', 3.3],
  ['崔', 3.2],
  ['谭', 3.1],
  ['陆', 3.0],
  ['范', 2.9],
  ['汪', 2.9],
  ['廖', 2.8],
  ['石', 2.8],
  ['金', 2.7],
  ['韦', 2.6],
  ['贾', 2.6],
  ['夏', 2.5],
  ['付', 2.5],
  ['方', 2.4],
  ['邹', 2.3],
  ['熊', 2.3],
  ['白', 2.2],
  ['孟', 2.2],
  ['秦', 2.1],
  ['邱', 2.1],
  ['侯', 2.0],
  ['江', 2.0],
  ['尹', 1.9],
  ['薛', 1.9],
  ['闫', 1.8],
  ['段', 1.8],
  ['雷', 1.7],
  ['龙', 1.6],
  ['黎', 1.6],
  ['史', 1.6],
  ['陶', 1.5],
  ['贺', 1.5],
  ['毛', 1.4],
  ['郝', 1.4],
  ['顾', 1.3],
  ['龚', 1.3],
  ['邵', 1.3],
  ['万', 1.2],
  ['覃', 1.2],
  ['武', 1.2],
  ['钱', 1.1],
  ['戴', 1.1],
  ['严', 1.1],
  ['莫', 1.0],
  ['孔', 1.0],
  ['向', 1.0],
  ['常', 1.0],
  ['汤', 0.9],
  ['康', 0.9],
  ['易', 0.9],
  ['乔', 0.9],
  ['赖', 0.8],
  ['文', 0.8],
  ['施', 0.8],
  ['洪', 0.8],
  ['章', 0.7],
  ['鲁', 0.7],
  ['葛', 0.7],
  ['柳', 0.6],
];

/** Compound surnames (复姓) used now and then; all are in the rules' compound-surname list for masking. */
export const demoCompoundSurnames: readonly string[] = ['欧阳', '司马', '诸葛', '上官', '司徒', '东方'];

const maleOlder = '建国军华平明德福贵忠永兴根生荣宝财发祥新成金水春海林山富有长清文志胜利红卫东庆安和全';
const maleYounger = '伟强刚勇斌波涛鹏杰辉磊超浩宇俊峰军亮鑫晨博轩睿子航翔昊然阳凯健毅嘉豪宏泽坤瑞';
const femaleOlder = '秀英兰芳华玉珍梅桂凤琴萍云莲翠美花香菊素淑月霞红彩凤巧爱荣金银群';
const femaleYounger = '丽娟敏静婷雪娜艳霞颖欣怡梦琪佳慧晓雯瑶露倩思雨涵诗婉璐悦蕾蓓妍';

function chars(value: string): readonly string[] {
  return Array.from(value);
}

const given = {
  male: { older: chars(maleOlder), younger: chars(maleYounger) },
  female: { older: chars(femaleOlder), younger: chars(femaleYounger) },
};

/** Names of Uyghur and Kazakh villagers as written in Chinese: own name · father's name. */
const ethnicGiven = {
  male: ['艾力', '买买提', '阿卜杜拉', '吐尔逊', '艾合买提', '努尔兰', '亚森', '热合曼', '阿不都', '卡德尔'],
  female: ['阿依古丽', '古丽娜尔', '热依拉', '帕提古丽', '米娜瓦尔', '阿娜尔', '茹仙古丽', '努尔古丽'],
};
const ethnicFather = ['买买提', '吐尔逊', '阿不都', '艾买提', '热合曼', '司马义', '依明', '卡斯木', '艾则孜', '托合提'];

export type Sex = 'male' | 'female';

export interface NameOptions {
  /** Year of birth: picks older- or younger-sounding given names. */
  readonly birthYear: number;
  readonly sex: Sex;
  /** Surname to use (a household's members share the head's clan surname in many villages). */
  readonly surname?: string | undefined;
}

export class NameGenerator {
  private readonly surnames: WeightedTable<string>;

  constructor() {
    this.surnames = new WeightedTable(surnameWeights);
  }

  surname(random: Random): string {
    const roll = random.next();
    if (roll < 0.004) return random.pick(demoCompoundSurnames);
    return this.surnames.draw(random);
  }

  /** A full name: ~0.3 % ethnic dotted names, otherwise surname plus one or two given characters. */
  name(random: Random, options: NameOptions): string {
    if (options.surname === undefined && random.next() < 0.003) {
      return `${random.pick(ethnicGiven[options.sex])}·${random.pick(ethnicFather)}`;
    }
    const surname = options.surname ?? this.surname(random);
    const older = options.birthYear < 1975;
    const pool = given[options.sex][older ? 'older' : 'younger'];
    const other = given[options.sex][older ? 'younger' : 'older'];
    // Single-character given names were common for people born in the 1950s–80s, rarer before and after.
    const single = random.chance(options.birthYear >= 1955 && options.birthYear < 1990 ? 0.3 : 0.15);
    const first = random.chance(0.85) ? random.pick(pool) : random.pick(other);
    if (single) return surname + first;
    let second = random.pick(pool);
    if (second === first && random.chance(0.7)) second = random.pick(pool);
    return surname + first + second;
  }
}
