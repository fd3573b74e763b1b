/** Small preferences: the person's chosen countries. */
import type { Corridor } from '../content/corridor';
import { database } from './db';

export async function loadCorridor(): Promise<Corridor> {
  const value = await (await database()).get('settings', 'corridor');
  return (value as Corridor | undefined) ?? {};
}

export async function saveCorridor(corridor: Corridor): Promise<void> {
  await (await database()).put('settings', corridor, 'corridor');
}
