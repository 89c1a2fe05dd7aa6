import type { DemoArticle } from '../demo-article';

// itc: web hosting, domains, mail accounts and billing.

export const itcArticles: DemoArticle[] = [
  {
    group: 'itc-mail-setup',
    language: 'en',
    category: 'mailAccounts',
    title: 'Set up your mail account in Outlook, Thunderbird or on your phone',
    body: `Any mail program can use your itc mailbox. Use these settings, replacing *example.com* with your domain:

| | Server | Port | Security |
|---|---|---|---|
| Incoming (IMAP) | mail.example.com | 993 | SSL/TLS |
| Incoming (POP3) | mail.example.com | 995 | SSL/TLS |
| Outgoing (SMTP) | mail.example.com | 465 (or 587) | SSL/TLS (STARTTLS on 587) |

The **user name is the full email address**, and the outgoing server **requires authentication** with the same user and password.

## IMAP or POP3?

Choose **IMAP** if you read mail on more than one device: messages stay on the server and folders are the same everywhere. POP3 downloads and usually deletes them from the server.

## Cannot send?

If receiving works but sending fails, the outgoing server authentication is usually off, or your internet provider blocks port 25 — use 465 or 587. You can always check your mail in the browser at **webmail.example.com**.`,
  },
  {
    group: 'itc-mail-setup',
    language: 'pt-BR',
    category: 'mailAccounts',
    title: 'Configurar sua conta de e-mail no Outlook, Thunderbird ou no celular',
    body: `Qualquer programa de e-mail pode usar sua caixa postal da itc. Use estes dados, trocando *exemplo.com.br* pelo seu domínio:

| | Servidor | Porta | Segurança |
|---|---|---|---|
| Entrada (IMAP) | mail.exemplo.com.br | 993 | SSL/TLS |
| Entrada (POP3) | mail.exemplo.com.br | 995 | SSL/TLS |
| Saída (SMTP) | mail.exemplo.com.br | 465 (ou 587) | SSL/TLS (STARTTLS na 587) |

O **usuário é o endereço de e-mail completo**, e o servidor de saída **exige autenticação** com o mesmo usuário e senha.

## IMAP ou POP3?

Escolha **IMAP** se você lê e-mails em mais de um aparelho: as mensagens ficam no servidor e as pastas são iguais em todos. O POP3 baixa as mensagens e normalmente as apaga do servidor.

## Recebe mas não envia?

Se o recebimento funciona mas o envio falha, em geral a autenticação do servidor de saída está desligada ou o seu provedor de internet bloqueia a porta 25 — use a 465 ou a 587. Você também pode acessar seus e-mails pelo navegador em **webmail.exemplo.com.br**.`,
  },
  {
    group: 'itc-mail-setup',
    language: 'de',
    category: 'mailAccounts',
    title: 'E-Mail-Konto in Outlook, Thunderbird oder auf dem Handy einrichten',
    body: `Jedes E-Mail-Programm kann Ihr itc-Postfach nutzen. Verwenden Sie diese Einstellungen und ersetzen Sie *beispiel.de* durch Ihre Domain:

| | Server | Port | Sicherheit |
|---|---|---|---|
| Posteingang (IMAP) | mail.beispiel.de | 993 | SSL/TLS |
| Posteingang (POP3) | mail.beispiel.de | 995 | SSL/TLS |
| Postausgang (SMTP) | mail.beispiel.de | 465 (oder 587) | SSL/TLS (STARTTLS bei 587) |

Der **Benutzername ist die vollständige E-Mail-Adresse**, und der Postausgangsserver **erfordert Authentifizierung** mit demselben Benutzer und Passwort.

## IMAP oder POP3?

Wählen Sie **IMAP**, wenn Sie E-Mails auf mehreren Geräten lesen: Die Nachrichten bleiben auf dem Server, und die Ordner sind überall gleich. POP3 lädt die Nachrichten herunter und löscht sie meist vom Server.

## Empfangen geht, Senden nicht?

Meist ist die Authentifizierung für den Postausgangsserver ausgeschaltet, oder Ihr Internetanbieter sperrt Port 25 — verwenden Sie 465 oder 587. Ihre E-Mails erreichen Sie auch im Browser unter **webmail.beispiel.de**.`,
  },
  {
    group: 'itc-mail-setup',
    language: 'ru',
    category: 'mailAccounts',
    title: 'Настройка почтового ящика в Outlook, Thunderbird или на телефоне',
    body: `Ваш почтовый ящик itc работает с любой почтовой программой. Используйте эти настройки, заменив *example.ru* на ваш домен:

| | Сервер | Порт | Шифрование |
|---|---|---|---|
| Входящая почта (IMAP) | mail.example.ru | 993 | SSL/TLS |
| Входящая почта (POP3) | mail.example.ru | 995 | SSL/TLS |
| Исходящая почта (SMTP) | mail.example.ru | 465 (или 587) | SSL/TLS (STARTTLS на 587) |

**Имя пользователя — полный адрес электронной почты**, а сервер исходящей почты **требует авторизации** с тем же логином и паролем.

## IMAP или POP3?

Выбирайте **IMAP**, если читаете почту на нескольких устройствах: письма остаются на сервере, папки везде одинаковые. POP3 скачивает письма и обычно удаляет их с сервера.

## Письма приходят, но не отправляются?

Обычно отключена авторизация на сервере исходящей почты или ваш интернет-провайдер блокирует порт 25 — используйте порт 465 или 587. Почту всегда можно открыть в браузере по адресу **webmail.example.ru**.`,
  },
  {
    group: 'itc-domain-dns',
    language: 'en',
    category: 'domains',
    title: 'Point your domain to your hosting: nameservers and DNS records',
    body: `A domain registered elsewhere reaches your itc site only after its DNS points to us. There are two ways.

## Option 1: change the nameservers (simplest)

At your registrar, replace the nameservers with **ns1.itc.example** and **ns2.itc.example**. We then manage every record for you, including mail.

## Option 2: keep your DNS and add records

| Type | Name | Value |
|---|---|---|
| A | @ | the IP address shown in your panel |
| CNAME | www | example.com |
| MX | @ | mail.example.com (priority 10) |

## Propagation

Changes spread across the internet within minutes, but can take **up to 24–48 hours** because of caches (TTL). During that time some visitors still see the old site. Do not cancel the old hosting until the change has propagated, or mail may be lost. If the site shows an error after two days, check for a leftover AAAA record pointing to the old server.`,
  },
  {
    group: 'itc-domain-dns',
    language: 'de',
    category: 'domains',
    title: 'Domain auf das Hosting umstellen: Nameserver und DNS-Einträge',
    body: `Eine anderswo registrierte Domain erreicht Ihre itc-Website erst, wenn ihr DNS auf uns zeigt. Dafür gibt es zwei Wege.

## Weg 1: Nameserver ändern (am einfachsten)

Ersetzen Sie bei Ihrem Registrar die Nameserver durch **ns1.itc.example** und **ns2.itc.example**. Wir verwalten dann alle Einträge für Sie, auch die für E-Mail.

## Weg 2: eigenes DNS behalten und Einträge anlegen

| Typ | Name | Wert |
|---|---|---|
| A | @ | die IP-Adresse aus Ihrem Kundenbereich |
| CNAME | www | beispiel.de |
| MX | @ | mail.beispiel.de (Priorität 10) |

## Verbreitung

Änderungen verbreiten sich meist in Minuten, können wegen Zwischenspeichern (TTL) aber **bis zu 24–48 Stunden** dauern. In dieser Zeit sehen manche Besucher noch die alte Website. Kündigen Sie das alte Hosting erst nach der Umstellung, sonst können E-Mails verloren gehen. Zeigt die Seite nach zwei Tagen noch einen Fehler, prüfen Sie, ob ein alter AAAA-Eintrag auf den früheren Server verweist.`,
  },
  {
    group: 'itc-domain-dns',
    language: 'ru',
    category: 'domains',
    title: 'Как привязать домен к хостингу: NS-серверы и DNS-записи',
    body: `Домен, зарегистрированный у другого регистратора, откроет ваш сайт на хостинге itc только после того, как его DNS будет указывать на нас. Есть два способа.

## Способ 1: сменить NS-серверы (проще всего)

У регистратора домена замените NS-серверы на **ns1.itc.example** и **ns2.itc.example**. После этого мы сами управляем всеми записями, включая почтовые.

## Способ 2: оставить свой DNS и добавить записи

| Тип | Имя | Значение |
|---|---|---|
| A | @ | IP-адрес из вашей панели управления |
| CNAME | www | example.ru |
| MX | @ | mail.example.ru (приоритет 10) |

## Обновление DNS

Изменения обычно расходятся за несколько минут, но из-за кеширования (TTL) могут занять **до 24–48 часов**. В это время часть посетителей ещё видит старый сайт. Не отключайте старый хостинг, пока изменения не вступили в силу, иначе можно потерять письма. Если через двое суток сайт всё ещё не открывается, проверьте, не осталась ли запись AAAA со старым сервером.`,
  },
  {
    group: 'itc-invoices',
    language: 'en',
    category: 'invoices',
    title: 'Download invoices, get a duplicate payment slip and change billing details',
    body: `All invoices are in the customer area under **Billing > Invoices**, with their PDF and payment status.

## Duplicate payment slip

If the slip (boleto) expired or was lost, open the invoice and click **Issue duplicate**: a new slip with an updated due date and any late fee is generated at once. Payments by card or bank transfer are confirmed within one business day; a slip paid at a bank takes up to three.

## Change billing details

Company name, tax ID and billing address are changed under **Billing > Details**. The change applies to the **next** invoice; an invoice already issued cannot be edited — ask us to cancel and reissue it within the same month.

## Overdue invoices

Services are suspended 10 days after the due date and restored automatically within hours of the payment being confirmed. If you were charged twice, open a request with both receipts and we will refund the difference.`,
  },
  {
    group: 'itc-invoices',
    language: 'pt-BR',
    category: 'invoices',
    title: 'Baixar faturas, emitir segunda via do boleto e alterar dados de cobrança',
    body: `Todas as faturas ficam na área do cliente em **Financeiro > Faturas**, com o PDF e a situação do pagamento.

## Segunda via do boleto

Se o boleto venceu ou se perdeu, abra a fatura e clique em **Emitir segunda via**: um novo boleto com vencimento atualizado e eventuais encargos é gerado na hora. Pagamentos por cartão ou Pix são confirmados em até um dia útil; boleto pago no banco leva até três.

## Alterar dados de cobrança

Razão social, CNPJ e endereço de cobrança são alterados em **Financeiro > Dados de cobrança**. A mudança vale para a **próxima** fatura; uma fatura já emitida não pode ser editada — peça o cancelamento e a reemissão dentro do mesmo mês.

## Faturas em atraso

Os serviços são suspensos 10 dias após o vencimento e religados automaticamente poucas horas depois da confirmação do pagamento. Se houve cobrança em duplicidade, abra um chamado com os dois comprovantes e devolvemos a diferença.`,
  },
  {
    group: 'itc-invoices',
    language: 'de',
    category: 'invoices',
    title: 'Rechnungen herunterladen und Rechnungsadresse ändern',
    body: `Alle Rechnungen finden Sie im Kundenbereich unter **Abrechnung > Rechnungen**, mit PDF und Zahlungsstatus.

## Rechnungsdaten ändern

Firmenname, Steuernummer und Rechnungsadresse ändern Sie unter **Abrechnung > Rechnungsdaten**. Die Änderung gilt ab der **nächsten** Rechnung; eine bereits ausgestellte Rechnung kann nicht bearbeitet werden — bitten Sie uns im selben Monat um Storno und Neuausstellung.

## Zahlung

Zahlungen per Karte oder Überweisung werden innerhalb eines Werktags verbucht. Bei Lastschrift ziehen wir den Betrag zum Fälligkeitsdatum ein; eine Rücklastschrift verursacht Bankgebühren, die wir weiterberechnen müssen.

## Überfällige Rechnungen

Dienste werden 10 Tage nach Fälligkeit gesperrt und wenige Stunden nach Zahlungseingang automatisch wieder freigeschaltet. Wurde doppelt abgebucht, eröffnen Sie eine Anfrage mit beiden Belegen, und wir erstatten die Differenz.`,
  },
  {
    group: 'itc-mailbox-full',
    language: 'en',
    category: 'mailAccounts',
    title: 'Mailbox full: storage quota and how to free space',
    body: `Each mailbox has a **storage quota** (5 GB on the basic plan). When it is full, new messages are refused and senders receive a bounce such as *552 Mailbox full* or *quota exceeded* — you will not even see that they wrote.

## Free space

- Empty the **Trash** and **Spam** folders: deleted mail still counts until they are emptied.
- Sort by size in webmail and delete or save elsewhere old messages with **large attachments**.
- With IMAP, deleting in your mail program deletes on the server too; with POP3, turn on "remove from server after retrieving".

## More space

Administrators can move quota between the domain's mailboxes in the panel under **Mail > Accounts**, or upgrade the plan. Usage is recalculated within a few minutes after you delete messages.`,
  },
  {
    group: 'itc-mailbox-full',
    language: 'ru',
    category: 'mailAccounts',
    title: 'Почтовый ящик переполнен: квота и как освободить место',
    body: `У каждого почтового ящика есть **квота** (5 ГБ на базовом тарифе). Когда ящик переполнен, новые письма не принимаются, а отправители получают уведомление о недоставке вроде *552 Mailbox full* или *quota exceeded* — вы даже не узнаете, что вам писали.

## Как освободить место

- Очистите папки **Корзина** и **Спам**: удалённые письма занимают место, пока папки не очищены.
- Отсортируйте письма по размеру в веб-почте и удалите или сохраните в другом месте старые письма с **большими вложениями**.
- При IMAP удаление в почтовой программе удаляет письма и на сервере; при POP3 включите «удалять с сервера после получения».

## Нужно больше места

Администратор может перераспределить квоту между ящиками домена в панели, в разделе **Почта > Ящики**, или перейти на другой тариф. Занятое место пересчитывается через несколько минут после удаления писем.`,
  },
  {
    group: 'itc-ssl',
    language: 'en',
    category: 'hosting',
    title: 'Enable HTTPS on your website with a free SSL certificate',
    body: `Every site hosted with itc can use a free **Let's Encrypt SSL certificate**, so visitors see the padlock instead of a "Not secure" warning.

## Turn it on

In the panel open **Hosting > SSL**, choose the domain and click **Issue certificate**. The domain (and \`www\`) must already point to our servers — see the DNS article — because the certificate is validated over the web. Issuing takes a few minutes.

## Renewal

Certificates are valid for 90 days and **renew automatically**. Renewal fails if the domain no longer points to us; we email you a week before expiry in that case.

## Padlock still missing?

The page probably loads images or scripts over \`http://\` (mixed content). Change those links to \`https://\`, and enable **Force HTTPS** in the panel to redirect every visitor to the secure address.`,
  },
];
