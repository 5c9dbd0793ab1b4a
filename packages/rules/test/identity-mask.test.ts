import assert from 'node:assert/strict';
import { test } from 'node:test';
import { maskAddress, maskName, maskPhone, maskResidentId, maskUscc } from '../src/index.js';

test('masks two- and three-character names keeping the surname', () => {
  assert.equal(maskName('张三'), '张*');
  assert.equal(maskName('张小明'), '张*明');
  assert.equal(maskName('张小小明'), '张**明');
  assert.equal(maskName(' 李四 '), '李*');
});

test('keeps a compound surname whole', () => {
  assert.equal(maskName('欧阳小明'), '欧阳*明');
  assert.equal(maskName('司马相如'), '司马*如');
  assert.equal(maskName('诸葛孔明'), '诸葛*明');
  assert.equal(maskName('欧阳明'), '欧阳*');
  // Two characters starting like a compound surname are a surname and a given name.
  assert.equal(maskName('欧阳'), '欧*');
});

test('masks a dotted name keeping only its first character', () => {
  assert.equal(maskName('阿沛·阿旺晋美'), '阿*·****');
  assert.equal(maskName('买买提•艾力'), '买**·**');
});

test('masking twice changes nothing, and odd lengths still hide something', () => {
  for (const name of ['张三', '张小明', '欧阳小明', '阿沛·阿旺晋美']) assert.equal(maskName(maskName(name)), maskName(name));
  assert.equal(maskName('张'), '*');
  assert.equal(maskName(''), '');
});

test('masks a mobile as 138****1234 whatever its formatting', () => {
  assert.equal(maskPhone('13812341234'), '138****1234');
  assert.equal(maskPhone('+86 138-1234-1234'), '138****1234');
});

test('masks other phone numbers down to their last four digits', () => {
  assert.equal(maskPhone('0571-88881234'), '********1234');
  assert.equal(maskPhone('12345'), '*****');
});

test('masks an ID number keeping at most the first 6 and the last 4', () => {
  assert.equal(maskResidentId('11010519491231002X'), '110105********002X');
  assert.equal(maskResidentId('11010519491231002x'), '110105********002X');
  assert.equal(maskResidentId('110105491231002'), '110105*****1002');
  assert.equal(maskResidentId('12345'), '*****');
});

test('masks a credit code keeping its first 8 characters', () => {
  assert.equal(maskUscc('914403001922038216'), '91440300**********');
});

test('masks an address below the village', () => {
  assert.equal(maskAddress('浙江省杭州市余杭区某某镇某某村3组12号'), '浙江省杭州市余杭区某某镇某某村***');
  assert.equal(maskAddress('杭州市西湖区文三路100号'), '杭州市西湖区***');
  assert.equal(maskAddress('幸福路12号'), '幸福***');
  assert.equal(maskAddress('某某村'), '某某村');
});
