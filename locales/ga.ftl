# disclose — téacsanna Gaeilge (aistrithe ó en.ftl; taispeántar teachtaireachtaí atá in easnamh i mBéarla).
#
# Athróga an leathanaigh: $policy (ainm an bheartais), $controller (an rialaitheoir),
# $sites (na suíomhanna), $effective (dáta éifeachta), $version, $authority (an
# t-údarás maoirseachta).
#
# Leanann na téarmaí leagan Gaeilge an Rialacháin Ghinearálta maidir le Cosaint Sonraí
# (Rialachán (AE) 2016/679, RGCS); tagairtí san fhoirm "Airteagal 6(1)(a) RGCS".

## Doiciméid

language-name = Gaeilge

cookie-policy-title = Beartas fianán
privacy-policy-title = Beartas príobháideachais
document-subtitle = { $policy }
effective-date = I bhfeidhm ó: { $effective }
policy-version = Leagan { $version }
language-switcher = Teangacha eile
contents = Clár ábhair
generated-by = Arna ghiniúint ag disclose ó chatalóg { $controller }.
index-title = Beartais foilsithe
index-document = Doiciméad
index-language = Teanga
index-files = Comhaid

## Beartas fianán

cookie-intro = Míníonn an beartas seo cé na fianáin agus na teicneolaíochtaí comhchosúla a úsáideann { $controller }, cé a shocraíonn iad, cén fáth agus cá fhad, agus conas is féidir leat iad a rialú.
cookie-intro-sites = Baineann sé le: { $sites }.
what-are-cookies-heading = Cad is fianáin ann
what-are-cookies = Is comhaid bheaga téacs iad fianáin a stórálann suíomh gréasáin i do bhrabhsálaí. Seoltar ar ais chuig an suíomh iad ar chuairteanna níos déanaí, ionas gur féidir leis do bhrabhsálaí a aithint. Oibríonn teicneolaíochtaí comhchosúla, amhail stóráil áitiúil agus picteilíní rianaithe, ar an mbealach céanna agus tá siad faoi réir an bheartais seo freisin.
session-vs-persistent = Scriostar fianáin seisiúin nuair a dhúnann tú do bhrabhsálaí. Fanann fianáin bhuana ar do ghléas go dtí go rachaidh siad in éag nó go scriosfaidh tú iad.

consent-heading = Do thoiliú
consent-necessary = Socraítear fianáin atá fíor-riachtanach chun go n-oibreoidh an suíomh gan do thoiliú. Ní shocraítear aon fhianáin eile ach mar a thuairiscítear thíos.
consent-mechanism-opt-in-banner = Iarraimid do thoiliú sula socraímid fianáin nach bhfuil fíor-riachtanach. Ar do chéad chuairt ar an suíomh, roghnaíonn tú cé na catagóirí a ghlacann tú leo.
consent-mechanism-browser-settings = Is iad socruithe fianán do bhrabhsálaí a chinneann cé na fianáin is féidir a shocrú.
consent-mechanism-implied = Measaimid gur glacadh lenár bhfianáin é má leanann tú ar aghaidh ag úsáid an tsuímh.
consent-mechanism-none = Ní iarraimid toiliú chun fianáin a shocrú.
consent-notice = Seo é ár bhfógra toilithe:
consent-withdraw = Is féidir leat do thoiliú a tharraingt siar nó a athrú tráth ar bith. Ní dhéanann tarraingt siar difear do dhlíthiúlacht úsáid na bhfianán roimhe sin.
consent-gpc = Urramaímid Global Privacy Control (GPC). Nuair a sheolann do bhrabhsálaí an comhartha seo agus nach bhfuil rogha déanta agat fós, caithimid leis mar dhiúltú do na fianáin seo: { $categories }, agus ní shocraímid aon cheann acu mura gceadaíonn tú féin iad i socruithe na bhfianán. Ní athraíonn an comhartha na fianáin atá fíor-riachtanach ná na catagóirí eile, a bhfiafraímid díot fúthu fós.
consent-withdrawal-effect = Má tharraingíonn tú do thoiliú siar:

cookies-heading = Fianáin a úsáidimid
cookies-none = Ní úsáideann an suíomh seo fianáin.
cookie-table-caption = Fianáin a shocraítear ar an suíomh seo
column-name = Ainm
column-provider = Soláthraí
column-role = Ról
column-purpose = Cuspóir
column-category = Catagóir
column-duration = Saolré
column-party = Páirtí
column-description = Cur síos
party-first = Céad pháirtí
party-third = Tríú páirtí
cookie-unnamed = ainm gan lua
cookie-example = Sampla: { $example }
cookie-retention = Coinnítear an fhaisnéis a bhailítear ar feadh { $retention }.
cookie-retention-session = Coinnítear an fhaisnéis a bhailítear go deireadh an tseisiúin.
cookie-retention-not-stated = Ní luaitear cá fhad a choinnítear an fhaisnéis a bhailítear.
cookie-pattern = Athraíonn an chuid idir lúibíní uilleacha.
provider-first-party = { $controller }

category-necessary = Fíor-riachtanach
category-preferences = Roghanna
category-analytics = Anailísíocht
category-marketing = Margaíocht
category-necessary-description = Riachtanach chun go n-oibreoidh an suíomh, mar shampla chun tú a choinneáil logáilte isteach. Ní féidir iad a mhúchadh.
category-preferences-description = Cuimhníonn siad ar do roghanna, amhail do theanga, chun an suíomh a dhéanamh níos áisiúla.
category-analytics-description = Comhaireann siad cuairteanna agus tomhaiseann siad conas a úsáidtear an suíomh, ionas gur féidir é a fheabhsú.
category-marketing-description = Leanann siad do ghníomhaíocht chun ábhar agus fógraíocht ábhartha a thaispeáint nó chun feachtais a thomhas.

storage-cookie = Fianán
storage-local-storage = Stóráil áitiúil
storage-session-storage = Stóráil seisiúin
storage-indexed-db = IndexedDB
storage-pixel = Picteilín rianaithe
storage-flash = Flash local shared object

duration-session = Seisiún
duration-persistent = Buan (tréimhse gan lua)
duration-not-stated = Gan lua
duration-year = { $plural ->
    [one] { $count } bhliain
    [two] { $count } bhliain
    [few] { $count } bliana
    [many] { $count } mbliana
   *[other] { $count } bliain
}
duration-month = { $plural ->
    [one] { $count } mhí
    [two] { $count } mhí
    [few] { $count } mhí
    [many] { $count } mí
   *[other] { $count } mí
}
duration-week = { $plural ->
    [one] { $count } seachtain
    [two] { $count } sheachtain
    [few] { $count } seachtaine
    [many] { $count } seachtaine
   *[other] { $count } seachtain
}
duration-day = { $plural ->
    [one] { $count } lá
    [two] { $count } lá
    [few] { $count } lá
    [many] { $count } lá
   *[other] { $count } lá
}
duration-hour = { $plural ->
    [one] { $count } uair an chloig
    [two] { $count } uair an chloig
    [few] { $count } huaire an chloig
    [many] { $count } n-uaire an chloig
   *[other] { $count } uair an chloig
}
duration-minute = { $plural ->
    [one] { $count } nóiméad
    [two] { $count } nóiméad
    [few] { $count } nóiméad
    [many] { $count } nóiméad
   *[other] { $count } nóiméad
}
duration-second = { $plural ->
    [one] { $count } soicind
    [two] { $count } shoicind
    [few] { $count } shoicind
    [many] { $count } soicind
   *[other] { $count } soicind
}

managing-heading = Fianáin a bhainistiú
managing-browser = Is féidir leat fianáin a bhlocáil nó a scriosadh i socruithe do bhrabhsálaí. Déanann gach brabhsálaí é seo ar bhealach difriúil; míníonn a leathanaigh chabhrach conas. Má bhlocálann tú fianáin atá fíor-riachtanach, seans nach n-oibreoidh codanna den suíomh.

## Faighteoirí agus aistrithe

third-parties-heading = Tríú páirtithe
recipients-heading = Cé a fhaigheann do shonraí
recipients-none = Ní nochtaimid sonraí pearsanta d'eagraíochtaí eile.
recipient-service-label = Seirbhís
recipient-country-label = Próiseálann sé sonraí in
recipient-transfer-label = Coimirce don aistriú
recipient-own-purposes-label = A chuspóirí féin
recipient-own-purposes-yes = Féadfaidh sé na sonraí a úsáid chun a chuspóirí féin freisin.
recipient-own-purposes-no = Ní fhéadfaidh sé na sonraí a úsáid chun a chuspóirí féin.
recipient-privacy = Beartas príobháideachais { $name }
role-processor = Próiseálaí a ghníomhaíonn thar ár gceann
role-controller = Rialaitheoir neamhspleách
role-joint-controller = Comhrialaitheoir
role-recipients = Catagóir faighteoirí

transfer-adequacy = Cinneadh leordhóthanachta ón gCoimisiún Eorpach
transfer-scc = Clásail chaighdeánacha cosanta sonraí (clásail chaighdeánacha chonarthacha)
transfer-bcr = Rialacha corparáideacha ceangailteacha
transfer-eu-us-dpf = Creat Príobháideachais Sonraí AE-SAM (Data Privacy Framework)
transfer-derogation = Maolú i gcásanna sonracha (Airteagal 49 RGCS)
transfer-privacy-shield = Sciath Phríobháideachais AE-SAM (Privacy Shield)
transfer-safe-harbor = Prionsabail an Chuain Shábháilte (Safe Harbor)
transfers-heading = Aistrithe lasmuigh den Limistéar Eorpach Eacnamaíoch

## Beartas príobháideachais

privacy-intro = Míníonn an beartas príobháideachais seo conas a phróiseálann { $controller } do shonraí pearsanta, chun na gcuspóirí seo agus ar an mbonn dlí seo, cé a fhaigheann iad, cá fhad a choinnítear iad agus cé na cearta atá agat.
controller-heading = Cé atá freagrach
controller-intro = Is é seo rialaitheoir do shonraí pearsanta:
controller-email = Ríomhphost
controller-phone = Guthán
controller-website = Suíomh gréasáin
controller-registration = Uimhir chláraithe
controller-address = Seoladh
dpo-heading = Teagmháil maidir le cosaint sonraí
dpo-designated = Ár n-oifigeach cosanta sonraí:
dpo-contact = Ár dteagmhálaí maidir le cosaint sonraí:

data-heading = Sonraí pearsanta a phróiseálaimid
data-examples = Samplaí
data-sources = Cá bhfaighimid iad
data-purposes = Cad chuige a n-úsáidimid iad
data-recipients = Cé a fhaigheann iad
data-retention = Cá fhad a choinnímid iad
data-sensitive = Áirítear leo seo catagóirí speisialta sonraí pearsanta, nach bpróiseálaimid ach amháin nuair a cheadaíonn an dlí é.
source-data-subject = uait féin
source-cookies = trí fhianáin ar ár suíomhanna
source-third-party = ó thríú páirtithe
source-public = ó fhoinsí poiblí

purposes-heading = Cuspóirí agus bunúis dlí
column-legal-basis = Bunús dlí
legal-basis-not-stated = Gan lua
legal-bases-general = Bímid ag brath ar na bunúis dlí seo a leanas:
legitimate-interest = Ár leas dlisteanach: { $interest }
basis-consent = Toiliú (Airteagal 6(1)(a) RGCS)
basis-contract = Conradh a chomhlíonadh (Airteagal 6(1)(b) RGCS)
basis-legal-obligation = Oibleagáid dhlíthiúil (Airteagal 6(1)(c) RGCS)
basis-vital-interests = Leasanna ríthábhachtacha (Airteagal 6(1)(d) RGCS)
basis-public-task = Cúram ar mhaithe le leas an phobail (Airteagal 6(1)(e) RGCS)
basis-legitimate-interests = Leasanna dlisteanacha (Airteagal 6(1)(f) RGCS)

storage-heading = Cá stóráiltear do shonraí
retention-heading = Cá fhad a choinnímid do shonraí

rights-heading = Do chearta
rights-intro = Tá na cearta seo a leanas agat:
right-information = An ceart go gcuirfí ar an eolas thú faoi phróiseáil do shonraí pearsanta.
right-access = An ceart rochtana ar do shonraí pearsanta (Airteagal 15 RGCS).
right-rectification = An ceart go gceartófaí sonraí pearsanta míchruinne (Airteagal 16 RGCS).
right-erasure = An ceart go léirscriosfaí do shonraí pearsanta (Airteagal 17 RGCS).
right-restriction = An ceart go gcuirfí srian le próiseáil (Airteagal 18 RGCS).
right-portability = An ceart chun iniomparthacht sonraí (Airteagal 20 RGCS).
right-objection = An ceart agóid a dhéanamh i gcoinne próiseála (Airteagal 21 RGCS).
right-automated-decisions = An ceart gan a bheith faoi réir cinnidh atá bunaithe ar phróiseáil uathoibrithe amháin, lena n-áirítear próifíliú (Airteagal 22 RGCS).
right-withdraw-consent = An ceart do thoiliú a tharraingt siar tráth ar bith, gan difear do dhlíthiúlacht na próiseála roimh an tarraingt siar (Airteagal 7(3) RGCS).
right-complaint = An ceart gearán a thaisceadh le húdarás maoirseachta (Airteagal 77 RGCS).
rights-authority = Údarás maoirseachta: { $authority }
rights-none = Ní luann an beartas seo cé na cearta atá agat.

automated-heading = Cinnteoireacht uathoibrithe
automated-yes = Déanaimid cinntí atá bunaithe ar phróiseáil uathoibrithe amháin, lena n-áirítear próifíliú.
automated-no = Ní dhéanaimid cinntí atá bunaithe ar phróiseáil uathoibrithe amháin, lena n-áirítear próifíliú.

cookies-see-cookie-policy = Mínítear inár mbeartas fianán conas a úsáidimid fianáin.
more-information-heading = Tuilleadh eolais
contact-heading = Ceisteanna
contact-intro = Má tá ceisteanna agat faoin mbeartas seo, déan teagmháil le { $controller }.

## Meirgí toilithe

banner-title = Úsáidimid fianáin
banner-description = Úsáidimid fianáin atá fíor-riachtanach chun go n-oibreoidh an suíomh seo. Le do thoiliú, úsáidimid fianáin eile freisin, a thuairiscítear sna socruithe. Is féidir leat do rogha a athrú tráth ar bith.
banner-accept-all = Glac le gach ceann
banner-reject-all = Diúltaigh do gach ceann
banner-settings = Bainistigh roghanna
banner-save = Sábháil roghanna
banner-close = Dún
banner-preferences-title = Roghanna fianán
banner-preferences-description = Roghnaigh cé na catagóirí fianán a cheadaíonn tú. Bíonn fianáin atá fíor-riachtanach ar siúl i gcónaí. Is féidir leat do rogha a athrú tráth ar bith.
banner-cookies = Fianáin: { $cookies }

## Athruithe ar an mbeartas seo

changes-title = Athruithe ar an mbeartas seo
changes-current = Is é seo leagan { $version }, i bhfeidhm ó: { $effective }.
changes-current-date = Tá an leagan seo i bhfeidhm ó: { $effective }.
changes-release = Leagan { $version }, { $effective }
changes-editorial = Feabhsaíodh an fhoclaíocht agus na haistriúcháin.
changes-none = Níor taifeadadh aon athruithe don leagan seo.
changes-first = Seo é an chéad leagan taifeadta.
changes-consent = D'iarramar do thoiliú arís mar gheall ar na hathruithe seo.
banner-revision = Tá an beartas seo athraithe ó rinne tú do rogha go deireanach: { $changes }
banner-gpc = Seolann do bhrabhsálaí comhartha Global Privacy Control, mar sin dhiúltaigh muid na fianáin seo ar do shon: { $categories }. Is féidir leat iad a cheadú tú féin sna socruithe fós.
banner-revision-unrecorded = Tá an beartas seo athraithe ó rinne tú do rogha go deireanach.
change-nothing = dada
change-contact-controller = an rialaitheoir
change-contact-dpo = an t-oifigeach cosanta sonraí
change-contact-supervisory_authority = an t-údarás maoirseachta
change-cookie-added = Fianán nua { $subject } ({ $details })
change-cookie-removed = Ní úsáidtear an fianán { $subject } a thuilleadh
change-cookie-renamed = { $after } an t-ainm atá ar an bhfianán { $before } anois
change-lifetime-longer = Is é { $after } saolré an fhianáin { $subject } anois in ionad { $before }
change-lifetime-shorter = Is é { $after } saolré an fhianáin { $subject } anois in ionad { $before }
change-category-changed = Aistríodh an fianán { $subject } ó { $before } go { $after }
change-cookie-purposes-changed = Úsáidtear an fianán { $subject } anois le haghaidh: { $after }
change-cookie-provider-changed = Is é { $after } a shocraíonn an fianán { $subject } anois in ionad { $before }
change-purpose-added = Cuspóir nua: { $subject }
change-purpose-removed = Cuspóir nach saothraítear a thuilleadh: { $subject }
change-legal-basis-changed = { $subject }: is é { $after } an bunús dlí anois in ionad { $before }
change-recipient-added = Faighteoir nua: { $subject }
change-recipient-removed = Ní fhaigheann { $subject } sonraí a thuilleadh
change-country-changed = Próiseálann { $subject } sonraí anois in { $after } in ionad { $before }
change-transfer-changed = Tá aistrithe chuig { $subject } bunaithe anois ar: { $after }
change-recipient-role-changed = D'athraigh ról { $subject }
change-data-added = Catagóir nua sonraí pearsanta: { $subject }
change-data-removed = Ní phróiseáiltear a thuilleadh: { $subject }
change-data-purposes-changed = { $subject }: úsáidtear anois le haghaidh: { $after }
change-data-recipients-changed = { $subject }: is iad na faighteoirí anois: { $after }
change-sources-changed = { $subject }: tagann siad ó fhoinsí eile anois
change-retention-changed = D'athraigh an tréimhse choinneála: { $subject }
change-right-granted = Áirítear anois i measc do chearta: { $subject }
change-right-withdrawn = Ní luaitear a thuilleadh i measc do chearta: { $subject }
change-contact-changed = D'athraigh na sonraí teagmhála: { $subject }
change-automated-decisions-changed = D'athraigh a ndeirimid faoi chinntí uathoibrithe
change-consent-mechanism-changed = D'athraigh an chaoi a n-iarraimid do thoiliú
change-storage-changed = D'athraigh an áit a stóráiltear sonraí: { $subject }
change-section-added = Roinn nua: { $subject }
change-section-removed = Baineadh roinn: { $subject }
change-document-added = Foilsithe as an nua: { $subject }
change-document-removed = Ní fhoilsítear a thuilleadh: { $subject }
change-locale-added = Foilsithe anois freisin i: { $subject }
change-locale-removed = Ní fhoilsítear a thuilleadh i: { $subject }
change-text-changed = Athfhoclaithe: { $subject } ({ $field }, { $locale })

## Countries (ISO 3166-1; names from CLDR)

country-AT = an Ostair
country-AU = an Astráil
country-BE = an Bheilg
country-BG = an Bhulgáir
country-CA = Ceanada
country-CH = an Eilvéis
country-CN = an tSín
country-CY = an Chipir
country-CZ = an tSeicia
country-DE = an Ghearmáin
country-DK = an Danmhairg
country-EE = an Eastóin
country-ES = an Spáinn
country-FI = an Fhionlainn
country-FR = an Fhrainc
country-GB = an Ríocht Aontaithe
country-GR = an Ghréig
country-HR = an Chróit
country-HU = an Ungáir
country-IE = Éire
country-IL = Iosrael
country-IN = an India
country-IS = an Íoslainn
country-IT = an Iodáil
country-JP = an tSeapáin
country-KR = an Chóiré Theas
country-LI = Lichtinstéin
country-LT = an Liotuáin
country-LU = Lucsamburg
country-LV = an Laitvia
country-MT = Málta
country-NL = an Ísiltír
country-NO = an Iorua
country-NZ = an Nua-Shéalainn
country-PL = an Pholainn
country-PT = an Phortaingéil
country-RO = an Rómáin
country-SE = an tSualainn
country-SG = Singeapór
country-SI = an tSlóivéin
country-SK = an tSlóvaic
country-US = Stáit Aontaithe Mheiriceá
country-UY = Uragua

## Consent as asked; lifetimes with an end or per region

consent-asked-categories = Roghnaíonn tú cé na catagóirí de na fianáin seo a nglacann tú leo.
consent-asked-all-or-nothing = Glacann tú leis na fianáin seo nó diúltaíonn tú dóibh go léir le chéile.
consent-asked-reject-first-layer = Ligeann an chéad scáileán dár meirge duit diúltú do na fianáin seo chomh héasca agus a ghlacann tú leo.
consent-asked-reject-later = Chun diúltú do na fianáin seo, oscail socruithe ár meirge.
consent-asked-pre-ticked = Tá roinnt roghanna inár meirge ticeáilte roimh ré.
consent-asked-not-pre-ticked = Níl aon rogha inár meirge ticeáilte roimh ré.
consent-asked-cookie-wall = Ní féidir leat an suíomh a úsáid go dtí go nglacann tú leis na fianáin seo.
consent-asked-no-cookie-wall = Is féidir leat an suíomh a úsáid cibé acu a ghlacann tú leis na fianáin seo nó nach nglacann.
duration-until = Go dtí { $end }
duration-until-max = Go dtí { $end }, { $max } ar a mhéad
duration-until-date = Go dtí { $end }
duration-until-date-max = Go dtí { $end }, { $max } ar a mhéad
duration-rolling = { $period } ó do chuairt dheireanach
duration-in-regions = { $regions }: { $duration }
duration-elsewhere = in áiteanna eile: { $duration }
region-eea = an LEE
region-eu = an AE
