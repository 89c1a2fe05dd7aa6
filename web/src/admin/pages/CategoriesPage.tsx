import { useTranslation } from 'react-i18next';
import type { Category } from '../../shared/api/types';
import { CrudPage } from '../ui/CrudPage';
import { parseJson } from '../ui/EntityForm';
import { useAdminList } from '../ui/use-admin-list';
import { useDirectoryOptions } from '../ui/options';

/** Orders the tree depth-first, each child under its parent. */
function asTree(rows: Category[]): Array<Category & { depth: number }> {
  const out: Array<Category & { depth: number }> = [];
  const visit = (parentId: string | null, depth: number) => {
    for (const c of rows.filter((r) => (r.parentId ?? null) === parentId).sort((a, b) => a.name.localeCompare(b.name))) {
      out.push({ ...c, depth });
      visit(c.id, depth + 1);
    }
  };
  visit(null, 0);
  return out;
}

/** The product → document tree customers pick from (R13), each routed to a team (R21). */
export function CategoriesPage() {
  const { t } = useTranslation('admin');
  const options = useDirectoryOptions();
  const all = useAdminList<Category>('categories', '/categories');
  const parents = (all.data ?? []).map((c) => ({ value: c.id, label: c.name }));
  return (
    <CrudPage<Category & { depth?: number }>
      resource="categories"
      path="/categories"
      title={t('nav.categories')}
      arrange={(rows) => asTree(rows)}
      columns={[
        { header: t('fields.name'), cell: (c) => <span style={{ paddingLeft: `${(c.depth ?? 0) * 1.25}rem` }}>{c.depth ? '└ ' : ''}{c.name}</span> },
        { header: t('fields.team'), cell: (c) => options.nameOf(c.teamId) },
        { header: t('fields.asksEnvironment'), cell: (c) => (c.asksEnvironment ? t('common:yes') : '') },
        { header: t('fields.intakeFields'), cell: (c) => c.intakeFields.map((f) => f.key).join(', ') || '—' },
      ]}
      fields={(editing) => [
        { name: 'name', label: t('fields.name'), required: true },
        { name: 'parentId', label: t('fields.parent'), type: 'select', options: parents.filter((p) => p.value !== editing?.id) },
        { name: 'teamId', label: t('fields.team'), type: 'select', required: true, options: options.teams },
        { name: 'asksEnvironment', label: t('fields.asksEnvironment'), type: 'checkbox' },
        { name: 'intakeFields', label: t('fields.intakeFields'), type: 'json', hint: t('hints.intakeFields') },
      ]}
      initial={(c) => ({
        name: c?.name ?? '',
        parentId: c?.parentId ?? '',
        teamId: c?.teamId ?? '',
        asksEnvironment: c?.asksEnvironment ?? false,
        intakeFields: c?.intakeFields.length ? JSON.stringify(c.intakeFields, null, 2) : '',
      })}
      toBody={(v) => ({
        name: v.name,
        ...(v.parentId ? { parentId: v.parentId } : {}),
        teamId: v.teamId,
        asksEnvironment: v.asksEnvironment === true,
        intakeFields: parseJson(v.intakeFields, t('fields.intakeFields'), []),
      })}
    />
  );
}
