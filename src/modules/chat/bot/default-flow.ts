import type { ChatFlow } from './flow.schemas';

// The flow used where no category has one of its own: question or problem (R13); questions get
// article suggestions first (R14); problems ask the environment (R15), availability (R7), severity
// (R33) and the details of R41. Texts in the five languages of R31.

const t = (en: string, ptBR: string, es: string, de: string, ru: string) => ({ en, 'pt-BR': ptBR, es, de, ru });

export const defaultChatFlow: ChatFlow = {
  askCategory: true,
  finish: 'ask',
  steps: [
    {
      key: 'kind',
      type: 'choice',
      prompt: t('Is this a question or a problem?', 'É uma dúvida ou um problema?', '¿Es una pregunta o un problema?', 'Haben Sie eine Frage oder ein Problem?', 'У вас вопрос или проблема?'),
      options: [
        { value: 'question', label: t('A question', 'Uma dúvida', 'Una pregunta', 'Eine Frage', 'Вопрос') },
        { value: 'problem', label: t('A problem', 'Um problema', 'Un problema', 'Ein Problem', 'Проблема') },
      ],
    },
    {
      key: 'question',
      type: 'text',
      when: { kind: 'question' },
      prompt: t('What would you like to know? A short sentence is enough.', 'O que você gostaria de saber? Uma frase curta basta.', '¿Qué le gustaría saber? Basta con una frase corta.', 'Was möchten Sie wissen? Ein kurzer Satz genügt.', 'Что вы хотите узнать? Достаточно короткой фразы.'),
    },
    {
      key: 'articles',
      type: 'articles',
      from: 'question',
      when: { kind: 'question' },
      prompt: t('These articles may answer it. Did one of them solve your question?', 'Estes artigos podem responder. Algum deles resolveu sua dúvida?', 'Estos artículos pueden responderla. ¿Alguno resolvió su pregunta?', 'Diese Artikel könnten helfen. Hat einer Ihre Frage beantwortet?', 'Эти статьи могут помочь. Какая-нибудь из них ответила на ваш вопрос?'),
    },
    {
      key: 'environment',
      type: 'choice',
      when: { kind: 'problem' },
      prompt: t('Where does it happen?', 'Onde acontece?', '¿Dónde ocurre?', 'Wo tritt es auf?', 'Где возникает проблема?'),
      options: [
        { value: 'production', label: t('Production', 'Produção', 'Producción', 'Produktion', 'Продакшн') },
        { value: 'homologation', label: t('Homologation (staging)', 'Homologação', 'Homologación (pruebas)', 'Testumgebung', 'Тестовая среда') },
      ],
    },
    {
      key: 'availability',
      type: 'choice',
      when: { kind: 'problem' },
      prompt: t('Can you still use the system?', 'Você ainda consegue usar o sistema?', '¿Puede seguir usando el sistema?', 'Können Sie das System noch nutzen?', 'Можете ли вы пользоваться системой?'),
      options: [
        { value: 'unavailable', label: t('No, it is down', 'Não, está fora do ar', 'No, está caído', 'Nein, es ist ausgefallen', 'Нет, она не работает') },
        { value: 'partial', label: t('Partly', 'Parcialmente', 'En parte', 'Teilweise', 'Частично') },
        { value: 'available', label: t('Yes, it works', 'Sim, funciona', 'Sí, funciona', 'Ja, es funktioniert', 'Да, работает') },
      ],
    },
    {
      key: 'severity',
      type: 'choice',
      when: { kind: 'problem' },
      prompt: t('How serious is it?', 'Qual a gravidade?', '¿Qué tan grave es?', 'Wie schwerwiegend ist es?', 'Насколько это серьёзно?'),
      options: [
        { value: '1', label: t('Critical: down for everyone, data loss or a breach', 'Crítico: fora para todos, perda de dados ou vazamento', 'Crítico: caído para todos, pérdida de datos o filtración', 'Kritisch: für alle ausgefallen, Datenverlust oder Datenleck', 'Критично: не работает у всех, потеря или утечка данных') },
        { value: '2', label: t('Major: some users or a core function', 'Grave: alguns usuários ou função principal', 'Grave: algunos usuarios o una función clave', 'Schwer: einige Nutzer oder eine Kernfunktion', 'Серьёзно: часть пользователей или ключевая функция') },
        { value: '3', label: t('Minor: there is a workaround', 'Menor: há contorno', 'Menor: hay una alternativa', 'Gering: es gibt eine Umgehung', 'Незначительно: есть обходной путь') },
      ],
    },
    {
      key: 'description',
      type: 'text',
      when: { kind: 'problem' },
      prompt: t('Please describe the problem.', 'Descreva o problema, por favor.', 'Describa el problema, por favor.', 'Bitte beschreiben Sie das Problem.', 'Пожалуйста, опишите проблему.'),
    },
    {
      key: 'screenshot',
      type: 'text',
      optional: true,
      when: { kind: 'problem' },
      prompt: t('A link to a screenshot or recording, if you have one.', 'Um link para um print ou gravação, se tiver.', 'Un enlace a una captura o grabación, si la tiene.', 'Ein Link zu einem Screenshot oder einer Aufnahme, falls vorhanden.', 'Ссылка на скриншот или запись, если есть.'),
    },
    {
      key: 'apiRequest',
      type: 'text',
      optional: true,
      when: { kind: 'problem' },
      prompt: t('The API request and response, if it is about the API.', 'A requisição e a resposta da API, se for sobre a API.', 'La petición y la respuesta de la API, si se trata de la API.', 'Die API-Anfrage und -Antwort, falls es um die API geht.', 'Запрос и ответ API, если речь об API.'),
    },
    {
      key: 'timestamp',
      type: 'text',
      optional: true,
      when: { kind: 'problem' },
      prompt: t('When did it happen (date, time and time zone)?', 'Quando aconteceu (data, hora e fuso)?', '¿Cuándo ocurrió (fecha, hora y zona horaria)?', 'Wann ist es passiert (Datum, Uhrzeit, Zeitzone)?', 'Когда это произошло (дата, время, часовой пояс)?'),
    },
    {
      key: 'impact',
      type: 'text',
      optional: true,
      when: { kind: 'problem' },
      prompt: t('What is the impact on your business?', 'Qual o impacto no seu negócio?', '¿Cuál es el impacto en su negocio?', 'Welche Auswirkungen hat es auf Ihr Geschäft?', 'Как это влияет на ваш бизнес?'),
    },
  ],
};
