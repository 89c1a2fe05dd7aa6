import type { DemoArticle } from '../demo-article';

// Contele: the field-team tracking app (phones of the team send GPS positions to the web panel).

export const conteleArticles: DemoArticle[] = [
  {
    group: 'contele-gps',
    language: 'pt-BR',
    category: 'trackerOffline',
    title: 'A localização do colaborador não atualiza no painel',
    body: `Quando o ponto de um colaborador fica parado no mapa ou some do painel, quase sempre o celular está impedindo o aplicativo Contele de rodar em segundo plano.

## Confira no celular do colaborador

1. **Permissão de localização**: em Configurações > Apps > Contele > Permissões, marque *Permitir o tempo todo*. "Somente durante o uso" interrompe o envio quando a tela apaga.
2. **Economia de bateria**: desative a otimização de bateria para o Contele. Em aparelhos Xiaomi, Motorola e Samsung também é preciso liberar a *inicialização automática* e não "limpar" o app da lista de recentes.
3. **GPS e internet**: o GPS precisa estar ligado em modo de alta precisão, e o aparelho precisa de dados móveis ou Wi-Fi para enviar as posições.

## Ainda sem atualizar?

Abra o aplicativo, toque em **Sincronizar** e verifique a data do último envio. Posições registradas sem internet ficam guardadas e são enviadas quando a conexão volta. Se o último envio for antigo mesmo com internet, reinstale o aplicativo e faça login de novo.`,
  },
  {
    group: 'contele-gps',
    language: 'en',
    category: 'trackerOffline',
    title: 'A team member\'s location does not update on the map',
    body: `When a team member's pin stays still on the map or disappears from the panel, the phone is almost always stopping the Contele app from running in the background.

## Check on the team member's phone

1. **Location permission**: in Settings > Apps > Contele > Permissions, choose *Allow all the time*. "Only while using the app" stops tracking as soon as the screen turns off.
2. **Battery saving**: turn off battery optimisation for Contele. On Xiaomi, Motorola and Samsung phones, also allow *autostart* and do not swipe the app away from the recent apps list.
3. **GPS and data**: GPS must be on in high-accuracy mode, and the phone needs mobile data or Wi-Fi to send its positions.

## Still not updating?

Open the app, tap **Sync** and check the time of the last upload. Positions recorded without a connection are kept and sent when the connection returns. If the last upload is old even with internet access, reinstall the app and sign in again.`,
  },
  {
    group: 'contele-gps',
    language: 'es',
    category: 'trackerOffline',
    title: 'La ubicación del colaborador no se actualiza en el mapa',
    body: `Cuando el punto de un colaborador se queda quieto en el mapa o desaparece del panel, casi siempre el teléfono está impidiendo que la aplicación Contele funcione en segundo plano.

## Revisa en el teléfono del colaborador

1. **Permiso de ubicación**: en Ajustes > Aplicaciones > Contele > Permisos, elige *Permitir todo el tiempo*. "Solo mientras se usa la app" detiene el rastreo en cuanto se apaga la pantalla.
2. **Ahorro de batería**: desactiva la optimización de batería para Contele. En teléfonos Xiaomi, Motorola y Samsung también hay que permitir el *inicio automático* y no cerrar la app desde la lista de recientes.
3. **GPS y datos**: el GPS debe estar activado en modo de alta precisión, y el teléfono necesita datos móviles o Wi-Fi para enviar las posiciones.

## ¿Sigue sin actualizarse?

Abre la aplicación, toca **Sincronizar** y mira la hora del último envío. Las posiciones registradas sin conexión se guardan y se envían cuando vuelve la conexión. Si el último envío es antiguo aunque haya internet, reinstala la aplicación e inicia sesión de nuevo.`,
  },
  {
    group: 'contele-login',
    language: 'pt-BR',
    category: 'login',
    title: 'Não consigo entrar no aplicativo Contele',
    body: `O login no aplicativo usa o **e-mail** (ou CPF) e a senha cadastrados pelo gestor da sua empresa no painel web.

## Mensagens mais comuns

- **"Usuário ou senha inválidos"**: confira se o teclado não colocou letra maiúscula no início do e-mail ou um espaço no final. Se esqueceu a senha, toque em **Esqueci minha senha**: o link para criar uma nova chega por e-mail em alguns minutos (veja também a caixa de spam).
- **"Usuário inativo"**: o gestor desativou o seu acesso ou a licença acabou. Só o gestor da empresa pode reativar, em Equipe > Colaboradores.
- **"Acesso bloqueado"**: após cinco tentativas erradas o acesso fica bloqueado por 15 minutos.

## Trocou de celular?

Instale o aplicativo pela loja oficial, abra e entre com os mesmos dados. Se a empresa limita o acesso a um aparelho, peça ao gestor para **liberar o novo dispositivo** no painel.`,
  },
  {
    group: 'contele-login',
    language: 'en',
    category: 'login',
    title: 'I cannot sign in to the Contele app',
    body: `The app signs you in with the **email** (or tax ID) and password that your company's manager registered in the web panel.

## The usual messages

- **"Invalid user or password"**: check that the keyboard did not capitalise the first letter of the email or add a space at the end. If you forgot the password, tap **Forgot my password**: a link to choose a new one arrives by email within a few minutes (check the spam folder too).
- **"Inactive user"**: the manager deactivated your access or the licence ran out. Only your company's manager can reactivate it, under Team > Members.
- **"Access blocked"**: after five wrong attempts, access is blocked for 15 minutes.

## New phone?

Install the app from the official store, open it and sign in with the same details. If your company limits access to one device, ask the manager to **release the new device** in the panel.`,
  },
  {
    group: 'contele-login',
    language: 'es',
    category: 'login',
    title: 'No puedo iniciar sesión en la aplicación Contele',
    body: `La aplicación inicia sesión con el **correo electrónico** (o documento) y la contraseña que el gestor de tu empresa registró en el panel web.

## Mensajes más comunes

- **"Usuario o contraseña inválidos"**: comprueba que el teclado no puso mayúscula en la primera letra del correo ni un espacio al final. Si olvidaste la contraseña, toca **Olvidé mi contraseña**: el enlace para crear una nueva llega por correo en pocos minutos (revisa también la carpeta de spam).
- **"Usuario inactivo"**: el gestor desactivó tu acceso o la licencia terminó. Solo el gestor de tu empresa puede reactivarlo, en Equipo > Colaboradores.
- **"Acceso bloqueado"**: tras cinco intentos fallidos, el acceso queda bloqueado durante 15 minutos.

## ¿Cambiaste de teléfono?

Instala la aplicación desde la tienda oficial, ábrela e inicia sesión con los mismos datos. Si tu empresa limita el acceso a un dispositivo, pide al gestor que **libere el nuevo dispositivo** en el panel.`,
  },
  {
    group: 'contele-new-member',
    language: 'pt-BR',
    category: 'productUse',
    title: 'Cadastrar um novo colaborador na equipe',
    body: `Cada pessoa da equipe de campo precisa de um cadastro e de uma licença para usar o aplicativo.

## No painel web

1. Acesse **Equipe > Colaboradores** e clique em **Novo colaborador**.
2. Preencha nome, e-mail e celular. O e-mail será o login do aplicativo.
3. Escolha o **horário de trabalho**: fora dele o aplicativo não registra a localização, o que protege a privacidade do colaborador.
4. Salve. O colaborador recebe por e-mail e SMS o convite com o link para baixar o aplicativo e criar a senha.

## Sem licença disponível?

O botão fica desabilitado quando todas as licenças do contrato estão em uso. Desative um colaborador que saiu da empresa (o histórico dele é mantido) ou fale com o comercial para contratar mais licenças.`,
  },
  {
    group: 'contele-new-member',
    language: 'en',
    category: 'productUse',
    title: 'Add a new member to your field team',
    body: `Every person in the field team needs a profile and a licence to use the app.

## In the web panel

1. Go to **Team > Members** and click **New member**.
2. Fill in name, email and mobile number. The email becomes their app login.
3. Choose the **working hours**: outside them the app records no location, which protects the member's privacy.
4. Save. The member receives the invitation by email and SMS with a link to download the app and choose a password.

## No licence available?

The button is disabled when every licence of your contract is in use. Deactivate someone who has left the company (their history is kept) or contact sales to add licences.`,
  },
];
