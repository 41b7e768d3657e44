# disclose — textos em português europeu (traduzidos de en.ftl; as mensagens em falta aparecem em inglês).
#
# Variáveis da página: $policy (nome da política), $controller (responsável pelo
# tratamento), $sites (sítios web), $effective (data de entrada em vigor), $version,
# $authority (autoridade de controlo).
#
# A terminologia segue a versão portuguesa do Regulamento Geral sobre a Proteção de
# Dados (Regulamento (UE) 2016/679, RGPD); citações na forma "artigo 6.º, n.º 1,
# alínea a), do RGPD". Tratamento: formal, na 3.ª pessoa.

## Documentos

language-name = Português

cookie-policy-title = Política de cookies
privacy-policy-title = Política de privacidade
document-subtitle = { $policy }
effective-date = Em vigor desde: { $effective }
policy-version = Versão { $version }
language-switcher = Outras línguas
contents = Índice
generated-by = Gerado pelo disclose a partir do catálogo de { $controller }.
index-title = Políticas publicadas
index-document = Documento
index-language = Língua
index-files = Ficheiros

## Política de cookies

cookie-intro = A presente política explica que cookies e tecnologias semelhantes { $controller } utiliza, quem os coloca, porquê e por quanto tempo, e como os pode gerir.
cookie-intro-sites = Aplica-se a: { $sites }.
what-are-cookies-heading = O que são cookies
what-are-cookies = Os cookies são pequenos ficheiros de texto que um sítio web guarda no seu navegador. São reenviados ao sítio web em visitas posteriores, para que este possa reconhecer o seu navegador. Tecnologias semelhantes, como o armazenamento local e os píxeis de rastreio, funcionam da mesma forma e estão igualmente abrangidas pela presente política.
session-vs-persistent = Os cookies de sessão são apagados quando fecha o navegador. Os cookies persistentes permanecem no seu dispositivo até expirarem ou até os apagar.

consent-heading = O seu consentimento
consent-necessary = Os cookies estritamente necessários ao funcionamento do sítio web são colocados sem o seu consentimento. Todos os outros cookies só são colocados da forma descrita abaixo.
consent-mechanism-opt-in-banner = Pedimos o seu consentimento antes de colocar cookies que não sejam estritamente necessários. Na sua primeira visita ao sítio web escolhe as categorias que aceita.
consent-mechanism-browser-settings = São as definições de cookies do seu navegador que determinam que cookies podem ser colocados.
consent-mechanism-implied = Consideramos a continuação da utilização do sítio web como aceitação dos nossos cookies.
consent-mechanism-none = Não pedimos consentimento para a colocação de cookies.
consent-notice = O nosso aviso de consentimento diz:
consent-withdraw = Pode retirar ou alterar o seu consentimento a qualquer momento. A retirada não compromete a licitude da utilização de cookies anterior à retirada.
consent-gpc = Respeitamos o Global Privacy Control (GPC). Quando o seu navegador envia este sinal e ainda não fez uma escolha, tratamo-lo como uma recusa destes cookies: { $categories }, e não colocamos nenhum deles, a menos que os permita nas definições de cookies. O sinal não altera os cookies estritamente necessários nem as outras categorias, sobre as quais continuamos a perguntar-lhe.
consent-withdrawal-effect = Se retirar o seu consentimento:

cookies-heading = Cookies que utilizamos
cookies-none = Este sítio web não utiliza cookies.
cookie-table-caption = Cookies colocados neste sítio web
column-name = Nome
column-provider = Fornecedor
column-role = Função
column-purpose = Finalidade
column-category = Categoria
column-duration = Duração
column-party = Origem
column-description = Descrição
party-first = Próprio
party-third = De terceiros
cookie-unnamed = nome não indicado
cookie-example = Exemplo: { $example }
cookie-retention = As informações recolhidas são conservadas durante { $retention }.
cookie-retention-session = As informações recolhidas são conservadas até ao fim da sessão.
cookie-retention-not-stated = Não é indicado durante quanto tempo são conservadas as informações recolhidas.
cookie-pattern = A parte entre parênteses angulares varia.
provider-first-party = { $controller }

category-necessary = Estritamente necessários
category-preferences = Preferências
category-analytics = Estatísticas
category-marketing = Marketing
category-necessary-description = Necessários ao funcionamento do sítio web, por exemplo para manter a sua sessão iniciada. Não podem ser desativados.
category-preferences-description = Memorizam as suas escolhas, como a língua, para tornar a utilização do sítio web mais cómoda.
category-analytics-description = Contam as visitas e medem a forma como o sítio web é utilizado, para que possa ser melhorado.
category-marketing-description = Acompanham a sua atividade para apresentar conteúdos e publicidade relevantes ou para medir campanhas.

storage-cookie = Cookie
storage-local-storage = Armazenamento local
storage-session-storage = Armazenamento de sessão
storage-indexed-db = IndexedDB
storage-pixel = Píxel de rastreio
storage-flash = Flash local shared object

duration-session = Sessão
duration-persistent = Persistente (período não indicado)
duration-not-stated = Não indicado
duration-year = { $plural ->
    [one] { $count } ano
   *[other] { $count } anos
}
duration-month = { $plural ->
    [one] { $count } mês
   *[other] { $count } meses
}
duration-week = { $plural ->
    [one] { $count } semana
   *[other] { $count } semanas
}
duration-day = { $plural ->
    [one] { $count } dia
   *[other] { $count } dias
}
duration-hour = { $plural ->
    [one] { $count } hora
   *[other] { $count } horas
}
duration-minute = { $plural ->
    [one] { $count } minuto
   *[other] { $count } minutos
}
duration-second = { $plural ->
    [one] { $count } segundo
   *[other] { $count } segundos
}

managing-heading = Gerir os cookies
managing-browser = Pode bloquear ou apagar cookies nas definições do seu navegador. Cada navegador fá-lo de forma diferente; as suas páginas de ajuda explicam como. Se bloquear os cookies estritamente necessários, partes do sítio web podem deixar de funcionar.

## Destinatários e transferências

third-parties-heading = Terceiros
recipients-heading = Quem recebe os seus dados
recipients-none = Não divulgamos dados pessoais a outras organizações.
recipient-service-label = Serviço
recipient-country-label = Trata dados em
recipient-transfer-label = Garantia da transferência
recipient-own-purposes-label = Finalidades próprias
recipient-own-purposes-yes = Pode utilizar os dados também para finalidades próprias.
recipient-own-purposes-no = Não pode utilizar os dados para finalidades próprias.
recipient-privacy = Política de privacidade de { $name }
role-processor = Subcontratante que atua em nosso nome
role-controller = Responsável pelo tratamento independente
role-joint-controller = Responsável conjunto pelo tratamento
role-recipients = Categoria de destinatários

transfer-adequacy = Decisão de adequação da Comissão Europeia
transfer-scc = Cláusulas-tipo de proteção de dados (cláusulas contratuais-tipo)
transfer-bcr = Regras vinculativas aplicáveis às empresas
transfer-eu-us-dpf = Quadro de Privacidade de Dados UE-EUA (Data Privacy Framework)
transfer-derogation = Derrogação para situações específicas (artigo 49.º do RGPD)
transfer-privacy-shield = Escudo de Proteção da Privacidade UE-EUA (Privacy Shield)
transfer-safe-harbor = Princípios de «porto seguro» (Safe Harbor)
transfers-heading = Transferências para fora do Espaço Económico Europeu

## Política de privacidade

privacy-intro = A presente política de privacidade explica como { $controller } trata os seus dados pessoais, para que finalidades e com que fundamento jurídico, quem os recebe, durante quanto tempo são conservados e que direitos lhe assistem.
controller-heading = Quem é responsável
controller-intro = O responsável pelo tratamento dos seus dados pessoais é:
controller-email = Correio eletrónico
controller-phone = Telefone
controller-website = Sítio web
controller-registration = Número de registo
controller-address = Morada
dpo-heading = Contacto para a proteção de dados
dpo-designated = O nosso encarregado da proteção de dados:
dpo-contact = O nosso contacto para a proteção de dados:

data-heading = Dados pessoais que tratamos
data-examples = Exemplos
data-sources = De onde os obtemos
data-purposes = Para que os utilizamos
data-recipients = Quem os recebe
data-retention = Durante quanto tempo os conservamos
data-sensitive = Incluem categorias especiais de dados pessoais, que só tratamos quando a lei o permite.
source-data-subject = junto de si
source-cookies = através de cookies nos nossos sítios web
source-third-party = junto de terceiros
source-public = de fontes acessíveis ao público

purposes-heading = Finalidades e fundamentos jurídicos
column-legal-basis = Fundamento jurídico
legal-basis-not-stated = Não indicado
legal-bases-general = Baseamo-nos nos seguintes fundamentos jurídicos:
legitimate-interest = O nosso interesse legítimo: { $interest }
basis-consent = Consentimento (artigo 6.º, n.º 1, alínea a), do RGPD)
basis-contract = Execução de um contrato (artigo 6.º, n.º 1, alínea b), do RGPD)
basis-legal-obligation = Obrigação jurídica (artigo 6.º, n.º 1, alínea c), do RGPD)
basis-vital-interests = Interesses vitais (artigo 6.º, n.º 1, alínea d), do RGPD)
basis-public-task = Funções de interesse público (artigo 6.º, n.º 1, alínea e), do RGPD)
basis-legitimate-interests = Interesses legítimos (artigo 6.º, n.º 1, alínea f), do RGPD)

storage-heading = Onde são armazenados os seus dados
retention-heading = Durante quanto tempo conservamos os seus dados

rights-heading = Os seus direitos
rights-intro = Tem os seguintes direitos:
right-information = O direito de ser informado sobre o tratamento dos seus dados pessoais.
right-access = O direito de acesso aos seus dados pessoais (artigo 15.º do RGPD).
right-rectification = O direito de retificação de dados pessoais inexatos (artigo 16.º do RGPD).
right-erasure = O direito ao apagamento dos seus dados pessoais (artigo 17.º do RGPD).
right-restriction = O direito à limitação do tratamento (artigo 18.º do RGPD).
right-portability = O direito de portabilidade dos dados (artigo 20.º do RGPD).
right-objection = O direito de oposição ao tratamento (artigo 21.º do RGPD).
right-automated-decisions = O direito de não ficar sujeito a nenhuma decisão tomada exclusivamente com base no tratamento automatizado, incluindo a definição de perfis (artigo 22.º do RGPD).
right-withdraw-consent = O direito de retirar o seu consentimento a qualquer momento, sem comprometer a licitude do tratamento efetuado antes da retirada (artigo 7.º, n.º 3, do RGPD).
right-complaint = O direito de apresentar reclamação a uma autoridade de controlo (artigo 77.º do RGPD).
rights-authority = Autoridade de controlo: { $authority }
rights-none = A presente política não indica que direitos lhe assistem.

automated-heading = Decisões automatizadas
automated-yes = Tomamos decisões exclusivamente com base no tratamento automatizado, incluindo a definição de perfis.
automated-no = Não tomamos decisões exclusivamente com base no tratamento automatizado, incluindo a definição de perfis.

cookies-see-cookie-policy = A forma como utilizamos cookies é explicada na nossa política de cookies.
more-information-heading = Mais informações
contact-heading = Perguntas
contact-intro = Se tiver perguntas sobre a presente política, contacte { $controller }.

## Faixas de consentimento

banner-title = Utilizamos cookies
banner-description = Utilizamos cookies estritamente necessários ao funcionamento deste sítio web. Com o seu consentimento, utilizamos também outros cookies, descritos nas definições. Pode alterar a sua escolha a qualquer momento.
banner-accept-all = Aceitar todos
banner-reject-all = Rejeitar todos
banner-settings = Gerir preferências
banner-save = Guardar preferências
banner-close = Fechar
banner-preferences-title = Preferências de cookies
banner-preferences-description = Escolha as categorias de cookies que autoriza. Os cookies estritamente necessários estão sempre ativos. Pode alterar a sua escolha a qualquer momento.
banner-cookies = Cookies: { $cookies }

## Alterações a esta política

changes-title = Alterações a esta política
changes-current = Esta é a versão { $version }, em vigor desde: { $effective }.
changes-current-date = Esta versão está em vigor desde: { $effective }.
changes-release = Versão { $version } de { $effective }
changes-editorial = A redação e as traduções foram melhoradas.
changes-none = Não foram registadas alterações para esta versão.
changes-first = Esta é a primeira versão registada.
changes-consent = Devido a estas alterações, voltámos a pedir o seu consentimento.
banner-revision = Esta política mudou desde a sua última escolha: { $changes }
banner-gpc = O seu navegador envia um sinal Global Privacy Control, por isso recusámos por si estes cookies: { $categories }. Pode ainda permiti-los nas definições.
banner-revision-unrecorded = Esta política mudou desde a sua última escolha.
change-nothing = nenhuma
change-contact-controller = o responsável pelo tratamento
change-contact-dpo = o encarregado da proteção de dados
change-contact-supervisory_authority = a autoridade de controlo
change-cookie-added = Novo cookie { $subject } ({ $details })
change-cookie-removed = O cookie { $subject } deixou de ser utilizado
change-cookie-renamed = O cookie { $before } chama-se agora { $after }
change-lifetime-longer = O cookie { $subject } dura agora { $after } em vez de { $before }
change-lifetime-shorter = O cookie { $subject } dura agora { $after } em vez de { $before }
change-category-changed = O cookie { $subject } passou de { $before } para { $after }
change-cookie-purposes-changed = O cookie { $subject } serve agora para: { $after }
change-cookie-provider-changed = O cookie { $subject } é agora colocado por { $after } em vez de { $before }
change-purpose-added = Nova finalidade: { $subject }
change-purpose-removed = Finalidade que deixou de ser prosseguida: { $subject }
change-legal-basis-changed = { $subject }: o fundamento jurídico é agora { $after } em vez de { $before }
change-recipient-added = Novo destinatário: { $subject }
change-recipient-removed = { $subject } deixou de receber dados
change-country-changed = { $subject } trata agora dados em { $after } em vez de { $before }
change-transfer-changed = As transferências para { $subject } baseiam-se agora em: { $after }
change-recipient-role-changed = A função de { $subject } mudou
change-data-added = Nova categoria de dados pessoais: { $subject }
change-data-removed = Deixaram de ser tratados: { $subject }
change-data-purposes-changed = { $subject }: são agora utilizados para: { $after }
change-data-recipients-changed = { $subject }: os destinatários são agora: { $after }
change-sources-changed = { $subject }: provêm agora de outras fontes
change-retention-changed = O prazo de conservação mudou: { $subject }
change-right-granted = Os seus direitos incluem agora: { $subject }
change-right-withdrawn = Deixou de constar dos seus direitos: { $subject }
change-contact-changed = Os contactos mudaram: { $subject }
change-automated-decisions-changed = O que dizemos sobre decisões automatizadas mudou
change-consent-mechanism-changed = A forma como pedimos o seu consentimento mudou
change-storage-changed = O local de armazenamento dos dados mudou: { $subject }
change-section-added = Nova secção: { $subject }
change-section-removed = Secção removida: { $subject }
change-document-added = Recém-publicado: { $subject }
change-document-removed = Deixou de ser publicado: { $subject }
change-locale-added = Publicado agora também em: { $subject }
change-locale-removed = Deixou de ser publicado em: { $subject }
change-text-changed = Reformulado: { $subject } ({ $field }, { $locale })

## Countries (ISO 3166-1; names from CLDR)

country-AT = Áustria
country-AU = Austrália
country-BE = Bélgica
country-BG = Bulgária
country-CA = Canadá
country-CH = Suíça
country-CN = China
country-CY = Chipre
country-CZ = Chéquia
country-DE = Alemanha
country-DK = Dinamarca
country-EE = Estónia
country-ES = Espanha
country-FI = Finlândia
country-FR = França
country-GB = GB
country-GR = Grécia
country-HR = Croácia
country-HU = Hungria
country-IE = Irlanda
country-IL = Israel
country-IN = Índia
country-IS = Islândia
country-IT = Itália
country-JP = Japão
country-KR = Coreia do Sul
country-LI = Listenstaine
country-LT = Lituânia
country-LU = Luxemburgo
country-LV = Letónia
country-MT = Malta
country-NL = Países Baixos
country-NO = Noruega
country-NZ = Nova Zelândia
country-PL = Polónia
country-PT = Portugal
country-RO = Roménia
country-SE = Suécia
country-SG = Singapura
country-SI = Eslovénia
country-SK = Eslováquia
country-US = Estados Unidos
country-UY = Uruguai

## Consent as asked; lifetimes with an end or per region

consent-asked-categories = Escolhe as categorias destes cookies que aceita.
consent-asked-all-or-nothing = Aceita ou recusa estes cookies todos em conjunto.
consent-asked-reject-first-layer = O primeiro ecrã da nossa faixa permite-lhe recusar estes cookies tão facilmente como aceitá-los.
consent-asked-reject-later = Para recusar estes cookies, abra as definições da nossa faixa.
consent-asked-pre-ticked = Algumas opções da nossa faixa estão assinaladas previamente.
consent-asked-not-pre-ticked = Nenhuma opção da nossa faixa está assinalada previamente.
consent-asked-cookie-wall = Só pode utilizar o sítio web depois de aceitar estes cookies.
consent-asked-no-cookie-wall = Pode utilizar o sítio web quer aceite quer não estes cookies.
duration-until = Até { $end }
duration-until-max = Até { $end }, no máximo { $max }
duration-until-date = Até { $end }
duration-until-date-max = Até { $end }, no máximo { $max }
duration-rolling = { $period } desde a sua última visita
duration-in-regions = { $regions }: { $duration }
duration-elsewhere = noutros locais: { $duration }
region-eea = EEE
region-eu = UE
