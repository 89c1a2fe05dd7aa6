import type { DemoArticle } from '../demo-article';

// WhatsApp Business API through 360dialog: sending — templates, the customer service window and
// throughput limits.

export const whatsappMessagingArticles: DemoArticle[] = [
  {
    group: 'wa-templates',
    language: 'en',
    category: 'templates',
    title: 'Message templates: submitting them for approval and why Meta rejects them',
    body: `To start a conversation, or to write to a customer more than 24 hours after their last message, you must use a **message template** that Meta has approved.

## Submit a template

Create it in the Client Hub under **Templates** or through the API. Choose the category that matches the content — **Marketing**, **Utility** (order updates, reminders) or **Authentication** (one-time codes). Review usually takes from a few minutes up to 24 hours; the status changes to *Approved* or *Rejected*.

## Common rejection reasons

- The category does not match the content, e.g. a promotion submitted as Utility.
- A variable such as \`{{1}}\` stands at the very beginning or end of the text, or two variables follow each other.
- The sample values for the variables are missing or unrealistic.
- The text asks for sensitive data (card numbers, passwords) or breaks the WhatsApp Commerce Policy.
- Spelling mistakes, or a template that is a near duplicate of an existing one.

Fix the reason given in the rejection and submit it as a **new template** with a new name; a rejected template cannot be edited. Approved templates can later be paused or disabled if customers block or report them.`,
  },
  {
    group: 'wa-templates',
    language: 'es',
    category: 'templates',
    title: 'Plantillas de mensajes: cómo enviarlas a aprobación y por qué Meta las rechaza',
    body: `Para iniciar una conversación, o para escribir a un cliente más de 24 horas después de su último mensaje, debes usar una **plantilla de mensaje** aprobada por Meta.

## Enviar una plantilla

Créala en el Client Hub, en **Templates**, o mediante la API. Elige la categoría que corresponde al contenido: **Marketing**, **Utilidad** (avisos de pedidos, recordatorios) o **Autenticación** (códigos de un solo uso). La revisión suele tardar desde unos minutos hasta 24 horas; el estado cambia a *Aprobada* o *Rechazada*.

## Motivos frecuentes de rechazo

- La categoría no corresponde al contenido, por ejemplo una promoción enviada como Utilidad.
- Una variable como \`{{1}}\` está al principio o al final del texto, o hay dos variables seguidas.
- Faltan los valores de ejemplo de las variables o no son realistas.
- El texto pide datos sensibles (números de tarjeta, contraseñas) o incumple la Política de Comercio de WhatsApp.
- Errores de ortografía, o una plantilla casi idéntica a otra existente.

Corrige el motivo indicado en el rechazo y envíala como una **plantilla nueva** con otro nombre; una plantilla rechazada no se puede editar. Las plantillas aprobadas pueden pausarse o desactivarse si los clientes las bloquean o denuncian.`,
  },
  {
    group: 'wa-templates',
    language: 'ru',
    category: 'templates',
    title: 'Шаблоны сообщений: отправка на модерацию и причины отклонения',
    body: `Чтобы начать диалог или написать клиенту позже чем через 24 часа после его последнего сообщения, нужно использовать **шаблон сообщения**, одобренный Meta.

## Как отправить шаблон

Создайте шаблон в Client Hub в разделе **Templates** или через API. Выберите категорию, соответствующую содержанию: **Marketing** (реклама), **Utility** (статус заказа, напоминания) или **Authentication** (одноразовые коды). Проверка обычно занимает от нескольких минут до 24 часов; статус меняется на *Approved* или *Rejected*.

## Частые причины отклонения

- Категория не соответствует тексту, например рекламная рассылка отправлена как Utility.
- Переменная вроде \`{{1}}\` стоит в самом начале или в конце текста, или две переменные идут подряд.
- Не указаны примеры значений переменных или они неправдоподобны.
- Текст запрашивает конфиденциальные данные (номера карт, пароли) или нарушает правила торговли WhatsApp.
- Орфографические ошибки или шаблон почти полностью повторяет уже существующий.

Исправьте указанную причину и отправьте шаблон как **новый** под другим именем: отклонённый шаблон редактировать нельзя. Одобренные шаблоны могут быть приостановлены или отключены, если клиенты их блокируют или жалуются.`,
  },
  {
    group: 'wa-rate-limits',
    language: 'en',
    category: 'messagingApi',
    title: 'Rate limits, messaging tiers and error 429 Too Many Requests',
    body: `Two different limits apply when you send WhatsApp messages, and they fail in different ways.

## Throughput: requests per second

Each number can send about **80 messages per second**; bursts above that receive **HTTP 429 Too Many Requests**. Queue your outgoing messages and retry 429 answers with exponential backoff (for example 1 s, 2 s, 4 s) instead of retrying at once, which only prolongs the throttling.

## Messaging tier: customers per day

Business-initiated conversations are limited by the number's **messaging tier**: 250, 1,000, 10,000, 100,000 or unlimited unique customers in a rolling 24 hours. A new number starts low and moves up automatically when it sends to many customers with a good **quality rating**. Messages above the tier fail with error 131048 or are not delivered.

## Raising the limits

Keep the quality rating green (customers who block or report you lower it), verify your business in Meta Business Manager, and grow the volume gradually. Support cannot raise the tier by hand.`,
  },
  {
    group: 'wa-rate-limits',
    language: 'es',
    category: 'messagingApi',
    title: 'Límites de envío, niveles de mensajería y el error 429 Too Many Requests',
    body: `Al enviar mensajes de WhatsApp se aplican dos límites distintos, y cada uno falla de forma diferente.

## Velocidad: peticiones por segundo

Cada número puede enviar unos **80 mensajes por segundo**; las ráfagas por encima reciben **HTTP 429 Too Many Requests**. Pon tus envíos en una cola y reintenta las respuestas 429 con espera exponencial (por ejemplo 1 s, 2 s, 4 s) en lugar de reintentar enseguida, lo que solo alarga el bloqueo.

## Nivel de mensajería: clientes por día

Las conversaciones que inicia la empresa están limitadas por el **nivel de mensajería** del número: 250, 1.000, 10.000, 100.000 o ilimitados clientes únicos en 24 horas. Un número nuevo empieza en un nivel bajo y sube automáticamente cuando envía a muchos clientes con una buena **calificación de calidad**. Los mensajes por encima del nivel fallan con el error 131048 o no se entregan.

## Cómo subir los límites

Mantén la calificación de calidad en verde (los clientes que te bloquean o denuncian la bajan), verifica tu empresa en Meta Business Manager y aumenta el volumen poco a poco. El soporte no puede subir el nivel manualmente.`,
  },
  {
    group: 'wa-rate-limits',
    language: 'ru',
    category: 'messagingApi',
    title: 'Лимиты отправки, уровни рассылки и ошибка 429 Too Many Requests',
    body: `При отправке сообщений WhatsApp действуют два разных ограничения, и срабатывают они по-разному.

## Скорость: запросов в секунду

Каждый номер может отправлять около **80 сообщений в секунду**; при превышении запросы получают ответ **HTTP 429 Too Many Requests**. Ставьте исходящие сообщения в очередь и повторяйте запросы после 429 с экспоненциальной задержкой (например, 1 с, 2 с, 4 с), а не сразу — немедленные повторы только продлевают ограничение.

## Уровень рассылки: клиентов в сутки

Диалоги, которые начинает компания, ограничены **уровнем рассылки** номера: 250, 1 000, 10 000, 100 000 или без ограничения уникальных клиентов за скользящие 24 часа. Новый номер начинает с низкого уровня и повышается автоматически, если отправляет многим клиентам при хорошем **рейтинге качества**. Сообщения сверх лимита завершаются ошибкой 131048 или не доставляются.

## Как повысить лимиты

Следите, чтобы рейтинг качества оставался зелёным (блокировки и жалобы клиентов его снижают), пройдите проверку компании в Meta Business Manager и наращивайте объём постепенно. Поддержка не может повысить уровень вручную.`,
  },
  {
    group: 'wa-24h-window',
    language: 'en',
    category: 'messagingApi',
    title: 'Why a free-form message fails: the 24-hour customer service window',
    body: `A customer's message opens a **24-hour customer service window**. Inside it you may answer with any free-form message — text, images, documents. Once 24 hours have passed since the customer's **last** message, only an approved template can be sent.

## The error

Sending a normal text message outside the window fails with error **131047 "Re-engagement message"**: the API accepts the request, and the failure arrives later as a *failed* status on your webhook.

## What to do

- Send an approved template (for example "We have an update on your request, reply to continue") and wait for the customer to answer: their reply opens a new window.
- Store the time of each customer's last message, so your application chooses a template automatically when the window has closed.
- Answering quickly avoids the problem altogether: most windows close because a reply waited overnight.`,
  },
  {
    group: 'wa-24h-window',
    language: 'es',
    category: 'messagingApi',
    title: 'Por qué falla un mensaje libre: la ventana de atención de 24 horas',
    body: `Un mensaje del cliente abre una **ventana de atención de 24 horas**. Dentro de ella puedes responder con cualquier mensaje libre: texto, imágenes, documentos. Cuando pasan 24 horas desde el **último** mensaje del cliente, solo se puede enviar una plantilla aprobada.

## El error

Un mensaje de texto normal enviado fuera de la ventana falla con el error **131047 "Re-engagement message"**: la API acepta la petición y el fallo llega después como estado *failed* en tu webhook.

## Qué hacer

- Envía una plantilla aprobada (por ejemplo "Tenemos novedades sobre tu solicitud, responde para continuar") y espera la respuesta del cliente: su respuesta abre una nueva ventana.
- Guarda la hora del último mensaje de cada cliente, para que tu aplicación elija una plantilla automáticamente cuando la ventana se haya cerrado.
- Responder rápido evita el problema: la mayoría de las ventanas se cierran porque una respuesta esperó toda la noche.`,
  },
];
