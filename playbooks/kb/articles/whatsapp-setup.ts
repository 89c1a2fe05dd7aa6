import type { DemoArticle } from '../demo-article';

// WhatsApp Business API through 360dialog: connecting an application (webhook, API key) and
// bringing an existing number over.

export const whatsappSetupArticles: DemoArticle[] = [
  {
    group: 'wa-webhook',
    language: 'en',
    category: 'webhooks',
    title: 'Set up a webhook to receive incoming WhatsApp messages',
    body: `Incoming messages and delivery statuses (sent, delivered, read, failed) are pushed to **your** server through a webhook. Until a webhook URL is registered for the number, your application receives nothing, even though customers see the message as delivered.

## Register the URL

Send the URL with your API key:

\`\`\`
POST https://waba-v2.360dialog.io/v1/configs/webhook
D360-API-KEY: <your key>
{"url": "https://example.com/whatsapp/inbound"}
\`\`\`

## Requirements for the endpoint

- It must be public and use **HTTPS** with a valid certificate; self-signed certificates and plain HTTP are refused.
- Answer every POST with status **200** within a few seconds, then process the payload in the background. Slow or failing answers are retried and, after repeated failures, delivery is paused.
- Do not require authentication headers that we cannot send; use a secret path segment instead.

## Still no events?

Check that the URL answers 200 to a test POST from outside your network (firewalls often block it), that the certificate chain is complete, and that you registered the URL for the right number — each number has its own API key and webhook.`,
  },
  {
    group: 'wa-webhook',
    language: 'pt-BR',
    category: 'webhooks',
    title: 'Configurar o webhook para receber mensagens do WhatsApp',
    body: `As mensagens recebidas e os status de entrega (enviada, entregue, lida, falhou) são enviados para o **seu** servidor por meio de um webhook. Enquanto nenhuma URL de webhook estiver cadastrada para o número, sua aplicação não recebe nada, mesmo que o cliente veja a mensagem como entregue.

## Cadastrar a URL

Envie a URL junto com a sua chave de API:

\`\`\`
POST https://waba-v2.360dialog.io/v1/configs/webhook
D360-API-KEY: <sua chave>
{"url": "https://exemplo.com.br/whatsapp/entrada"}
\`\`\`

## Requisitos do endpoint

- Precisa ser público e usar **HTTPS** com certificado válido; certificados autoassinados e HTTP simples são recusados.
- Responda a cada POST com status **200** em poucos segundos e processe o conteúdo depois. Respostas lentas ou com erro são reenviadas e, após falhas seguidas, o envio é pausado.
- Não exija cabeçalhos de autenticação que não conseguimos enviar; use um trecho secreto no caminho da URL.

## Continua sem receber eventos?

Confira se a URL responde 200 a um POST de teste vindo de fora da sua rede (o firewall costuma bloquear), se a cadeia do certificado está completa e se a URL foi cadastrada no número certo — cada número tem a sua própria chave de API e o seu webhook.`,
  },
  {
    group: 'wa-webhook',
    language: 'es',
    category: 'webhooks',
    title: 'Configurar el webhook para recibir mensajes de WhatsApp',
    body: `Los mensajes entrantes y los estados de entrega (enviado, entregado, leído, fallido) se envían a **tu** servidor mediante un webhook. Mientras no haya una URL de webhook registrada para el número, tu aplicación no recibe nada, aunque el cliente vea el mensaje como entregado.

## Registrar la URL

Envía la URL con tu clave de API:

\`\`\`
POST https://waba-v2.360dialog.io/v1/configs/webhook
D360-API-KEY: <tu clave>
{"url": "https://ejemplo.com/whatsapp/entrada"}
\`\`\`

## Requisitos del endpoint

- Debe ser público y usar **HTTPS** con un certificado válido; los certificados autofirmados y HTTP sin cifrar se rechazan.
- Responde a cada POST con el código **200** en pocos segundos y procesa el contenido después. Las respuestas lentas o con error se reintentan y, tras varios fallos, el envío se pausa.
- No exijas cabeceras de autenticación que no podemos enviar; usa un segmento secreto en la ruta.

## ¿Sigues sin recibir eventos?

Comprueba que la URL responde 200 a un POST de prueba desde fuera de tu red (el cortafuegos suele bloquearlo), que la cadena del certificado está completa y que registraste la URL en el número correcto: cada número tiene su propia clave de API y su webhook.`,
  },
  {
    group: 'wa-webhook',
    language: 'de',
    category: 'webhooks',
    title: 'Webhook für eingehende WhatsApp-Nachrichten einrichten',
    body: `Eingehende Nachrichten und Zustellstatus (gesendet, zugestellt, gelesen, fehlgeschlagen) werden per Webhook an **Ihren** Server geschickt. Solange für die Nummer keine Webhook-URL hinterlegt ist, erhält Ihre Anwendung nichts, auch wenn der Kunde die Nachricht als zugestellt sieht.

## URL hinterlegen

Senden Sie die URL mit Ihrem API-Schlüssel:

\`\`\`
POST https://waba-v2.360dialog.io/v1/configs/webhook
D360-API-KEY: <Ihr Schlüssel>
{"url": "https://beispiel.de/whatsapp/eingang"}
\`\`\`

## Anforderungen an den Endpunkt

- Er muss öffentlich erreichbar sein und **HTTPS** mit gültigem Zertifikat verwenden; selbstsignierte Zertifikate und unverschlüsseltes HTTP werden abgelehnt.
- Beantworten Sie jeden POST innerhalb weniger Sekunden mit Status **200** und verarbeiten Sie die Daten danach. Langsame oder fehlerhafte Antworten werden wiederholt, nach wiederholten Fehlern wird die Zustellung pausiert.
- Verlangen Sie keine Authentifizierungs-Header, die wir nicht senden können; nutzen Sie stattdessen einen geheimen Pfadbestandteil.

## Immer noch keine Ereignisse?

Prüfen Sie, ob die URL auf einen Test-POST von außerhalb Ihres Netzwerks mit 200 antwortet (Firewalls blockieren das oft), ob die Zertifikatskette vollständig ist und ob Sie die URL für die richtige Nummer hinterlegt haben — jede Nummer hat ihren eigenen API-Schlüssel und Webhook.`,
  },
  {
    group: 'wa-webhook',
    language: 'ru',
    category: 'webhooks',
    title: 'Как настроить вебхук для получения входящих сообщений WhatsApp',
    body: `Входящие сообщения и статусы доставки (отправлено, доставлено, прочитано, ошибка) передаются на **ваш** сервер через вебхук. Пока для номера не указан адрес вебхука, ваше приложение ничего не получает, хотя клиент видит сообщение доставленным.

## Как указать адрес

Отправьте адрес вместе с API-ключом:

\`\`\`
POST https://waba-v2.360dialog.io/v1/configs/webhook
D360-API-KEY: <ваш ключ>
{"url": "https://example.ru/whatsapp/inbound"}
\`\`\`

## Требования к адресу

- Адрес должен быть доступен из интернета и работать по **HTTPS** с действительным сертификатом; самоподписанные сертификаты и обычный HTTP не принимаются.
- Отвечайте на каждый POST кодом **200** в течение нескольких секунд, а обработку выполняйте потом. Медленные или ошибочные ответы отправляются повторно, а после нескольких неудач доставка приостанавливается.
- Не требуйте заголовков авторизации, которые мы не можем передать; используйте секретную часть пути.

## События всё равно не приходят?

Проверьте, что адрес отвечает 200 на тестовый POST извне вашей сети (часто мешает файрвол), что цепочка сертификатов полная и что вебхук указан для нужного номера — у каждого номера свой API-ключ и свой вебхук.`,
  },
  {
    group: 'wa-api-key',
    language: 'en',
    category: 'messagingApi',
    title: 'Create, find and rotate your 360dialog API key',
    body: `Every request to the WhatsApp Business API carries the API key of the phone number in the \`D360-API-KEY\` header. The key belongs to one number: a company with three numbers has three keys.

## Generate a key

In the 360dialog Client Hub open **Numbers**, choose the number and click **Generate API key**. The key is shown **once**: copy it into your application's secret store straight away. We cannot show it again, and support will never ask you for it.

## Lost or leaked key

If the key was lost, or may have been exposed (pasted into a chat, committed to a repository), generate a new one. Generating a key **revokes the previous one immediately**, so update every system that sends messages right after, or they will start receiving 401 Unauthorized.

## 401 errors

A 401 means the key is missing, mistyped (watch for spaces or line breaks when copying) or was replaced. Check that the header name is exactly \`D360-API-KEY\` and that you are using the key of the number you send from.`,
  },
  {
    group: 'wa-api-key',
    language: 'de',
    category: 'messagingApi',
    title: '360dialog API-Schlüssel erstellen, finden und erneuern',
    body: `Jede Anfrage an die WhatsApp Business API enthält den API-Schlüssel der Telefonnummer im Header \`D360-API-KEY\`. Der Schlüssel gehört zu genau einer Nummer: Ein Unternehmen mit drei Nummern hat drei Schlüssel.

## Schlüssel erzeugen

Öffnen Sie im 360dialog Client Hub **Numbers**, wählen Sie die Nummer und klicken Sie auf **Generate API key**. Der Schlüssel wird **nur einmal** angezeigt: Kopieren Sie ihn sofort in den Geheimnisspeicher Ihrer Anwendung. Wir können ihn nicht erneut anzeigen, und der Support wird Sie nie danach fragen.

## Schlüssel verloren oder offengelegt

Wenn der Schlüssel verloren gegangen ist oder offengelegt sein könnte (in einen Chat kopiert, in ein Repository eingecheckt), erzeugen Sie einen neuen. Ein neuer Schlüssel **sperrt den bisherigen sofort** — aktualisieren Sie danach umgehend alle Systeme, die Nachrichten senden, sonst erhalten diese 401 Unauthorized.

## Fehler 401

Ein 401 bedeutet, dass der Schlüssel fehlt, falsch kopiert wurde (Leerzeichen oder Zeilenumbrüche) oder ersetzt wurde. Prüfen Sie, ob der Header genau \`D360-API-KEY\` heißt und ob Sie den Schlüssel der Nummer verwenden, von der Sie senden.`,
  },
  {
    group: 'wa-api-key',
    language: 'ru',
    category: 'messagingApi',
    title: 'API-ключ 360dialog: как создать, найти и заменить',
    body: `Каждый запрос к WhatsApp Business API передаёт API-ключ номера в заголовке \`D360-API-KEY\`. Ключ относится к одному номеру: у компании с тремя номерами три ключа.

## Как создать ключ

В 360dialog Client Hub откройте раздел **Numbers**, выберите номер и нажмите **Generate API key**. Ключ показывается **только один раз**: сразу сохраните его в хранилище секретов вашего приложения. Повторно показать его мы не можем, и поддержка никогда не попросит прислать ключ.

## Ключ потерян или скомпрометирован

Если ключ утерян или мог попасть к посторонним (отправлен в чат, сохранён в репозитории), создайте новый. Новый ключ **сразу отзывает предыдущий**, поэтому немедленно обновите его во всех системах, которые отправляют сообщения, иначе они начнут получать ошибку 401 Unauthorized.

## Ошибка 401

Ошибка 401 означает, что ключ не передан, скопирован с ошибкой (лишние пробелы или переносы строк) или уже заменён. Проверьте, что заголовок называется именно \`D360-API-KEY\` и что вы используете ключ того номера, с которого отправляете.`,
  },
  {
    group: 'wa-number-migration',
    language: 'en',
    category: 'messagingApi',
    title: 'Migrate an existing WhatsApp Business number from another provider',
    body: `You can bring a number that already uses the WhatsApp Business API with another provider (BSP) to 360dialog without losing its display name, quality rating or messaging limit.

## Before you start

1. **Disable two-step verification** on the number at your current provider (or in WhatsApp Manager). Migration fails while the 6-digit PIN is active.
2. Make sure the number can receive a **verification code by SMS or voice call**. For landlines, choose the voice call.
3. Keep your Meta Business Manager login at hand: the migration is confirmed there.

## During the migration

Start the migration in the Client Hub, enter the code you receive, and the number moves in a few minutes. Messages sent while it moves may fail; plan it outside business hours.

## What does not move

Conversation history stays with the old provider, and approved **message templates must be submitted again** if the number also changes WhatsApp Business Account. Update your webhook and API key in your application once the number shows as *Running*.`,
  },
  {
    group: 'wa-number-migration',
    language: 'pt-BR',
    category: 'messagingApi',
    title: 'Migrar um número do WhatsApp Business de outro provedor',
    body: `Você pode trazer para a 360dialog um número que já usa a API do WhatsApp Business com outro provedor (BSP) sem perder o nome de exibição, a classificação de qualidade ou o limite de mensagens.

## Antes de começar

1. **Desative a verificação em duas etapas** do número no provedor atual (ou no WhatsApp Manager). A migração falha enquanto o PIN de 6 dígitos estiver ativo.
2. Garanta que o número consegue receber o **código de verificação por SMS ou ligação**. Para telefone fixo, escolha a ligação.
3. Tenha em mãos o acesso ao Meta Business Manager: a migração é confirmada lá.

## Durante a migração

Inicie a migração no Client Hub, informe o código recebido e o número é transferido em poucos minutos. Mensagens enviadas durante a transferência podem falhar; faça fora do horário comercial.

## O que não é migrado

O histórico de conversas fica com o provedor antigo, e os **modelos de mensagem aprovados precisam ser enviados de novo** se o número também mudar de conta do WhatsApp Business. Atualize o webhook e a chave de API na sua aplicação quando o número aparecer como *Running*.`,
  },
  {
    group: 'wa-number-migration',
    language: 'de',
    category: 'messagingApi',
    title: 'Bestehende WhatsApp-Business-Nummer von einem anderen Anbieter umziehen',
    body: `Eine Nummer, die die WhatsApp Business API bereits bei einem anderen Anbieter (BSP) nutzt, können Sie zu 360dialog umziehen, ohne Anzeigenamen, Qualitätsbewertung oder Nachrichtenlimit zu verlieren.

## Vorbereitung

1. **Deaktivieren Sie die Zwei-Faktor-Verifizierung** der Nummer beim bisherigen Anbieter (oder im WhatsApp Manager). Solange die 6-stellige PIN aktiv ist, schlägt der Umzug fehl.
2. Stellen Sie sicher, dass die Nummer einen **Bestätigungscode per SMS oder Anruf** empfangen kann. Bei Festnetznummern wählen Sie den Anruf.
3. Halten Sie Ihren Zugang zum Meta Business Manager bereit: Dort wird der Umzug bestätigt.

## Während des Umzugs

Starten Sie die Migration im Client Hub, geben Sie den erhaltenen Code ein, und die Nummer zieht in wenigen Minuten um. Nachrichten, die währenddessen gesendet werden, können fehlschlagen; planen Sie den Umzug außerhalb der Geschäftszeiten.

## Was nicht mit umzieht

Der Gesprächsverlauf bleibt beim alten Anbieter, und freigegebene **Nachrichtenvorlagen müssen erneut eingereicht werden**, wenn die Nummer auch das WhatsApp-Business-Konto wechselt. Aktualisieren Sie Webhook und API-Schlüssel in Ihrer Anwendung, sobald die Nummer als *Running* angezeigt wird.`,
  },
];
