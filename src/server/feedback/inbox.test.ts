import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { listAuditEntriesOfRegion } from '../audit/repo.ts';
import { testDatabases } from '../test-support/databases.ts';
import { createTestRegion } from '../test-support/factories.ts';
import { startTestApp, type TestApp } from '../test-support/test-app.ts';
import { feedbackRequests, setUpInbox } from './inbox-test-setup.ts';

for (const database of testDatabases()) {
  describe(`feedback inbox on ${database.name}`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(database);
    });
    after(() => t.close());

    const idsOf = (response: { json(): { items: { id: number }[] } }) =>
      response.json().items.map((item) => item.id);

    it('lists all feedback newest first, with page, language, rating, comment and contact', async () => {
      const { page, manager, leave, onPage } = await setUpInbox(t);
      const onThePage = await leave(
        'ar',
        onPage('not-helpful', { comment: 'العنوان غير صحيح', contact: 'reader@example.org' }),
      );
      const search = await leave('en', {
        targetType: 'search',
        searchQuery: 'kindergeld',
        comment: 'Nothing',
      });
      const general = await leave('de', { targetType: 'region', rating: 'helpful' });

      const response = await manager('GET');
      assert.equal(response.statusCode, 200, response.body);
      const inbox = response.json();
      assert.deepEqual(idsOf(response), [general, search, onThePage]);
      const [, searchItem, pageItem] = inbox.items;
      assert.deepEqual(
        [pageItem.kind, pageItem.pageId, pageItem.pageTitle, pageItem.language, pageItem.rating],
        ['page', page.pageId, 'Kita', 'ar', 'not-helpful'],
      );
      assert.deepEqual(
        [pageItem.comment, pageItem.contact, pageItem.hasEmailContact, pageItem.status, pageItem.assignedTo],
        ['العنوان غير صحيح', 'reader@example.org', true, 'new', null],
      );
      assert.deepEqual(
        [searchItem.kind, searchItem.searchQuery, searchItem.rating],
        ['search', 'kindergeld', null],
      );
      assert.deepEqual(inbox.languages.sort(), ['ar', 'de', 'en', 'fa']);
      assert.equal(inbox.defaultLanguage, 'de');
      assert.equal(inbox.retentionDays, 180);
      assert.equal(inbox.hasMore, false);
      assert.deepEqual(
        inbox.assignees.map((person: { userId: number }) => person.userId),
        [manager.userId],
      );
    });

    it('filters by status, language, kind, rating, assignment and comment, and pages through', async () => {
      const { manager, leave, onPage } = await setUpInbox(t);
      const arabicNo = await leave('ar', onPage('not-helpful', { comment: 'سيء' }));
      const germanYes = await leave('de', onPage('helpful'));
      const search = await leave('en', {
        targetType: 'search',
        searchQuery: 'wohngeld',
        comment: 'Nothing found',
      });
      const general = await leave('de', { targetType: 'region', comment: 'Gut gemacht' });
      assert.equal((await manager('PATCH', `/${germanYes}`, { status: 'done' })).statusCode, 200);
      assert.equal((await manager('PATCH', `/${search}`, { status: 'in-progress' })).statusCode, 200);
      assert.equal((await manager('PATCH', `/${general}`, { status: 'spam' })).statusCode, 200);
      assert.equal((await manager('PATCH', `/${arabicNo}`, { assignedTo: manager.userId })).statusCode, 200);

      const ids = async (query: string) => {
        const response = await manager('GET', `?${query}`);
        assert.equal(response.statusCode, 200, response.body);
        return idsOf(response);
      };
      assert.deepEqual(await ids('status=new'), [arabicNo]);
      assert.deepEqual(await ids('status=done'), [germanYes]);
      assert.deepEqual(await ids('status=spam'), [general]);
      assert.deepEqual(await ids('status=open'), [search, arabicNo]);
      assert.deepEqual(await ids('language=de'), [general, germanYes]);
      assert.deepEqual(await ids('kind=page'), [germanYes, arabicNo]);
      assert.deepEqual(await ids('kind=search'), [search]);
      assert.deepEqual(await ids('kind=region'), [general]);
      assert.deepEqual(await ids('rating=helpful'), [germanYes]);
      assert.deepEqual(await ids('rating=not-helpful'), [arabicNo]);
      assert.deepEqual(await ids('rating=none'), [general, search]);
      assert.deepEqual(await ids('assigned=me'), [arabicNo]);
      assert.deepEqual(await ids('assigned=unassigned'), [general, search, germanYes]);
      assert.deepEqual(await ids('hasComment=true'), [general, search, arabicNo]);
      assert.deepEqual(await ids('hasComment=false'), [germanYes]);
      assert.deepEqual(await ids('language=de&hasComment=true&status=spam'), [general]);

      const firstPage = await manager('GET', '?limit=3');
      assert.deepEqual([idsOf(firstPage), firstPage.json().hasMore], [[general, search, germanYes], true]);
      const secondPage = await manager('GET', `?limit=3&before=${germanYes}`);
      assert.deepEqual([idsOf(secondPage), secondPage.json().hasMore], [[arabicNo], false]);
    });

    it('lists every problem of invalid filters', async () => {
      const { manager } = await setUpInbox(t);
      const response = await manager('GET', '?status=closed&rating=5&hasComment=maybe&limit=0');
      assert.equal(response.statusCode, 400);
      const fields = response.json().error.details.issues.map((issue: { field: string }) => issue.field);
      assert.deepEqual(fields.sort(), ['query.hasComment', 'query.limit', 'query.rating', 'query.status']);
    });

    it('changes the status, and the audit log says who did it', async () => {
      const { region, manager, leave, onPage } = await setUpInbox(t);
      const id = await leave('ar', onPage('not-helpful', { comment: 'سيء' }));
      const changed = await manager('PATCH', `/${id}`, { status: 'done' });
      assert.equal(changed.statusCode, 200, changed.body);
      assert.equal(changed.json().status, 'done');
      assert.equal((await manager('GET', `/${id}`)).json().status, 'done');
      const [entry] = await listAuditEntriesOfRegion(t.ctx.db, {
        regionId: region.id,
        action: 'feedback.',
        limit: 10,
      });
      assert.deepEqual(
        [entry?.action, entry?.user_id, entry?.details],
        ['feedback.status-changed', manager.userId, { feedbackId: id, from: 'new', to: 'done' }],
      );

      const invalid = await manager('PATCH', `/${id}`, { status: 'closed' });
      assert.equal(invalid.statusCode, 400);
      assert.equal(invalid.json().error.details.issues[0].field, 'body.status');
      assert.equal((await manager('PATCH', `/${id}`, {})).statusCode, 400);
    });

    it('assigns feedback to a manager of the region only', async () => {
      const { region, manager, leave, onPage } = await setUpInbox(t);
      const id = await leave('de', onPage('not-helpful', { comment: 'Falsche Adresse' }));
      const colleague = await feedbackRequests(t, 'region-manager', region);
      const editor = await feedbackRequests(t, 'editor', region);
      const translator = await feedbackRequests(t, 'translator', region);
      const outsider = await feedbackRequests(t, 'editor', await createTestRegion(t.ctx));

      const assigned = await manager('PATCH', `/${id}`, { assignedTo: colleague.userId });
      assert.equal(assigned.statusCode, 200, assigned.body);
      assert.equal(assigned.json().assignedTo.userId, colleague.userId);
      const assignees = (await manager('GET'))
        .json()
        .assignees.map((person: { userId: number }) => person.userId);
      assert.deepEqual(assignees.sort(), [manager.userId, colleague.userId].sort());

      for (const notAssignable of [editor.userId, translator.userId, outsider.userId, 2_000_000_000]) {
        const refused = await manager('PATCH', `/${id}`, { assignedTo: notAssignable });
        assert.equal(refused.statusCode, 400, refused.body);
        assert.deepEqual(refused.json().error.details.issues, [
          { field: 'assignedTo', message: 'is not a manager of this region' },
        ]);
      }
      const unassigned = await manager('PATCH', `/${id}`, { assignedTo: null });
      assert.equal(unassigned.json().assignedTo, null);
      const entries = await listAuditEntriesOfRegion(t.ctx.db, {
        regionId: region.id,
        action: 'feedback.assigned',
        limit: 10,
      });
      assert.deepEqual(
        entries.map((entry) => entry.details),
        [
          { feedbackId: id, from: colleague.userId, to: null },
          { feedbackId: id, from: null, to: colleague.userId },
        ],
      );
    });

    it('keeps internal notes with their authors, oldest first', async () => {
      const { manager, leave, onPage } = await setUpInbox(t);
      const id = await leave('ar', onPage('not-helpful', { comment: 'سيء' }));
      assert.equal((await manager('POST', `/${id}/notes`, { text: 'Seite prüfen' })).statusCode, 201);
      const added = await manager('POST', `/${id}/notes`, { text: '  Adresse korrigiert  ' });
      assert.equal(added.statusCode, 201, added.body);
      const notes = (await manager('GET', `/${id}`)).json().notes;
      assert.deepEqual(
        notes.map((note: { kind: string; text: string; author: { userId: number } }) => [
          note.kind,
          note.text,
          note.author.userId,
        ]),
        [
          ['note', 'Seite prüfen', manager.userId],
          ['note', 'Adresse korrigiert', manager.userId],
        ],
      );
      const empty = await manager('POST', `/${id}/notes`, { text: '   ' });
      assert.equal(empty.statusCode, 400);
      assert.equal(empty.json().error.details.issues[0].field, 'body.text');
    });

    it('is for those who manage feedback: other roles are refused, other regions’ feedback is not found', async () => {
      const { region, manager, leave, onPage } = await setUpInbox(t);
      const id = await leave('ar', onPage('not-helpful', { comment: 'سيء' }));
      for (const role of ['editor', 'author', 'translator', 'observer'] as const) {
        const someone = await feedbackRequests(t, role, region);
        for (const [method, path, body] of [
          ['GET', '', undefined],
          ['GET', '/statistics', undefined],
          ['GET', `/${id}`, undefined],
          ['PATCH', `/${id}`, { status: 'done' }],
          ['POST', `/${id}/notes`, { text: 'x' }],
          ['POST', `/${id}/reply`, { text: 'x' }],
          ['POST', `/${id}/translation`, undefined],
        ] as const) {
          const response = await someone(method, path, body);
          assert.equal(response.statusCode, 403, `${role} ${method} ${path}: ${response.body}`);
        }
      }
      const other = await setUpInbox(t);
      assert.equal((await other.manager('GET', '', undefined, region.slug)).statusCode, 404);
      const foreign = await other.manager('GET', `/${id}`);
      assert.equal(foreign.statusCode, 404);
      assert.match(foreign.json().error.message, /no feedback/);
      assert.equal((await other.manager('PATCH', `/${id}`, { status: 'spam' })).statusCode, 404);
      assert.equal((await other.manager('POST', `/${id}/notes`, { text: 'x' })).statusCode, 404);
      assert.equal((await manager('GET', `/${id}`)).json().status, 'new');
      const anonymous = await t.app.inject({ url: `/api/cms/regions/${region.slug}/feedback` });
      assert.equal(anonymous.statusCode, 401);
      const document = (await t.app.inject({ url: '/api/cms/openapi.json' })).json();
      assert.ok(document.paths['/regions/{region}/feedback/{feedbackId}'].patch);
    });
  });
}
