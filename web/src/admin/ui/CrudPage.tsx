import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState, Loading } from '../../shared/ui/states';
import { DataTable, type Column } from './DataTable';
import { EntityForm, type FieldSpec, type Values } from './EntityForm';
import { useAdminList, useSave } from './use-admin-list';

export interface CrudConfig<T extends { id: string }> {
  resource: string;
  path: string;
  title: string;
  intro?: ReactNode;
  columns: Column<T>[];
  /** Fields of the form; `editing` is the row being edited, or null when creating. */
  fields: (editing: T | null) => FieldSpec[];
  initial: (row: T | null) => Values;
  toBody: (values: Values, editing: T | null) => unknown;
  /** Lists with a filter of their own (e.g. people by role). */
  params?: Record<string, string | undefined>;
  filters?: ReactNode;
  /** Sorts or shapes the rows for display (e.g. the category tree). */
  arrange?: (rows: T[]) => T[];
  extraActions?: (row: T) => ReactNode;
}

/** A list with "New" and "Edit": the shape of most admin screens. */
export function CrudPage<T extends { id: string }>(config: CrudConfig<T>) {
  const { t } = useTranslation('admin');
  const list = useAdminList<T>(config.resource, config.path, config.params);
  const save = useSave<T>(config.resource, config.path);
  const [editing, setEditing] = useState<T | null | undefined>(undefined);
  const [formError, setFormError] = useState<unknown>(null);
  const close = () => {
    setEditing(undefined);
    setFormError(null);
    save.reset();
  };
  const submit = (values: Values) => {
    setFormError(null);
    let body: unknown;
    try {
      body = config.toBody(values, editing ?? null);
    } catch (err) {
      setFormError(err);
      return;
    }
    save.mutate({ id: editing?.id, body }, { onSuccess: close });
  };
  const rows = config.arrange ? config.arrange(list.data ?? []) : (list.data ?? []);
  return (
    <section aria-labelledby="page-title">
      <div className="row" style={{ justifyContent: 'space-between' }}>
        <h1 id="page-title">{config.title}</h1>
        {editing === undefined && (
          <button type="button" className="primary" onClick={() => setEditing(null)}>
            {t('form.new')}
          </button>
        )}
      </div>
      {config.intro}
      {editing !== undefined && (
        <EntityForm
          key={editing?.id ?? 'new'}
          title={editing ? t('form.edit') : t('form.create')}
          fields={config.fields(editing)}
          initial={config.initial(editing)}
          onSubmit={submit}
          onCancel={close}
          pending={save.isPending}
          error={formError ?? save.error}
        />
      )}
      {config.filters}
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ErrorState error={list.error} retry={() => void list.refetch()} />
      ) : (
        <DataTable
          rows={rows}
          columns={config.columns}
          caption={config.title}
          actions={(row) => (
            <div className="row">
              <button type="button" onClick={() => setEditing(row)}>
                {t('form.editShort')}
              </button>
              {config.extraActions?.(row)}
            </div>
          )}
        />
      )}
    </section>
  );
}
