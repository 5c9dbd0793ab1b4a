import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  advanceProxyCase,
  isProxyForwardLate,
  proxyRequestSchema,
  proxySteps,
  startProxyCase,
  validate,
  type ProxyCase,
  type ProxyStep,
} from '../src/index.js';

function mustAdvance(current: ProxyCase, to: ProxyStep, on: string): ProxyCase {
  const result = advanceProxyCase(current, to, on);
  assert.ok(result.ok, `${current.step} → ${to}`);
  return result.value;
}

test('the village proxy steps run 委托 → 受理 → 上报/转办 → 办理 → 送达 → 回访 → 归档', () => {
  assert.deepEqual(
    proxySteps.map((step) => step['zh-CN']),
    ['委托', '受理', '上报/转办', '办理', '送达', '回访', '归档'],
  );
});

test('a proxy case moves through every step in order and keeps a dated trail', () => {
  let current = startProxyCase('2025-06-03');
  const plan: [ProxyStep, string][] = [
    ['accept', '2025-06-05'],
    ['report', '2025-06-06'],
    ['process', '2025-06-12'],
    ['deliver', '2025-06-20'],
    ['followUp', '2025-06-30'],
    ['archive', '2025-07-03'],
  ];
  for (const [step, on] of plan) current = mustAdvance(current, step, on);
  assert.equal(current.step, 'archive');
  assert.deepEqual(
    current.history.map((event) => event.step),
    ['entrust', 'accept', 'report', 'process', 'deliver', 'followUp', 'archive'],
  );
  assert.deepEqual(current.history[4], { step: 'deliver', on: '2025-06-20' });
});

test('a proxy case cannot skip a step or go back', () => {
  const entrusted = startProxyCase('2025-06-03');
  assert.deepEqual(advanceProxyCase(entrusted, 'process', '2025-06-04'), {
    ok: false,
    issues: [{ code: 'services.proxy.transition.illegal', path: [], params: { from: 'entrust', expected: 'accept', to: 'process' } }],
  });
  const accepted = mustAdvance(entrusted, 'accept', '2025-06-04');
  const back = advanceProxyCase(accepted, 'entrust', '2025-06-05');
  assert.ok(!back.ok);
  assert.equal(back.issues[0]?.code, 'services.proxy.transition.illegal');
  const again = advanceProxyCase(accepted, 'accept', '2025-06-05');
  assert.ok(!again.ok);
});

test('a finished proxy case has no next step', () => {
  let current = startProxyCase('2025-06-03');
  for (const step of ['accept', 'report', 'process', 'deliver', 'followUp', 'archive'] as const)
    current = mustAdvance(current, step, '2025-06-10');
  const result = advanceProxyCase(current, 'archive', '2025-06-11');
  assert.ok(!result.ok);
  assert.equal(result.issues[0]?.code, 'services.proxy.closed');
});

test('a step cannot be dated before the previous one', () => {
  const result = advanceProxyCase(startProxyCase('2025-06-03'), 'accept', '2025-06-02');
  assert.deepEqual(result, {
    ok: false,
    issues: [{ code: 'services.proxy.backdated', path: [], params: { date: '2025-06-02', previous: '2025-06-03' } }],
  });
});

test('a case is late when the township accepts it after the forwarding deadline or it still waits past it', () => {
  const entrusted = startProxyCase('2025-09-30');
  assert.equal(isProxyForwardLate(entrusted, '2025-10-11'), false);
  assert.equal(isProxyForwardLate(entrusted, '2025-10-13'), true);
  assert.equal(isProxyForwardLate(mustAdvance(entrusted, 'accept', '2025-10-10'), '2025-12-01'), false);
  assert.equal(isProxyForwardLate(mustAdvance(entrusted, 'accept', '2025-10-13'), '2025-10-13'), true);
});

test('a proxy request needs the villager name, a mobile and the service', () => {
  const request = {
    applicant: { name: '阿依古丽·买买提', mobile: '13812345678' },
    serviceCode: 'DEMO-CA-0002',
    note: '行动不便，请上门',
    receivedOn: '2025-06-03',
  };
  assert.ok(validate(proxyRequestSchema, request).ok);
  const codes = (input: unknown) => {
    const result = validate(proxyRequestSchema, input);
    return result.ok ? [] : result.issues.map((one) => `${one.path.join('.')}:${one.code}`);
  };
  assert.deepEqual(codes({ ...request, applicant: { name: '张', mobile: '13812345678' } }), ['applicant.name:identity.name.tooShort']);
  assert.deepEqual(codes({ ...request, applicant: { name: '·张三', mobile: '13812345678' } }), [
    'applicant.name:identity.name.misplacedDot',
  ]);
  assert.deepEqual(codes({ ...request, applicant: { name: '张三', mobile: '12812345678' } }), ['applicant.mobile:identity.mobile.format']);
  assert.deepEqual(codes({ ...request, applicant: { name: '张三', mobile: '0571-12345678' } }), [
    'applicant.mobile:identity.mobile.format',
  ]);
  assert.deepEqual(codes({ ...request, applicant: { name: '张三' } }), ['applicant.mobile:field.required']);
  const typed = validate(proxyRequestSchema, { ...request, applicant: { name: ' 张三 ', mobile: '+86 138-1234-5678' } });
  assert.deepEqual(typed.ok ? typed.value.applicant : null, { name: '张三', mobile: '13812345678' });
  assert.deepEqual(codes({ ...request, receivedOn: '2025-06-31' }), ['receivedOn:field.invalidDate']);
  assert.deepEqual(codes({ ...request, serviceCode: '' }), ['serviceCode:field.invalidFormat']);
});
