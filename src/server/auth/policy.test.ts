import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ACTIONS, type Action } from '../../shared/actions.ts';
import { can, type Actor } from './policy.ts';

const actor = (role: Actor['role'], translatorLanguages: string[] = []): Actor => ({
  isPlatformAdmin: false,
  role,
  translatorLanguages,
});

const everything: readonly Action[] = ACTIONS;

const allowedFor = (who: Actor, target = {}) => everything.filter((action) => can(who, action, target));

describe('policy', () => {
  it('lets a region manager do everything in the region', () => {
    assert.deepEqual(allowedFor(actor('region-manager')), everything);
  });

  it('lets an editor edit, publish, review and keep the glossary, but not manage users, settings or feedback', () => {
    assert.deepEqual(allowedFor(actor('editor')), [
      'region.read',
      'page.structure',
      'page.write-draft',
      'page.submit',
      'page.publish',
      'page.review',
      'page.translate',
      'page.machine-translate',
      'glossary.manage',
      'media.upload',
    ]);
  });

  it('lets an author write and submit for review, not publish or review', () => {
    assert.deepEqual(allowedFor(actor('author')), [
      'region.read',
      'page.structure',
      'page.write-draft',
      'page.submit',
      'media.upload',
    ]);
  });

  it('lets a translator write only in the assigned target languages, never the default language', () => {
    const translator = actor('translator', ['ar', 'fa']);
    assert.deepEqual(allowedFor(translator, { language: 'ar', defaultLanguage: 'de' }), [
      'region.read',
      'page.write-draft',
      'page.submit',
      'page.translate',
      'page.machine-translate',
      'media.upload',
    ]);
    assert.deepEqual(allowedFor(translator, { language: 'uk', defaultLanguage: 'de' }), [
      'region.read',
      'media.upload',
    ]);
    assert.deepEqual(allowedFor(actor('translator', ['de']), { language: 'de', defaultLanguage: 'de' }), [
      'region.read',
      'media.upload',
    ]);
  });

  it('lets an observer only read', () => {
    assert.deepEqual(allowedFor(actor('observer')), ['region.read']);
  });

  it('lets nobody without a role in the region do anything, except a platform admin', () => {
    assert.deepEqual(allowedFor(actor(undefined)), []);
    assert.deepEqual(
      allowedFor({ isPlatformAdmin: true, role: undefined, translatorLanguages: [] }),
      everything,
    );
  });

  it('lets nobody publish Easy German directly, not even a platform admin; it is reviewed instead', () => {
    const easy = { language: 'de-x-easy', defaultLanguage: 'de' };
    const admin: Actor = { isPlatformAdmin: true, role: undefined, translatorLanguages: [] };
    for (const who of [actor('region-manager'), actor('editor'), admin]) {
      assert.equal(can(who, 'page.publish', easy), false);
      assert.equal(can(who, 'page.review', easy), true);
      assert.equal(can(who, 'page.submit', easy), true);
    }
    assert.equal(can(actor('editor'), 'page.publish', { language: 'en', defaultLanguage: 'de' }), true);
  });
});
