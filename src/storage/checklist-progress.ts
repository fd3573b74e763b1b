/** Which steps of a pathway the person has ticked. Kept on this device only. */
import { database } from './db';

/** The ids of the ticked steps of a pathway (empty when none). */
export async function loadProgress(pathwayId: string): Promise<string[]> {
  return (await (await database()).get('checklist', pathwayId))?.done ?? [];
}

/** Ticks or unticks one step and returns the new list of ticked steps. */
export async function saveStep(pathwayId: string, stepId: string, done: boolean): Promise<string[]> {
  const db = await database();
  const tx = db.transaction('checklist', 'readwrite');
  const current = new Set((await tx.store.get(pathwayId))?.done ?? []);
  if (done) current.add(stepId);
  else current.delete(stepId);
  const next = [...current];
  await tx.store.put({ pathwayId, done: next, updated: new Date().toISOString() });
  await tx.done;
  return next;
}
