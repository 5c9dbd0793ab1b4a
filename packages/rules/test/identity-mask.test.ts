import assert from 'node:assert/strict';
import { test } from 'node:test';
import { maskAddress, maskName, maskPhone, maskResidentId, maskUscc } from '../src/index.js';

/** Each test: a mask and what it makes of some inputs (input → masked). */
const examples: readonly (readonly [title: string, mask: (input: string) => string, masked: Readonly<Record<string, string>>])[] = [
  [
    'masks two- and three-character names keeping the surname',
    maskName,
    { 张三: '张*', 张小明: '张*明', 张小小明: '张**明', ' 李四 ': '李*' },
  ],
  // 欧阳: two characters starting like a compound surname are a surname and a given name.
  [
    'keeps a compound surname whole',
    maskName,
    { 欧阳小明: '欧阳*明', 司马相如: '司马*如', 诸葛孔明: '诸葛*明', 欧阳明: '欧阳*', 欧阳: '欧*' },
  ],
  ['masks a dotted name keeping only its first character', maskName, { '阿沛·阿旺晋美': '阿*·****', '买买提•艾力': '买**·**' }],
  [
    'masks a mobile as 138****1234 whatever its formatting',
    maskPhone,
    { '13812341234': '138****1234', '+86 138-1234-1234': '138****1234' },
  ],
  ['masks other phone numbers down to their last four digits', maskPhone, { '0571-88881234': '********1234', '12345': '*****' }],
  [
    'masks an ID number keeping at most the first 6 and the last 4',
    maskResidentId,
    {
      '11010519491231002X': '110105********002X',
      '11010519491231002x': '110105********002X',
      '110105491231002': '110105*****1002',
      '12345': '*****',
    },
  ],
  ['masks a credit code keeping its first 8 characters', maskUscc, { '914403001922038216': '91440300**********' }],
  [
    'masks an address below the village',
    maskAddress,
    {
      浙江省杭州市余杭区某某镇某某村3组12号: '浙江省杭州市余杭区某某镇某某村***',
      杭州市西湖区文三路100号: '杭州市西湖区***',
      幸福路12号: '幸福***',
      某某村: '某某村',
    },
  ],
];

for (const [title, mask, masked] of examples) {
  test(title, () => {
    for (const [input, expected] of Object.entries(masked)) assert.equal(mask(input), expected, input);
  });
}

test('masking twice changes nothing, and odd lengths still hide something', () => {
  for (const name of ['张三', '张小明', '欧阳小明', '阿沛·阿旺晋美']) assert.equal(maskName(maskName(name)), maskName(name));
  assert.equal(maskName('张'), '*');
  assert.equal(maskName(''), '');
});
