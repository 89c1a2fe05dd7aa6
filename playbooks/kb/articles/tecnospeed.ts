import type { DemoArticle } from '../demo-article';

// Tecnospeed: issuing Brazilian electronic invoices (NF-e for goods, NFS-e for services) through
// the API, with digital certificates and the SEFAZ authorisation service.

export const tecnospeedArticles: DemoArticle[] = [
  {
    group: 'nfe-certificate',
    language: 'pt-BR',
    title: 'Instalar e renovar o certificado digital A1 para emitir NF-e',
    body: `Toda nota fiscal eletrônica é assinada com o **certificado digital** da empresa emissora. A API aceita o certificado **A1** (arquivo \`.pfx\` ou \`.p12\`); o modelo A3, em token ou cartão, não pode ser usado na nuvem.

## Enviar o certificado

No painel, abra **Empresas > Certificados** e envie o arquivo \`.pfx\` com a senha definida na compra. Pela API, use \`POST /certificado\` com o arquivo e a senha e depois vincule o id retornado ao CNPJ emissor.

## Erros ao enviar

- **"Senha do certificado inválida"**: a senha é a do arquivo, criada na emissão do certificado, e não a do painel.
- **"CNPJ do certificado difere do emitente"**: o certificado precisa ser do mesmo CNPJ base (8 primeiros dígitos) da empresa que emite as notas.

## Renovação

O A1 vale **um ano**. Avisamos por e-mail 30 dias antes do vencimento. Com o certificado vencido a SEFAZ recusa as notas; basta enviar o novo arquivo do mesmo jeito, sem mudar nada na sua integração.`,
  },
  {
    group: 'nfe-certificate',
    language: 'en',
    title: 'Install and renew the A1 digital certificate used to sign NF-e invoices',
    body: `Every Brazilian electronic invoice is signed with the issuing company's **digital certificate**. The API accepts **A1** certificates (a \`.pfx\` or \`.p12\` file); A3 certificates, kept on a token or smart card, cannot be used in the cloud.

## Upload the certificate

In the panel, open **Companies > Certificates** and upload the \`.pfx\` file with the password chosen when it was bought. Through the API, call \`POST /certificado\` with the file and password, then link the returned id to the issuing company's CNPJ.

## Upload errors

- **"Invalid certificate password"**: this is the file's own password, set when the certificate was issued, not your panel password.
- **"Certificate CNPJ differs from the issuer"**: the certificate must belong to the same base CNPJ (first 8 digits) as the company issuing the invoices.

## Renewal

An A1 certificate is valid for **one year**. We email you 30 days before it expires. SEFAZ refuses invoices signed with an expired certificate; upload the new file the same way — nothing changes in your integration.`,
  },
  {
    group: 'nfe-rejections',
    language: 'pt-BR',
    title: 'Rejeições da SEFAZ mais comuns na NF-e e como corrigir',
    body: `Quando a SEFAZ não autoriza uma nota, ela devolve um **código de rejeição** e um motivo. A nota rejeitada não tem validade e pode ser corrigida e enviada de novo com o mesmo número.

| Código | Motivo | Como corrigir |
|---|---|---|
| 204 | Duplicidade de NF-e | A nota já foi autorizada: consulte pela chave de acesso em vez de reenviar. |
| 539 | Duplicidade com diferença na chave de acesso | O número já foi usado com outros dados (data ou código numérico). Use o próximo número ou inutilize a faixa. |
| 225 | Falha no schema XML | Um campo está vazio, com formato ou tamanho errado; o retorno indica qual. |
| 213 | CNPJ-base do emitente difere do certificado | O certificado é de outra empresa; envie o certificado correto. |
| 301 / 302 | Uso denegado | Irregularidade fiscal do emitente ou do destinatário na SEFAZ; a nota não pode ser usada. |
| 778 | NCM inexistente | Corrija o código NCM do produto na tabela vigente. |

## Dicas

Verifique se o ambiente (homologação ou produção) está certo, se o relógio do servidor está correto — datas no futuro geram a rejeição 703 — e se o certificado não venceu.`,
  },
  {
    group: 'nfe-rejections',
    language: 'en',
    title: 'Common SEFAZ rejection codes for NF-e and how to fix them',
    body: `When SEFAZ does not authorise an invoice, it returns a **rejection code** and a reason. A rejected invoice has no legal value and can be corrected and sent again with the same number.

| Code | Reason | How to fix |
|---|---|---|
| 204 | Duplicate NF-e | The invoice was already authorised: query it by its access key instead of sending it again. |
| 539 | Duplicate with a different access key | The number was used with other data (date or numeric code). Use the next number or void the range. |
| 225 | XML schema failure | A field is empty, or has the wrong format or length; the answer says which. |
| 213 | Issuer base CNPJ differs from the certificate | The certificate belongs to another company; upload the right one. |
| 301 / 302 | Use denied | The issuer or the recipient is in an irregular tax situation at SEFAZ; the invoice cannot be used. |
| 778 | Unknown NCM | Correct the product's NCM code using the current table. |

## Tips

Check that the environment (homologation or production) is the right one, that the server clock is correct — dates in the future cause rejection 703 — and that the certificate has not expired.`,
  },
  {
    group: 'nfe-environment',
    language: 'pt-BR',
    title: 'Homologação ou produção: em qual ambiente emitir e como trocar',
    body: `A SEFAZ tem dois ambientes. Em **homologação** (\`tpAmb = 2\`) as notas servem apenas para testes e **não têm valor fiscal**; em **produção** (\`tpAmb = 1\`) cada nota autorizada vale de verdade e precisa ser cancelada se for emitida por engano.

## Testar em homologação

Use homologação enquanto desenvolve a integração. Nesse ambiente o nome do destinatário deve ser *NF-E EMITIDA EM AMBIENTE DE HOMOLOGACAO - SEM VALOR FISCAL*, caso contrário a SEFAZ rejeita a nota. A numeração de homologação é separada da de produção.

## Passar para produção

1. Cadastre o certificado A1 da empresa e confirme a inscrição estadual.
2. No painel, em **Empresas > Configurações**, altere o ambiente para **Produção**, ou envie \`"ambiente": "producao"\` na requisição.
3. Ajuste a série e o próximo número da nota para continuar a sequência que a empresa já usava.

Uma nota emitida em homologação não pode ser "convertida": emita uma nova em produção.`,
  },
  {
    group: 'nfse-issuing',
    language: 'pt-BR',
    title: 'Emissão de NFS-e: RPS, lotes e o padrão de cada prefeitura',
    body: `A nota fiscal de serviço eletrônica (**NFS-e**) é emitida pela **prefeitura** do município do prestador, e não pela SEFAZ. Por isso as regras mudam de cidade para cidade: cada prefeitura adota um padrão (ABRASF, próprio ou o padrão nacional).

## Como funciona

1. Sua aplicação envia um **RPS** (recibo provisório de serviço) com os dados do serviço, do tomador e a alíquota de ISS.
2. Os RPS são agrupados em um **lote** e transmitidos à prefeitura. Em muitas cidades o processamento é assíncrono: consulte a situação do lote até receber o número da NFS-e.
3. Com a nota gerada, baixe o PDF e o XML pela API.

## Problemas frequentes

- **Lote em processamento por horas**: a prefeitura está lenta ou fora do ar; não reenvie o RPS, para não gerar nota em duplicidade.
- **Código de serviço inválido**: use o item da lista de serviços (LC 116) e o código municipal aceito pela sua cidade.
- **Inscrição municipal não informada**: cadastre-a no painel da empresa.`,
  },
  {
    group: 'nfe-cancel',
    language: 'pt-BR',
    title: 'Cancelar uma NF-e ou corrigir com carta de correção',
    body: `Uma NF-e autorizada pode ser **cancelada** apenas dentro do prazo da SEFAZ do seu estado — em geral **24 horas** após a autorização — e desde que a mercadoria ainda não tenha circulado.

## Cancelamento

Envie o evento de cancelamento com a chave de acesso e uma **justificativa de pelo menos 15 caracteres**. Fora do prazo, a SEFAZ devolve a rejeição 501; nesse caso emita uma nota de entrada (devolução) para anular a operação.

## Carta de correção (CC-e)

Para erros que não mudam o valor da operação — endereço, dados do transporte, descrição do produto — use a **carta de correção eletrônica**. Ela **não pode** alterar valores, impostos, quantidade, CNPJ ou data de emissão. Cada nova carta substitui a anterior, até 20 por nota.

## Números não utilizados

Se uma sequência de números foi pulada (por exemplo, notas rejeitadas que não serão reenviadas), faça a **inutilização** da faixa até o dia 10 do mês seguinte.`,
  },
];
