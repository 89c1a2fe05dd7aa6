/** Secret masking (R45): the only entry points other modules should import. */
export {
  maskSecrets,
  maskSecretsDeep,
  type MaskedSecret,
  type MaskedSecretAt,
  type MaskSecretsDeepResult,
  type MaskSecretsResult,
  type SecretPath,
} from './mask-secrets';
export { secretKindForFieldName } from './secret-field-names';
export { maskValue, SECRET_MARKER } from './mask-value';
export type { SecretKind } from './secret-kind';
