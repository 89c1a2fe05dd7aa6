import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

const keys: Array<[string, string]> = [
  ['j', 'next'],
  ['k', 'previous'],
  ['r', 'reply'],
  ['n', 'note'],
  ['Ctrl+Enter', 'send'],
  ['Esc', 'leave'],
  ['?', 'help'],
];

/** The keyboard shortcuts, in a native dialog opened by "?" or the top bar. */
export function ShortcutsHelp() {
  const { t } = useTranslation('agent');
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const open = () => dialog.current?.showModal();
    window.addEventListener('atende:shortcuts', open);
    return () => window.removeEventListener('atende:shortcuts', open);
  }, []);
  return (
    <dialog ref={dialog} aria-labelledby="shortcuts-title">
      <h2 id="shortcuts-title">{t('shortcuts.title')}</h2>
      <dl className="facts">
        {keys.map(([key, action]) => (
          <div key={key} style={{ display: 'contents' }}>
            <dt>
              <kbd>{key}</kbd>
            </dt>
            <dd>{t(`shortcuts.${action}`)}</dd>
          </div>
        ))}
      </dl>
      <form method="dialog" style={{ marginTop: '1rem' }}>
        <button type="submit">{t('common:close')}</button>
      </form>
    </dialog>
  );
}
