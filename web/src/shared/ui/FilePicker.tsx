import { useId, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Files by drag and drop or the file dialog; lists what was picked with a way to remove each.
 * `accept` narrows the dialog (e.g. "image/*" for screenshots).
 */
export function FilePicker({ files, onChange, accept, label }: { files: File[]; onChange: (files: File[]) => void; accept?: string; label?: string }) {
  const { t } = useTranslation('common');
  const id = useId();
  const [over, setOver] = useState(false);
  const add = (list: FileList | null) => {
    if (list && list.length) onChange([...files, ...Array.from(list)]);
  };
  const drop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    add(e.dataTransfer.files);
  };
  return (
    <div
      className={`dropzone${over ? ' over' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
      data-testid="dropzone"
    >
      <label htmlFor={id} style={{ fontWeight: 400, margin: 0, cursor: 'pointer' }}>
        {label ?? t('files.drop')} <span className="button">{t('files.choose')}</span>
      </label>
      <input id={id} type="file" multiple accept={accept} className="visually-hidden" onChange={(e) => add(e.target.files)} />
      {files.length > 0 && (
        <ul className="files" aria-label={t('files.picked')}>
          {files.map((f, i) => (
            <li key={`${f.name}-${i}`}>
              {f.name}{' '}
              <button type="button" className="link" aria-label={t('files.remove', { name: f.name })} onClick={() => onChange(files.filter((_, j) => j !== i))}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
