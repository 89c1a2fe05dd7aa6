import { labelledValues } from './labelled-values';

/**
 * The words customers use for "password" in the desk's five languages (English, Brazilian
 * Portuguese, Spanish, German, Russian), plus the short forms of config files and shell scripts.
 * Plurals and longer words (`passwords`, `passport`, `bypass`) do not match.
 */
export const PASSWORD_LABELS = [
  // Portuguese and Spanish put the adjective after the noun: "senha provisória: Temp#2024",
  // "contraseña temporal: …"; the other languages put it before, where it does not get in the way.
  String.raw`(?:senha|contrase[nñ]a|clave)(?:[ \t]+(?:provis[oó]ria|tempor[aá]ria|temporal|atual|actual|nova|nueva|antiga|anterior|padr[aã]o|inicial))?`,
  String.raw`password|passwd|passphrase|passwort|kennwort|pwd|pass|пароль`,
].join('|');

/** Detects the value after a password label: `senha: abc123`, `mein Passwort ist geheim123`, `"password":"x"`. */
export const passwordLabels = labelledValues({
  name: 'password labels',
  labels: PASSWORD_LABELS,
  kindOf: () => 'password',
});
