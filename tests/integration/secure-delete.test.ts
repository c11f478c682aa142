import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { asChair, asParticipant, postStatement, useTestServer } from '../helpers/scenario.js';

const srv = useTestServer();

/** Whether any of the SQLite files (the database and its write-ahead log) holds the text. */
const inFiles = (dir: string, text: string) =>
  ['vonk.sqlite', 'vonk.sqlite-wal']
    .map((f) => join(dir, f))
    .filter((f) => existsSync(f))
    .some((f) => readFileSync(f).includes(Buffer.from(text)));

describe('deleting an event on SQLite', () => {
  it('[DUR-5][ROOM-5] leaves none of its text in the database files', async () => {
    const ev = await srv.createEvent('Vertrouwelijk-overleg-Q7');
    const phone = await asParticipant(srv, ev, 'secret-phone');
    const chair = await asChair(srv, ev);
    const secret = 'Mijn-buurman-Jansen-heeft-schulden-8841';
    const id = await postStatement(phone, secret);
    await chair.command({ type: 'statement.moderate', statementId: id, action: 'approve' });
    expect(inFiles(srv.dataDir, secret)).toBe(true);

    const res = await fetch(`${srv.url}/api/events/${ev.code}`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${srv.adminToken}` },
    });
    expect(res.status).toBe(204);
    expect(inFiles(srv.dataDir, secret)).toBe(false);
    expect(inFiles(srv.dataDir, 'Vertrouwelijk-overleg-Q7')).toBe(false);
    phone.close();
    chair.close();
  });
});
