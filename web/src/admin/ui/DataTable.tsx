import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Empty } from '../../shared/ui/states';

export interface Column<T> {
  header: string;
  cell: (row: T) => ReactNode;
}

/** A plain, scrollable table with row actions and an empty state. */
export function DataTable<T extends { id: string }>({ rows, columns, caption, actions }: { rows: T[]; columns: Column<T>[]; caption: string; actions?: (row: T) => ReactNode }) {
  const { t } = useTranslation('admin');
  if (rows.length === 0) return <Empty>{t('table.empty')}</Empty>;
  return (
    <div className="table-wrap">
      <table>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.header} scope="col">
                {c.header}
              </th>
            ))}
            {actions && <th scope="col">{t('table.actions')}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              {columns.map((c) => (
                <td key={c.header}>{c.cell(row)}</td>
              ))}
              {actions && <td>{actions(row)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
