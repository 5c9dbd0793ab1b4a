import assert from 'node:assert/strict';
import { join, resolve } from 'node:path';
import { describe, test } from 'node:test';
import { readConfig } from '../src/config/from-env.js';
import { largestMaxBytes, maxBytesOf } from '../src/attachments/settings.js';

/** The SHANZHI_ATTACHMENTS_* variables: where files go, how large they may be, and the S3 store's four settings. */

const s3 = {
  SHANZHI_ATTACHMENTS_S3_ENDPOINT: 'http://minio.internal:9000/',
  SHANZHI_ATTACHMENTS_S3_BUCKET: 'shanzhi-files',
  SHANZHI_ATTACHMENTS_S3_ACCESS_KEY_ID: 'AKIDEXAMPLE',
  SHANZHI_ATTACHMENTS_S3_SECRET_ACCESS_KEY: 'a-secret-that-must-not-be-printed',
};

describe('attachment settings from the environment', () => {
  test('by default: a folder beside the SQLite file, the documented limits, no S3', () => {
    const result = readConfig({ SHANZHI_DB: '/var/lib/shanzhi/db.sqlite' });
    assert.ok(result.ok);
    assert.equal(result.config.attachments.dir, join('/var/lib/shanzhi', 'attachments'));
    assert.equal(result.config.attachments.s3, undefined);
    assert.equal(maxBytesOf(result.config.attachments, 'points-evidence'), 8 * 1024 * 1024);
    assert.equal(maxBytesOf(result.config.attachments, 'goods-photo'), 4 * 1024 * 1024);
    assert.equal(largestMaxBytes(result.config.attachments), 16 * 1024 * 1024);
    const plain = readConfig({});
    assert.ok(plain.ok);
    assert.equal(plain.config.attachments.dir, resolve('data/attachments'));
  });

  test('limits: one number for every purpose, or purpose=bytes pairs; anything else is an error that says what is wanted', () => {
    const all = readConfig({ SHANZHI_ATTACHMENTS_MAX_BYTES: '1048576' });
    assert.ok(all.ok);
    assert.equal(maxBytesOf(all.config.attachments, 'disclosure'), 1048576);
    const pairs = readConfig({ SHANZHI_ATTACHMENTS_MAX_BYTES: 'goods-photo=2048, disclosure=33554432' });
    assert.ok(pairs.ok);
    assert.equal(maxBytesOf(pairs.config.attachments, 'goods-photo'), 2048);
    assert.equal(maxBytesOf(pairs.config.attachments, 'points-evidence'), 8 * 1024 * 1024, 'unnamed purposes keep their default');
    for (const bad of ['10', 'photos=2048', 'goods-photo=lots', String(200 * 1024 * 1024)]) {
      const result = readConfig({ SHANZHI_ATTACHMENTS_MAX_BYTES: bad });
      assert.equal(result.ok, false, bad);
      assert.match(result.errors.join('\n'), /SHANZHI_ATTACHMENTS_MAX_BYTES: must be a number of bytes from 1024/);
    }
  });

  test('S3: the four settings together give an S3 store; one without the others names the missing ones', () => {
    const result = readConfig({ ...s3, SHANZHI_ATTACHMENTS_S3_PREFIX: 'shanzhi/' });
    assert.ok(result.ok);
    assert.deepEqual(result.config.attachments.s3, {
      endpoint: 'http://minio.internal:9000',
      bucket: 'shanzhi-files',
      accessKeyId: 'AKIDEXAMPLE',
      secretAccessKey: 'a-secret-that-must-not-be-printed',
      region: 'us-east-1',
      prefix: 'shanzhi/',
    });
    const partial = readConfig({
      SHANZHI_ATTACHMENTS_S3_BUCKET: 'shanzhi-files',
      SHANZHI_ATTACHMENTS_S3_SECRET_ACCESS_KEY: s3.SHANZHI_ATTACHMENTS_S3_SECRET_ACCESS_KEY,
    });
    assert.equal(partial.ok, false);
    const text = partial.errors.join('\n');
    assert.match(text, /SHANZHI_ATTACHMENTS_S3_ENDPOINT: required with/);
    assert.match(text, /SHANZHI_ATTACHMENTS_S3_ACCESS_KEY_ID: required with/);
    assert.doesNotMatch(text, /a-secret-that-must-not-be-printed/);
    const badBucket = readConfig({ ...s3, SHANZHI_ATTACHMENTS_S3_BUCKET: 'Not_A_Bucket' });
    assert.equal(badBucket.ok, false);
  });

  test('production on PostgreSQL without a bucket starts, with a warning that other machines will not find the files', () => {
    const env = {
      SHANZHI_MODE: 'production',
      SHANZHI_DATABASE_URL: 'postgres://app@db:5432/shanzhi',
      SHANZHI_SERVICE_KEYS: 'on',
      SHANZHI_CORS_ORIGINS: 'https://portal.example.gov.cn',
    };
    const shared = readConfig(env);
    assert.ok(shared.ok);
    assert.ok(shared.warnings.some((line) => line.startsWith('SHANZHI_ATTACHMENTS_S3_*: not set')));
    const withBucket = readConfig({ ...env, ...s3 });
    assert.ok(withBucket.ok);
    assert.ok(!withBucket.warnings.some((line) => line.startsWith('SHANZHI_ATTACHMENTS_S3_*')));
  });
});
