import type { ReadTx } from '../db/database.ts';
import type { Localized } from '../i18n.ts';
import type { PersonId } from '../ids.ts';
import type { PersonRecordItem, RegisterContext, RegisterModule } from '../module.ts';

export interface DatasetGroup<I = PersonRecordItem> {
  datasetId: string;
  names: Localized;
  sensitive: boolean;
  count: number;
  subjectCount: number;
  referenceCount: number;
  items: I[];
}

export interface RegisterGroup<I = PersonRecordItem> {
  registerId: string;
  names: Localized;
  count: number;
  /** The register holds nothing about the person as its subject, only mentions them. */
  referenceOnly: boolean;
  datasets: DatasetGroup<I>[];
}

/**
 * Groups items by register and dataset in the order the registers declare their datasets.
 * Every register searched is listed, also with no items, so that the answer shows it was searched.
 */
export function groupByRegister<I extends { datasetId: string; role: 'subject' | 'reference' }>(
  registers: RegisterModule[],
  itemsByRegister: Map<string, I[]>,
): RegisterGroup<I>[] {
  return registers.map((r) => {
    const items = itemsByRegister.get(r.id) ?? [];
    const declared = r.datasets.map((d) => d.id);
    const extra = [...new Set(items.map((i) => i.datasetId))].filter((d) => !declared.includes(d));
    const datasets = [...declared, ...extra].flatMap((datasetId): DatasetGroup<I>[] => {
      const list = items.filter((i) => i.datasetId === datasetId);
      if (list.length === 0) return [];
      const def = r.datasets.find((d) => d.id === datasetId);
      const subjectCount = list.filter((i) => i.role === 'subject').length;
      return [
        {
          datasetId,
          names: def?.names ?? { fi: datasetId, sv: datasetId, en: datasetId },
          sensitive: def?.sensitive ?? false,
          count: list.length,
          subjectCount,
          referenceCount: list.length - subjectCount,
          items: list,
        },
      ];
    });
    return {
      registerId: r.id,
      names: r.names,
      count: items.length,
      referenceOnly: items.length > 0 && items.every((i) => i.role === 'reference'),
      datasets,
    };
  });
}

/**
 * Runs `findByPerson` of every enabled register for one person. A register that fails fails
 * the whole search: an answer that silently misses a register would be wrong.
 *
 * @example
 * const found = await findInAllRegisters(tx, registers, personId, { clock });
 * found.get('ecec') // PersonRecordItem[]
 */
export async function findInAllRegisters(
  db: ReadTx,
  registers: RegisterModule[],
  personId: PersonId,
  ctx: RegisterContext,
): Promise<Map<string, PersonRecordItem[]>> {
  const results = await Promise.all(registers.map(async (r) => [r.id, await r.findByPerson(db, personId, ctx)] as const));
  return new Map(results);
}

/** The full cross-register search, grouped: what the registry officer sees first. */
export async function searchAllRegisters(db: ReadTx, registers: RegisterModule[], personId: PersonId, ctx: RegisterContext) {
  const found = await findInAllRegisters(db, registers, personId, ctx);
  const groups = groupByRegister(registers, found);
  return { total: groups.reduce((s, g) => s + g.count, 0), registers: groups };
}
