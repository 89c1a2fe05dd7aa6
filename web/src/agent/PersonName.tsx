import { usePerson } from '../shared/api/directory';

/** A person's name, read once and cached for every row that shows them. */
export function PersonName({ id, fallback = '…' }: { id: string | null | undefined; fallback?: string }) {
  const person = usePerson(id);
  if (!id) return null;
  return <span>{person.data?.name ?? fallback}</span>;
}
