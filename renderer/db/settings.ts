import { newId } from '../../shared/model/ids';
import type { WorkbenchDatabase } from './schema';

export async function getSetting<T>(db: WorkbenchDatabase, key: string): Promise<T | undefined> {
  return (await db.settings.get(key))?.value as T | undefined;
}

export async function setSetting(db: WorkbenchDatabase, key: string, value: unknown): Promise<void> {
  await db.settings.put({ key, value });
}

/** This installation's id: stamps every change so merges can tell devices apart. Made once. */
export async function deviceId(db: WorkbenchDatabase): Promise<string> {
  return db.transaction('rw', db.settings, async () => {
    const existing = await getSetting<string>(db, 'deviceId');
    if (existing) return existing;
    const id = newId();
    await setSetting(db, 'deviceId', id);
    return id;
  });
}
