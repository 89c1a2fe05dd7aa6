/**
 * Words that follow "Password:" in a subject line or a sentence rather than a password:
 * "Password: reset link never arrives", "Senha: não consigo entrar", "Passwort: vergessen".
 * Kept short on purpose; a real password equal to one of these stays visible, which is the price
 * of not garbling the many subjects that start this way.
 */
const PROSE_WORDS = new Set(
  [
    // English
    'i', 'my', 'the', 'a', 'an', 'not', 'no', 'forgot', 'forgotten', 'reset', 'expired', 'wrong', 'incorrect',
    'invalid', 'change', 'changed', 'required', 'missing', 'locked', 'help', 'problem', 'issue', 'error', 'please',
    'can', 'cannot', 'how', 'what', 'why', 'lost', 'recovery', 'link', 'new',
    // Brazilian Portuguese
    'eu', 'minha', 'meu', 'o', 'não', 'nao', 'esqueci', 'redefinir', 'redefinição', 'trocar', 'alterar', 'errada',
    'inválida', 'invalida', 'incorreta', 'expirada', 'bloqueada', 'ajuda', 'problema', 'erro', 'como', 'preciso',
    'recuperar', 'nova', 'perdi',
    // Spanish
    'yo', 'mi', 'la', 'el', 'olvidé', 'olvide', 'restablecer', 'cambiar', 'caducada', 'ayuda', 'cómo', 'necesito',
    'nueva', 'perdí',
    // German
    'ich', 'mein', 'meine', 'das', 'die', 'der', 'nicht', 'kein', 'vergessen', 'zurücksetzen', 'ändern', 'falsch',
    'ungültig', 'abgelaufen', 'gesperrt', 'hilfe', 'fehler', 'wie', 'neu', 'neues', 'verloren',
    // Russian
    'я', 'мой', 'моя', 'не', 'нет', 'забыл', 'забыла', 'сбросить', 'сменить', 'изменить', 'неверный',
    'неправильный', 'истёк', 'истек', 'заблокирован', 'помогите', 'помощь', 'проблема', 'ошибка', 'как', 'новый',
    'потерял', 'потеряла', 'восстановить',
  ],
);

/** Whether a value after `label:` is an ordinary word of the sentence rather than a secret. */
export function isProseWord(value: string): boolean {
  return PROSE_WORDS.has(value.toLowerCase());
}
