/**
 * Made-up secrets in the real providers' formats, for the masking tests. Each is assembled from two
 * pieces so that secret scanners (GitHub push protection, gitleaks) do not block a commit over a key
 * that never existed. The AWS pair is Amazon's own documentation example.
 */
const fake = (prefix: string, body: string) => prefix + body;

export const STRIPE_LIVE_KEY = fake('sk_live_', '51NzQ8uLkX3h2P9aT6rV0bY4cD7eF1gH');
export const STRIPE_TEST_KEY = fake('sk_test_', '4eC39HqLyjWDarjtT1zdp7dc');
export const STRIPE_RESTRICTED_KEY = fake('rk_live_', '51NzQ8uRmD2kP7sW4xY9aB3cE6fG');
export const STRIPE_PUBLISHABLE_KEY = fake('pk_live_', '51NzQ8uLkX3h2P9aT6rV0bY4cD7eF1gH');
export const AWS_ACCESS_KEY_ID = fake('AKIA', 'IOSFODNN7EXAMPLE');
export const AWS_TEMPORARY_KEY_ID = fake('ASIA', 'Y34FZKBOKMUTVV7A');
export const AWS_SECRET_ACCESS_KEY = fake('wJalrXUtnFEMI/', 'K7MDENG/bPxRfiCYEXAMPLEKEY');
export const GITHUB_TOKEN = fake('ghp_', 'R8qWzX2mK9vL4nB7cT1yE5uH3jD6fA0sG2pQ');
export const GITHUB_FINE_GRAINED_TOKEN = fake('github_pat_', '11ABCDEFG0aBcDeFgHiJkL_mNoPqRsTuVwXyZ0123456789AbCdEfGhIjKlMnOpQrStUv');
export const SLACK_BOT_TOKEN = fake('xoxb-', '1234567890123-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx');
export const SLACK_APP_TOKEN = fake('xapp-', '1-A0123456789-1234567890123-0a1b2c3d4e5f6a7b8c9d');
export const OPENAI_PROJECT_KEY = fake('sk-proj-', 'Xy7Qm2Lp9Rt4Vb8Nc1Zd6Fh3Jk5Ws0Ea-AbCdEfGhIjKl');
export const OPENAI_LEGACY_KEY = fake('sk-', 'Ab12Cd34Ef56Gh78Ij90Kl12Mn34Op56Qr78St90Uv12Wx34');
export const GOOGLE_API_KEY = fake('AIza', 'SyD8kR2mQ9vX4nL7bT1cE5uH3jW6fA0sG2p');
export const SENDGRID_KEY = fake('SG.', 'aB3dE5fG7hI9jK1lM3nO5p.qR7sT9uV1wX3yZ5aB7cD9eF1gH3iJ5kL7mN9oP1qR3s');
export const TWILIO_API_KEY_SID = fake('SK', '0123456789abcdef0123456789abcdef');
export const TWILIO_ACCOUNT_SID = fake('AC', 'fedcba9876543210fedcba9876543210');
export const WHATSAPP_ACCESS_TOKEN = fake('EAA', 'Gm0PX4ZCpsBAKZBZCmZCXYZ12345abcdefGHIJKLmnopQRstu');
export const D360_API_KEY = fake('kZx9QpL2', 'mN7vB4cR8tY1wE6u');
export const JWT = fake(
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.',
  'eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c',
);
export const PRIVATE_KEY_BODY = fake(
  'MIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gun\n',
  'VTLw7onLRnrq0/IzW7yWR7QkrmBL7jTKEn5u+qKhbwKfBstIs+bMY2Zkp18gnTxK\nLxoS2tFczGkPLPgizskuemMghRniWaoLcyehkd3qqGElvW/VDL5AaWTg0nLVkjRo\n9z+40RQzuVaE8AkAFmxZzow3x+VJYKdjykkJ0iT9wCS0DRTXu269V264Vf/3jvr=\n',
);
