import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../shared/api/client';
import { actionTypes, conditionFields, ruleEvents, type ActionType, type AutomationRule, type AutomationRuleBody, type ConditionField, type RuleAction, type RuleCondition, type RuleEvent } from '../../shared/api/admin-channel-types';
import { FormError } from '../../shared/ui/states';
import { useSave } from '../ui/use-admin-list';
import {
  checkConditionRow, isListOp, noErrors, opsFor, placeIssues, rowKey, toAction, toActionRow, toCondition, toConditionRow,
  type ActionRow, type ConditionRow, type FieldKind, type PlacedErrors,
} from './rule-rows';
import { useRuleChoices, type RuleChoices } from './rule-choices';

const newCondition = (): ConditionRow => ({ key: rowKey(), field: 'priority', op: 'eq', value: '', values: [] });
const newAction = (): ActionRow => ({ key: rowKey(), type: 'add_note', value: '' });

/** Rows for a stored rule, or null when one of its conditions or actions only fits the JSON editor. */
function rowsOf(rule: AutomationRule, choices: RuleChoices): { conditions: ConditionRow[]; actions: ActionRow[] } | null {
  const conditions = rule.conditions.map((c) => (conditionFields.includes(c.field) ? toConditionRow(c, choices.kindOf(c.field)) : null));
  const actions = rule.actions.map(toActionRow);
  if (conditions.some((c) => c === null) || actions.some((a) => a === null)) return null;
  return { conditions: conditions as ConditionRow[], actions: actions as ActionRow[] };
}

/**
 * Creates or changes one automation rule: the event, condition rows ("when all of these hold") and
 * action rows ("then do this"), with a JSON editor for what the rows cannot express. The server's
 * validation errors appear beside the row they are about.
 */
export function RuleEditor({ rule, nextPosition, onDone }: { rule: AutomationRule | null; nextPosition: number; onDone: () => void }) {
  const { t } = useTranslation('admin');
  const choices = useRuleChoices();
  const save = useSave<AutomationRule>('automation-rules', '/automation-rules');
  const stored = rule ? rowsOf(rule, choices) : { conditions: [], actions: [newAction()] };
  const [name, setName] = useState(rule?.name ?? '');
  const [event, setEvent] = useState<RuleEvent>(rule?.event ?? 'tickets.created');
  const [position, setPosition] = useState(String(rule?.position ?? nextPosition));
  const [active, setActive] = useState(rule?.active ?? true);
  const [conditions, setConditions] = useState<ConditionRow[]>(stored?.conditions ?? []);
  const [actions, setActions] = useState<ActionRow[]>(stored?.actions ?? [newAction()]);
  const [json, setJson] = useState<string | null>(stored ? null : JSON.stringify(rule ? bodyOfRule(rule) : {}, null, 2));
  const [errors, setErrors] = useState<PlacedErrors>(noErrors());
  const [problem, setProblem] = useState<unknown>(null);

  const body = (): AutomationRuleBody => ({
    name,
    event,
    position: Number(position),
    active,
    conditions: conditions.map((row) => toCondition(row, choices.kindOf(row.field))),
    actions: actions.map(toAction),
  });

  const toJson = () => {
    setJson(JSON.stringify(body(), null, 2));
    setErrors(noErrors());
  };
  const toForm = () => {
    let parsed: AutomationRuleBody;
    try {
      parsed = JSON.parse(json ?? '{}') as AutomationRuleBody;
    } catch {
      setProblem(new Error(t('rules.badJson')));
      return;
    }
    const rows = rowsOf({ ...parsed, conditions: parsed.conditions ?? [], actions: parsed.actions ?? [] } as AutomationRule, choices);
    if (!rows) {
      setProblem(new Error(t('rules.notForForm')));
      return;
    }
    setName(parsed.name ?? '');
    if (ruleEvents.includes(parsed.event)) setEvent(parsed.event);
    if (parsed.position !== undefined) setPosition(String(parsed.position));
    if (parsed.active !== undefined) setActive(parsed.active);
    setConditions(rows.conditions);
    setActions(rows.actions);
    setJson(null);
    setProblem(null);
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setProblem(null);
    let payload: unknown;
    if (json !== null) {
      try {
        payload = JSON.parse(json);
      } catch {
        setProblem(new Error(t('rules.badJson')));
        return;
      }
    } else {
      const found = noErrors();
      conditions.forEach((row, i) => {
        const check = checkConditionRow(row, choices.kindOf(row.field));
        if (check) found.conditions[i] = t(`rules.problem.${check}`);
      });
      setErrors(found);
      if (Object.keys(found.conditions).length) return;
      payload = body();
    }
    save.mutate(
      { id: rule?.id, body: payload },
      {
        onSuccess: onDone,
        onError: (err) => {
          const issues = err instanceof ApiError ? (err.details.issues as Array<{ path: string; message: string }> | undefined) : undefined;
          // Issues placed beside their rows need no second copy under the form.
          setErrors(issues ? placeIssues(issues) : noErrors());
          setProblem(issues?.length ? null : err);
        },
      },
    );
  };

  const title = rule ? t('rules.editTitle', { name: rule.name }) : t('rules.newTitle');
  return (
    <form className="card rule-editor" onSubmit={submit} aria-label={title}>
      <div className="row" style={{ justifyContent: 'space-between' }}>
        <h2>{title}</h2>
        <button type="button" className="link" onClick={json === null ? toJson : toForm}>
          {json === null ? t('rules.editJson') : t('rules.editForm')}
        </button>
      </div>
      {json !== null ? (
        <div className="field">
          <label htmlFor="rule-json">{t('rules.json')}</label>
          <textarea id="rule-json" value={json} onChange={(e) => setJson(e.target.value)} spellCheck={false} rows={18} style={{ fontFamily: 'monospace' }} />
          <p className="hint">{t('rules.jsonHint')}</p>
        </div>
      ) : (
        <>
          <div className="grid-2">
            <Field id="rule-name" label={t('fields.name')} error={errors.fields.name}>
              <input id="rule-name" required value={name} onChange={(e) => setName(e.target.value)} autoComplete="off" />
            </Field>
            <Field id="rule-event" label={t('rules.event')} error={errors.fields.event}>
              <select id="rule-event" value={event} onChange={(e) => setEvent(e.target.value as RuleEvent)}>
                {ruleEvents.map((ev) => (
                  <option key={ev} value={ev}>
                    {t(`rules.events.${ev}`)}
                  </option>
                ))}
              </select>
            </Field>
            <Field id="rule-position" label={t('fields.position')} error={errors.fields.position} hint={t('rules.positionHint')}>
              <input id="rule-position" type="number" min={0} required value={position} onChange={(e) => setPosition(e.target.value)} />
            </Field>
            <div className="field">
              <label className="row" style={{ fontWeight: 400 }}>
                <input type="checkbox" checked={active} onChange={(e) => setActive(e.target.checked)} />
                {t('fields.active')}
              </label>
            </div>
          </div>

          <fieldset className="rule-rows">
            <legend>{t('rules.when')}</legend>
            {conditions.length === 0 && <p className="muted small">{t('rules.always')}</p>}
            {errors.fields.conditions && <p className="form-error">{errors.fields.conditions}</p>}
            {conditions.map((row, i) => (
              <ConditionEditor
                key={row.key}
                index={i}
                row={row}
                kind={choices.kindOf(row.field)}
                error={errors.conditions[i]}
                onChange={(next) => setConditions((rows) => rows.map((r) => (r.key === row.key ? next : r)))}
                onRemove={() => setConditions((rows) => rows.filter((r) => r.key !== row.key))}
              />
            ))}
            <button type="button" onClick={() => setConditions((rows) => [...rows, newCondition()])}>
              {t('rules.addCondition')}
            </button>
          </fieldset>

          <fieldset className="rule-rows">
            <legend>{t('rules.then')}</legend>
            {errors.fields.actions && <p className="form-error">{errors.fields.actions}</p>}
            {actions.map((row, i) => (
              <ActionEditor
                key={row.key}
                index={i}
                row={row}
                choices={choices}
                error={errors.actions[i]}
                canRemove={actions.length > 1}
                onChange={(next) => setActions((rows) => rows.map((r) => (r.key === row.key ? next : r)))}
                onRemove={() => setActions((rows) => rows.filter((r) => r.key !== row.key))}
              />
            ))}
            <button type="button" onClick={() => setActions((rows) => [...rows, newAction()])}>
              {t('rules.addAction')}
            </button>
          </fieldset>
        </>
      )}
      {errors.other.length > 0 && (
        <ul className="form-error" role="alert">
          {errors.other.map((text) => (
            <li key={text}>{text}</li>
          ))}
        </ul>
      )}
      <FormError error={problem} />
      <div className="row">
        <button className="primary" type="submit" disabled={save.isPending}>
          {save.isPending ? t('common:saving') : t('common:save')}
        </button>
        <button type="button" onClick={onDone}>
          {t('common:cancel')}
        </button>
      </div>
    </form>
  );
}

/** The body a stored rule would be saved with: what the JSON editor shows. */
function bodyOfRule(rule: AutomationRule): AutomationRuleBody {
  return { name: rule.name, event: rule.event, position: rule.position, active: rule.active, conditions: rule.conditions as RuleCondition[], actions: rule.actions as RuleAction[] };
}

function Field({ id, label, error, hint, children }: { id: string; label: string; error?: string; hint?: string; children: React.ReactNode }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children}
      {hint && <p className="hint">{hint}</p>}
      {error && (
        <p className="error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}

function ConditionEditor(props: { index: number; row: ConditionRow; kind: FieldKind; error?: string; onChange: (row: ConditionRow) => void; onRemove: () => void }) {
  const { t } = useTranslation('admin');
  const { row, kind, index } = props;
  const id = `cond-${row.key}`;
  const ops = opsFor(kind);
  const setField = (field: ConditionField) => props.onChange({ ...row, field, op: 'eq', value: '', values: [] });
  let value: React.ReactNode = null;
  if (row.op !== 'changed') {
    if (kind.kind === 'choice' && isListOp(row.op)) {
      value = (
        <div className="row" role="group" aria-label={t('rules.value')}>
          {kind.options.map((o) => (
            <label key={o.value} className="row" style={{ fontWeight: 400, gap: '0.25rem' }}>
              <input
                type="checkbox"
                checked={row.values.includes(o.value)}
                onChange={(e) => props.onChange({ ...row, values: e.target.checked ? [...row.values, o.value] : row.values.filter((v) => v !== o.value) })}
              />
              {o.label}
            </label>
          ))}
        </div>
      );
    } else if (kind.kind === 'choice' || kind.kind === 'yesno') {
      const options = kind.kind === 'choice' ? kind.options : [{ value: 'true', label: t('common:yes') }, { value: 'false', label: t('common:no') }];
      value = (
        <select id={`${id}-value`} aria-label={t('rules.value')} value={row.value} onChange={(e) => props.onChange({ ...row, value: e.target.value })}>
          <option value="">{t('form.choose')}</option>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      );
    } else {
      value = (
        <input
          id={`${id}-value`}
          aria-label={t('rules.value')}
          value={row.value}
          onChange={(e) => props.onChange({ ...row, value: e.target.value })}
          placeholder={isListOp(row.op) ? t('hints.commaList') : row.op === 'matches' ? t('rules.patternHint') : ''}
          autoComplete="off"
        />
      );
    }
  }
  return (
    <div className="rule-row" role="group" aria-label={t('rules.conditionN', { n: index + 1 })} aria-describedby={props.error ? `${id}-error` : undefined}>
      <select aria-label={t('rules.field')} value={row.field} onChange={(e) => setField(e.target.value as ConditionField)}>
        {conditionFields.map((f) => (
          <option key={f} value={f}>
            {t(`rules.fields.${f}`)}
          </option>
        ))}
      </select>
      <select aria-label={t('rules.op')} value={row.op} onChange={(e) => props.onChange({ ...row, op: e.target.value as ConditionRow['op'] })}>
        {ops.map((op) => (
          <option key={op} value={op}>
            {t(`rules.ops.${op}`)}
          </option>
        ))}
      </select>
      <div className="rule-value">{value}</div>
      <button type="button" className="link" onClick={props.onRemove}>
        {t('rules.remove')}
      </button>
      {props.error && (
        <p className="form-error" id={`${id}-error`}>
          {props.error}
        </p>
      )}
    </div>
  );
}

function ActionEditor(props: { index: number; row: ActionRow; choices: RuleChoices; error?: string; canRemove: boolean; onChange: (row: ActionRow) => void; onRemove: () => void }) {
  const { t } = useTranslation('admin');
  const { row, choices, index } = props;
  const id = `act-${row.key}`;
  const options = choices.actionOptions(row.type);
  return (
    <div className="rule-row" role="group" aria-label={t('rules.actionN', { n: index + 1 })} aria-describedby={props.error ? `${id}-error` : undefined}>
      <select aria-label={t('rules.actionType')} value={row.type} onChange={(e) => props.onChange({ ...row, type: e.target.value as ActionType, value: '' })}>
        {actionTypes.map((type) => (
          <option key={type} value={type}>
            {t(`rules.actions.${type}`)}
          </option>
        ))}
      </select>
      <div className="rule-value">
        {options ? (
          <select aria-label={t('rules.value')} value={row.value} onChange={(e) => props.onChange({ ...row, value: e.target.value })}>
            <option value="">{t('form.choose')}</option>
            {options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        ) : (
          <textarea aria-label={t('rules.text')} value={row.value} onChange={(e) => props.onChange({ ...row, value: e.target.value })} rows={2} />
        )}
      </div>
      {props.canRemove && (
        <button type="button" className="link" onClick={props.onRemove}>
          {t('rules.remove')}
        </button>
      )}
      {props.error && (
        <p className="form-error" id={`${id}-error`}>
          {props.error}
        </p>
      )}
    </div>
  );
}
