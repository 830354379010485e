"""Sealed, blind evaluation set of development wishes (Castor user association), part b.

Written by an AI helper session from its own knowledge of Swedish municipal case handling,
without reading the project's files. Modules and number ranges covered here:
Miljö 9600-9659 (60 wishes) and Kart & mät 9800-9839 (40 wishes). Each Query names the stored
wish it duplicates (original) or None for a look-alike that duplicates nothing.
"""

# ruff: noqa: E501
from __future__ import annotations

from tests.unit.wish_families import Query, Wish

WISHES: list[Wish] = [
    # --- Miljö: livsmedelskontroll ---
    Wish(
        9600,
        "Miljö",
        "Automatisk riskklassning av livsmedelsanläggningar. När uppgifter om produktion, antal portioner och konsumentgrupper registreras ska systemet räkna fram riskklass och kontrolltid.",
    ),
    Wish(
        9601,
        "Miljö",
        "Årlig kontrollavgift för livsmedel ska kunna faktureras i en samlad körning. Vi vill skapa årsavgiften för alla registrerade livsmedelsanläggningar på en gång och föra över den till ekonomisystemet.",
    ),
    Wish(
        9602,
        "Miljö",
        "Timavgift för extra offentlig kontroll ska debiteras direkt från tidrapporten. Tid som rapporterats på ett ärende om uppföljande kontroll ska bli en fakturarad utan att vi skriver in den igen.",
    ),
    Wish(
        9603,
        "Miljö",
        "Kontrollrapporten ska kunna skrivas ute på plats i mobilen eller surfplattan. Inspektören fyller i rapportmallen under inspektionen och skickar den till verksamheten direkt.",
    ),
    Wish(
        9604,
        "Miljö",
        "Registrering av livsmedelsanläggning via e-tjänst ska skapa ärendet och anläggningen automatiskt. Idag måste registratorn föra över uppgifterna från e-tjänsten för hand.",
    ),
    Wish(
        9605,
        "Miljö",
        "Lista över årets planerade livsmedelskontroller. Listan ska visa de anläggningar där kontroll är planerad under året men ännu inte utförd.",
    ),
    Wish(
        9606,
        "Miljö",
        "Dricksvattenanläggningar ska ha egna fält för provtagningsplan och analysresultat. Vi behöver kunna registrera provsvaren från laboratoriet på anläggningen.",
    ),
    Wish(
        9607,
        "Miljö",
        "Den årliga rapporteringen till Livsmedelsverket ska kunna tas ut som färdig statistik. Antal kontroller, avvikelser och anläggningar per riskklass ska räknas fram så att vi slipper räkna för hand.",
    ),
    # --- Miljö: avlopp ---
    Wish(
        9608,
        "Miljö",
        "Ansökan om enskilt avlopp via e-tjänst ska komma in med bilagorna kopplade till ärendet. Situationsplan, ritningar och andra bifogade filer ska hamna i ärendets dokumentlista.",
    ),
    Wish(
        9609,
        "Miljö",
        "Bevakning av att avloppsanläggningen blivit färdigställd. När tillståndet beslutas ska en bevakning skapas så att handläggaren påminns om utförandeintyget inte kommit in inom två år.",
    ),
    Wish(
        9610,
        "Miljö",
        "Inventering av enskilda avlopp ska kunna planeras per område på kartan. Vi vill markera vilka fastigheter i ett område som ska inventeras och se status för varje fastighet i kartan.",
    ),
    Wish(
        9611,
        "Miljö",
        "Förelägganden om bristfälliga avlopp ska kunna skapas som massutskick från en mall. Efter en inventering behöver vi skicka likadana förelägganden till många fastighetsägare samtidigt.",
    ),
    Wish(
        9612,
        "Miljö",
        "Avloppsanläggningens tekniska uppgifter ska registreras i egna fält och inte i fritext. Typ av rening, slamavskiljare, efterpolering och installationsår ska gå att söka på.",
    ),
    Wish(
        9613,
        "Miljö",
        "Egen ärendetyp för ansökan om förlängt tömningsintervall för slam. Ärendetypen ska ha en beslutsmall för dispens från ordinarie slamtömning.",
    ),
    # --- Miljö: tillsyn ---
    Wish(
        9614,
        "Miljö",
        "Tillsynsplanen ska kunna genereras från anläggningsregistret utifrån tillsynsfrekvens. Systemet ska föreslå vilka verksamheter som ska ha tillsyn nästa år.",
    ),
    Wish(
        9615,
        "Miljö",
        "Tillsynsbesök ska bokas i en gemensam kalender för inspektörerna. Vi vill se vilka besök de andra inspektörerna har bokat så att vi kan samordna resor och samåka.",
    ),
    Wish(
        9616,
        "Miljö",
        "Kommunicering inför beslut ska kunna skickas med mall och en svarstid som bevakas. När svarstiden gått ut ska handläggaren få en påminnelse.",
    ),
    Wish(
        9617,
        "Miljö",
        "Delegationsbeslut ska listas automatiskt till nämnden. Alla beslut som fattats på delegation under månaden ska samlas i en rapport till nämndens sammanträde.",
    ),
    Wish(
        9618,
        "Miljö",
        "Uppföljning av förelägganden med status för om föreläggandet är uppfyllt. Vi vill kunna ta fram de förelägganden som ännu inte åtgärdats.",
    ),
    Wish(
        9619,
        "Miljö",
        "Inspektionsprotokoll ska kunna skrivas med checklista per verksamhetstyp. Checklistan ska väljas utifrån verksamhetstyp och följa med protokollet som bilaga.",
    ),
    Wish(
        9620,
        "Miljö",
        "Statistik över handläggningstid för tillsynsärenden. Tiden ska mätas från inkommet klagomål till avslutat ärende och redovisas per ärendetyp.",
    ),
    Wish(
        9621,
        "Miljö",
        "Klagomål ska kunna tas emot via e-tjänst och kopplas till rätt fastighet. Klaganden ska automatiskt få en kvittens med ärendenummer.",
    ),
    Wish(
        9622,
        "Miljö",
        "Klaganden ska kunna markeras som skyddad i klagomålsärenden. Namn och kontaktuppgifter ska då maskas när handlingar i ärendet lämnas ut.",
    ),
    # --- Miljö: miljöfarlig verksamhet ---
    Wish(
        9623,
        "Miljö",
        "Miljörapporter från C-verksamheter ska kunna tas emot digitalt. Rapporten ska registreras på rätt verksamhet och rätt rapportår utan manuell handpåläggning.",
    ),
    Wish(
        9624,
        "Miljö",
        "E-tjänst för anmälan av miljöfarlig verksamhet med verksamhetskod enligt miljöprövningsförordningen. Verksamhetskoden som anges ska styra vilken taxa som gäller.",
    ),
    Wish(
        9625,
        "Miljö",
        "Flera verksamhetskoder per anläggning med en markerad huvudkod. Det ska gå att ange både huvudverksamhet och tilläggsverksamheter på samma anläggning.",
    ),
    Wish(
        9626,
        "Miljö",
        "Förorenade områden ska registreras som egna objekt med MIFO-klass. Vi vill ha en objekttyp för förorenad mark med riskklass och koppling till fastigheten.",
    ),
    Wish(
        9627,
        "Miljö",
        "Remiss till länsstyrelsen ska kunna skickas digitalt från ärendet. Länsstyrelsens svar ska komma tillbaka in i samma ärende.",
    ),
    Wish(
        9628,
        "Miljö",
        "Årlig tillsynsavgift ska räknas om pro rata när verksamhetskoden ändras under året. Idag får vi räkna fram den nya årsavgiften för hand.",
    ),
    # --- Miljö: hälsoskydd ---
    Wish(
        9629,
        "Miljö",
        "E-tjänst för anmälan av hygienisk verksamhet som tatuering, fotvård och piercing. Vi vill slippa pappersblanketten och få in anmälan direkt som ärende.",
    ),
    Wish(
        9630,
        "Miljö",
        "Radonmätningar ska registreras per fastighet med mätvärde och mätperiod. Vi vill kunna söka ut alla fastigheter med värden över referensnivån.",
    ),
    Wish(
        9631,
        "Miljö",
        "Bevakning av provtagning för bassängbad. Handläggaren ska få en påminnelse när en planerad provtagning är försenad.",
    ),
    Wish(
        9632,
        "Miljö",
        "Klagomål på inomhusmiljö i bostäder ska kategoriseras per orsak. Typ som fukt, mögel, buller och ventilation ska väljas så att vi kan ta fram statistik per orsak.",
    ),
    Wish(
        9633,
        "Miljö",
        "Vid tillsyn på skolor och förskolor ska senaste OVK-protokollet från byggsidan synas. Inspektören vill se ventilationskontrollen direkt från miljöärendet.",
    ),
    # --- Miljö: köldmedier ---
    Wish(
        9634,
        "Miljö",
        "Köldmedierapporter ska kunna lämnas digitalt av certifierade företag och importeras till anläggningen. Vi lägger mycket tid på att skriva in rapporterna från papper.",
    ),
    Wish(
        9635,
        "Miljö",
        "Bevakning av att köldmedierapporten kommit in före 31 mars. En påminnelse ska gå ut automatiskt till de operatörer som inte lämnat rapport.",
    ),
    Wish(
        9636,
        "Miljö",
        "Köldmedieaggregat ska få mängden i koldioxidekvivalenter uträknad automatiskt. Utifrån kilo och köldmedietyp ska systemet räkna fram värdet.",
    ),
    Wish(
        9637,
        "Miljö",
        "Anmälan om installation av värmepump ska kunna göras i e-tjänst med karta. Sökanden ska kunna markera placeringen av borrhålet i kartan.",
    ),
    # --- Miljö: cisterner ---
    Wish(
        9638,
        "Miljö",
        "Cisterner ska registreras som egna objekt med volym, tillverkningsår och revisionsbesiktning. Vi vill kunna söka fram alla cisterner inom vattenskyddsområde.",
    ),
    Wish(
        9639,
        "Miljö",
        "Bevakning av revisionsbesiktning för cisterner utifrån senaste besiktningsdatum. Ägaren ska få en påminnelse innan nästa besiktning ska göras.",
    ),
    Wish(
        9640,
        "Miljö",
        "Cisternregistret ska visas på kartan tillsammans med vattenskyddsområden. Vattenskyddsområdena ska vara ett eget lager som kan tändas och släckas.",
    ),
    # --- Miljö: strandskydd ---
    Wish(
        9641,
        "Miljö",
        "Beslut om strandskyddsdispens ska expedieras till länsstyrelsen automatiskt. Beslutet och kartan ska skickas till länsstyrelsen samtidigt som sökanden får beslutet.",
    ),
    Wish(
        9642,
        "Miljö",
        "Bevakning av länsstyrelsens tid för överprövning i strandskyddsärenden. Bevakningen ska skapas när beslutet expedieras och löpa ut efter tre veckor.",
    ),
    Wish(
        9643,
        "Miljö",
        "Tomtplatsavgränsningen ska kunna ritas på kartan i strandskyddsärendet. Den ritade tomtplatsen ska följa med beslutet som kartbilaga.",
    ),
    Wish(
        9644,
        "Miljö",
        "Avgiften för strandskyddsdispens ska räknas fram enligt taxan utifrån typ av åtgärd. Idag räknar handläggaren fram beloppet manuellt.",
    ),
    # --- Miljö: registrering ---
    Wish(
        9645,
        "Miljö",
        "Dubbletter i anläggningsregistret ska kunna slås ihop. När samma verksamhet finns registrerad två gånger ska alla ärenden flyttas till den post som behålls.",
    ),
    Wish(
        9646,
        "Miljö",
        "Byte av verksamhetsutövare på en anläggning utan att historiken går förlorad. Tidigare kontroller och ärenden ska fortfarande synas på anläggningen efter ägarbytet.",
    ),
    Wish(
        9647,
        "Miljö",
        "Uppgifter om verksamhetsutövaren ska hämtas från Bolagsverket vid registrering. När organisationsnummer anges ska namn och adress fyllas i automatiskt.",
    ),
    Wish(
        9648,
        "Miljö",
        "Avregistrerade anläggningar ska döljas i sökresultatet som standard. Det ska gå att kryssa i att även avregistrerade anläggningar visas.",
    ),
    # --- Miljö: taxa och avgifter ---
    Wish(
        9649,
        "Miljö",
        "Ny taxa ska kunna läggas in med giltighetsdatum. Ärenden som kommit in före ändringen ska behålla den gamla timavgiften medan nya ärenden får den nya.",
    ),
    Wish(
        9650,
        "Miljö",
        "Avgiftsbeslut ska skapas automatiskt tillsammans med fakturaunderlaget. Beslutsmallen ska hämta belopp och taxebestämmelse från avgiften.",
    ),
    Wish(
        9651,
        "Miljö",
        "Nedsättning av avgift ska kunna registreras med motivering. Nedsättningen och motiveringen ska följa med till fakturan.",
    ),
    Wish(
        9652,
        "Miljö",
        "Fakturaunderlag ska skickas till ekonomisystemet via integration. Idag skrivs underlagen ut och lämnas till ekonomienheten.",
    ),
    Wish(
        9653,
        "Miljö",
        "Betalningsstatus från ekonomisystemet ska synas i ärendet. Handläggaren ska kunna se om avgiften är betald utan att fråga ekonomi.",
    ),
    Wish(
        9654,
        "Miljö",
        "Granskning av timmar innan efterhandsdebitering. Summerad tid per ärende och per handläggare ska visas innan fakturaunderlaget skapas så att vi kan rätta fel.",
    ),
    # --- Miljö: övrigt ---
    Wish(
        9655,
        "Miljö",
        "Egen ärendetyp för tillsyn av tobaksförsäljning. Ärendetypen ska ha fält för kontrollköp och resultatet av kontrollköpet.",
    ),
    Wish(
        9656,
        "Miljö",
        "Dokumentmallarna i miljö ska hämta fastighetsbeteckning, verksamhetsutövare och anläggningsadress automatiskt. Idag skriver vi in uppgifterna i varje brev.",
    ),
    Wish(
        9657,
        "Miljö",
        "Egen ärendetyp för tillstånd inom vattenskyddsområde kopplad till rätt skyddsföreskrifter. Handläggaren ska se vilken skyddszon fastigheten ligger i.",
    ),
    Wish(
        9658,
        "Miljö",
        "Sms-påminnelse till verksamheten inför tillsynsbesök. Dagen före ett bokat besök ska verksamheten få ett sms med tid och inspektörens namn.",
    ),
    Wish(
        9659,
        "Miljö",
        "Ärendelistan ska kunna visa ärenden där inget hänt på 60 dagar. Handläggaren vill hitta ärenden som blivit liggande.",
    ),
    # --- Kart & mät: nybyggnadskarta ---
    Wish(
        9800,
        "Kart & mät",
        "Beställning av nybyggnadskarta via e-tjänst ska skapa ärende kopplat till fastigheten. Beställaren ska kunna välja enkel eller fullständig nybyggnadskarta.",
    ),
    Wish(
        9801,
        "Kart & mät",
        "Avgiften för nybyggnadskarta ska räknas fram enligt taxan utifrån tomtens area. Fakturan ska skapas när kartan levereras.",
    ),
    Wish(
        9802,
        "Kart & mät",
        "Nybyggnadskartan ska kunna levereras som DWG och PDF via e-post från ärendet. Leveransen ska loggas i ärendet med datum och mottagare.",
    ),
    Wish(
        9803,
        "Kart & mät",
        "Statistik över handläggningstid för nybyggnadskartor. Vi har ett servicelöfte på tre veckor och behöver följa upp det.",
    ),
    Wish(
        9804,
        "Kart & mät",
        "Nybyggnadskartans giltighetstid ska visas och bevakas. Bygglovshandläggaren ska se om kartan är för gammal för att användas i ärendet.",
    ),
    Wish(
        9805,
        "Kart & mät",
        "Den levererade nybyggnadskartan ska kopplas automatiskt till bygglovsärendet. Kartan ska synas som handling i bygglovet utan att någon kopierar över den.",
    ),
    # --- Kart & mät: lägeskontroll och utstakning ---
    Wish(
        9806,
        "Kart & mät",
        "Lägeskontroll ska kunna beställas från bygglovsärendet med en knapp. Ett ärende i Kart & mät ska skapas och kopplas till bygglovet.",
    ),
    Wish(
        9807,
        "Kart & mät",
        "Protokoll för lägeskontroll ska skapas från mall med inmätta koordinater. Avvikelserna mot ritningen ska visas i en tabell i protokollet.",
    ),
    Wish(
        9808,
        "Kart & mät",
        "Resultatet av lägeskontrollen ska skickas tillbaka till bygglovsärendet automatiskt. Protokollet ska hamna bland bygglovets handlingar när kontrollen är klar.",
    ),
    Wish(
        9809,
        "Kart & mät",
        "Avgiften för lägeskontroll ska faktureras byggherren efter utförd kontroll. Fakturan ska skapas från kart- och mätärendet.",
    ),
    Wish(
        9810,
        "Kart & mät",
        "Utstakning ska kunna bokas av byggherren i en kalender i e-tjänsten. Mätningsingenjören ska se bokningarna i sin kalender.",
    ),
    Wish(
        9811,
        "Kart & mät",
        "Utstakningsprotokollet ska skickas till beställaren via e-post med kartbilaga. Utskicket ska göras direkt från ärendet.",
    ),
    Wish(
        9812,
        "Kart & mät",
        "Grovutstakning och finutstakning ska vara egna åtgärder med separata avgifter. Idag finns bara en gemensam åtgärd för utstakning.",
    ),
    # --- Kart & mät: primärkarta ---
    Wish(
        9813,
        "Kart & mät",
        "Ändringar i primärkartan ska registreras som uppdateringsärenden med status. Vi vill se vilka uppdateringar som väntar, pågår och är klara.",
    ),
    Wish(
        9814,
        "Kart & mät",
        "Inmätningar från fältet ska läsas in direkt i primärkartan från satellitmottagaren. Idag förs punkterna över via flera filer och program.",
    ),
    Wish(
        9815,
        "Kart & mät",
        "Slutbesked i bygglov ska automatiskt skapa ett ajourhållningsärende för primärkartan. Nya byggnader ska då mätas in och föras in i kartan.",
    ),
    Wish(
        9816,
        "Kart & mät",
        "Kartutdrag och geodata ska kunna beställas av konsulter via e-tjänst. Avtalet om nyttjande av geodata ska följa med leveransen.",
    ),
    # --- Kart & mät: adresser ---
    Wish(
        9817,
        "Kart & mät",
        "Belägenhetsadress som sätts i ärendet ska skickas till Lantmäteriets adressregister. Vi vill slippa registrera adressen en gång till i Lantmäteriets tjänst.",
    ),
    Wish(
        9818,
        "Kart & mät",
        "Adressättningsbeslut ska kunna skickas som utskick till berörda fastighetsägare. Utskicket ska göras från mall för alla berörda på en gång.",
    ),
    Wish(
        9819,
        "Kart & mät",
        "Adressplatser ska visas på kartan i adressärendet. När man väljer en ny adress vill man se omkringliggande adressplatser.",
    ),
    Wish(
        9820,
        "Kart & mät",
        "Lägenhetsnummer ska kunna registreras och ändras i adressärendet. Idag måste lägenhetsnumren hanteras i ett annat system.",
    ),
    Wish(
        9821,
        "Kart & mät",
        "Kontroll mot befintliga gatunamn vid namnsättning. Systemet ska varna om samma gatunamn redan används i kommunen.",
    ),
    # --- Kart & mät: GIS och koordinatsystem ---
    Wish(
        9822,
        "Kart & mät",
        "Ärenden ska kunna visas som lager i kommunens GIS-klient. Vi vill se alla pågående bygglov och kartärenden på kartan.",
    ),
    Wish(
        9823,
        "Kart & mät",
        "Ytor som ritas i kartan ska sparas i ärendet som geometri. Idag sparas bara en bild av kartan.",
    ),
    Wish(
        9824,
        "Kart & mät",
        "WMS-tjänster från Lantmäteriet ska kunna användas som bakgrundskarta i ärendekartan. Vi vill välja mellan ortofoto och topografisk karta.",
    ),
    Wish(
        9825,
        "Kart & mät",
        "Utskrift av karta i skala med norrpil och teckenförklaring. Utskriften ska kunna bifogas som bilaga i ärendet.",
    ),
    Wish(
        9826,
        "Kart & mät",
        "Grannfastigheter inom valt avstånd ska kunna tas fram från kartan. Vi behöver fastigheterna och ägarna för att ta fram sakägare.",
    ),
    Wish(
        9827,
        "Kart & mät",
        "Koordinater i SWEREF 99 lokal zon ska transformeras automatiskt till SWEREF 99 TM. Handläggaren ska kunna ange koordinater i vilket av systemen som helst.",
    ),
    Wish(
        9828,
        "Kart & mät",
        "Höjdsystemet RH 2000 ska anges automatiskt i mallarna för nybyggnadskarta och lägeskontroll. Idag skrivs höjdsystemet in för hand.",
    ),
    Wish(
        9829,
        "Kart & mät",
        "Import av koordinatfil i CSV-format till ärendet. Punkterna ska läsas in i rätt koordinatsystem och visas i kartan.",
    ),
    # --- Kart & mät: fastighetsförteckning och övrigt ---
    Wish(
        9830,
        "Kart & mät",
        "Fastighetsförteckning ska kunna tas fram för ett markerat område med ägare och adresser från fastighetsregistret. Till detaljplaner behöver vi lista alla sakägare.",
    ),
    Wish(
        9831,
        "Kart & mät",
        "Fastighetsförteckningen ska kunna exporteras till Excel. Vi behöver bearbeta listan vidare i kalkylblad.",
    ),
    Wish(
        9832,
        "Kart & mät",
        "Ägaruppgifterna i fastighetsförteckningen ska uppdateras automatiskt från Lantmäteriet inför utskick. Listan blir annars inaktuell mellan samråd och granskning.",
    ),
    Wish(
        9833,
        "Kart & mät",
        "Förrättningsremisser från Lantmäteriet ska registreras som egna ärenden med svarstid. Svarstiden ska bevakas.",
    ),
    Wish(
        9834,
        "Kart & mät",
        "Gällande detaljplaner ska visas i ärendekartan med planbestämmelser. Man ska kunna klicka på planen och läsa bestämmelserna.",
    ),
    Wish(
        9835,
        "Kart & mät",
        "Mätuppdrag ska kunna fördelas till mätlagen som arbetsorder. Mätlaget ska se sina uppdrag för veckan.",
    ),
    Wish(
        9836,
        "Kart & mät",
        "Tidrapportering per mätuppdrag ska kopplas till faktureringen. Rapporterad tid ska bli underlag för fakturan.",
    ),
    Wish(
        9837,
        "Kart & mät",
        "Statistik över antal kartärenden per ärendetyp och månad. Vi behöver siffrorna till verksamhetsberättelsen.",
    ),
    Wish(
        9838,
        "Kart & mät",
        "Skadade stompunkter ska kunna rapporteras via e-tjänst. De rapporterade punkterna ska visas i kartan så att vi kan åtgärda dem.",
    ),
    Wish(
        9839,
        "Kart & mät",
        "Taxan för kartprodukter ska vi kunna uppdatera själva med nytt giltighetsdatum. Idag måste leverantören lägga in nya priser.",
    ),
]

QUERIES: list[Query] = [
    # --- Miljö duplicates ---
    Query(
        "Systemet borde själv ta fram vilken riskgrupp ett livsmedelsföretag hamnar i när vi fyllt i hur stor tillverkningen är och vilka kunder de har, och sätta hur ofta de ska besökas.",
        9600,
        "synonyms",
    ),
    Query(
        "Auto-calc of riskklass för livsmedelsanläggningar – risk classification should be computed from the registered data, incl. kontrolltid.",
        9600,
        "english",
    ),
    Query(
        "Årskontrollavgiften för livsmedelsanläggningar ska gå att fakturera i ett svep för alla registrerade och gå över till ekonomisystemet.",
        9601,
        "compound",
    ),
    Query(
        "Vi vill kunna skapa alla årliga kontrolavgifter för livsmedel samtidigt i en körning istället för en och en.",
        9601,
        "typos",
    ),
    Query("Massfakturering av årsavgift livsmedel", 9601, "less_detail"),
    Query(
        "Direkt debitering av timavgift från tidrapporten vid extra offentlig kontroll – fakturaraden ska bli av tiden som rapporterats på uppföljningen, inte skrivas in en gång till.",
        9602,
        "word_order",
    ),
    Query(
        "Vid varje uppföljande kontroll efter en avvikelse tar vi betalt per timme. Idag skriver jag tiden först i tidrapporten och sedan en gång till på fakturan, och det blir fel ibland. Tiden som redan är rapporterad på ärendet borde bli en fakturarad direkt.",
        9602,
        "more_detail",
    ),
    Query(
        "Kontrollrapporten ska kunna skrivas på plats i mobilen och skickas direkt till verksamhten under inspektionen.",
        9603,
        "typos",
    ),
    Query(
        "Reg. av livsmedelsanl. via e-tj. ska skapa ärende + anläggning direkt, reg. ska inte behöva föra över uppgifterna manuellt.",
        9604,
        "abbreviation",
    ),
    Query(
        "Vi får in ungefär 150 registreringar av livsmedelsanläggningar per år via e-tjänsten och registratorn sitter och knappar in allt igen i Castor. Det vore bra om ärendet och själva anläggningen skapades direkt när e-tjänsten skickas in.",
        9604,
        "more_detail",
    ),
    Query("Lista livsmedelskontroller planerade men ej utförda i år", 9605, "less_detail"),
    Query(
        "Vi behöver en sammanställning av vilka livsmedelsföretag som ska besökas under året och vilka som fortfarande inte fått sitt besök.",
        9605,
        "synonyms",
    ),
    Query(
        "Dricksvatten-anläggningen behöver fält för provtagnings plan och analys resultat från labbet.",
        9606,
        "compound",
    ),
    Query(
        "Provsvar från laboratoriet vill vi kunna registrera på anläggningen; för dricksvattenanläggningar behövs egna fält för analysresultat och provtagningsplan.",
        9606,
        "word_order",
    ),
    Query(
        "SLV-rapporteringen ska kunna tas ut färdig ur systemet: antal kontroller, avvikelser och anl. per riskklass.",
        9607,
        "abbreviation",
    ),
    Query("Färdig årsrapport till Livsmedelsverket", 9607, "less_detail"),
    Query(
        "Ansökan om enskillt avlopp via e-tjänsten – situationsplanen och andra bilagor ska hamna i ärendets dokumentlista automatisk.",
        9608,
        "typos",
    ),
    Query(
        "När någon söker tillstånd för egen avloppsanläggning digitalt måste ritningar och kartor som de laddar upp följa med in i ärendet.",
        9608,
        "synonyms",
    ),
    Query(
        "Vi ger ett tjugotal avloppstillstånd per år och många hör aldrig av sig om att anläggningen är byggd. När tillståndet beslutas borde det skapas en bevakning så att jag får en påminnelse om utförandeintyget inte kommit in inom två år.",
        9609,
        "more_detail",
    ),
    Query(
        "En påminnelse ska handläggaren få om utförandeintyget inte kommit in inom två år; bevakningen skapas när tillståndet för avloppsanläggningen beslutas.",
        9609,
        "word_order",
    ),
    Query(
        "Planera avloppsinventering by area on the map – mark which properties to inventory och se status i kartan.",
        9610,
        "english",
    ),
    Query(
        "Avloppsinventeringen ska kunna planeras områdesvis i kartan, med inventeringsstatus per fastighet.",
        9610,
        "compound",
    ),
    Query(
        "Samma krav på åtgärd behöver gå ut till hundratals fastighetsägare efter en inventering – vi vill göra det i ett svep utifrån ett dokumentunderlag.",
        9611,
        "synonyms",
    ),
    Query(
        "Massutskick av förelägganden enl. MB efter avloppsinv., samma mall till många fastighetsägare samtidigt.",
        9611,
        "abbreviation",
    ),
    Query("Sökbara fält för typ av avloppsrening", 9612, "less_detail"),
    Query(
        "Tekniska uppgifter om avlopsanläggningen (slamavskiljare, efterpolering, installationsår) ska vara egna sökbara fält, inte fritext.",
        9612,
        "typos",
    ),
    Query(
        "Egen ärendetyp med beslutsmall för ansökningar om förlängt slamtömningsintervall.",
        9613,
        "compound",
    ),
    Query(
        "Vi behöver a separate case type for applications about extended sludge emptying interval, med beslutsmall.",
        9613,
        "english",
    ),
    Query(
        "Utifrån tillsynsfrekvensen i anläggningsregistret ska systemet generera tillsynsplanen och föreslå de verksamheter som står på tur nästa år.",
        9614,
        "word_order",
    ),
    Query("Delad kalender för tillsynsbesök", 9615, "less_detail"),
    Query(
        "Vi är sju inspektörer som åker ut i hela kommunen och ofta till samma ort samma dag utan att veta om det. Om tillsynsbesöken bokades i en gemensam kalender kunde vi se varandras besök och samåka.",
        9615,
        "more_detail",
    ),
    Query(
        "Kommuniceringen före beslut ska kunna skicaks med mall och en svarstid som bevakas, med påminelse när tiden gått ut.",
        9616,
        "typos",
    ),
    Query(
        "Kommuniceringsmall med svarstidsbevakning: handläggaren ska få påminnelse när svarstiden löpt ut.",
        9616,
        "compound",
    ),
    Query(
        "Delegationslista till MHN: alla del.beslut under månaden samlade i en rapport till sammanträdet.",
        9617,
        "abbreviation",
    ),
    Query(
        "En rapport till nämndens sammanträde med alla beslut som fattats på delegation under månaden – den ska tas fram automatiskt.",
        9617,
        "word_order",
    ),
    Query(
        "Follow-up på förelägganden: status if föreläggandet är uppfyllt, and a list of those not fixed yet.",
        9618,
        "english",
    ),
    Query("Status på ej åtgärdade förelägganden", 9618, "less_detail"),
    Query(
        "Checklistor per verksamhets typ i inspektions-protokollet, och checklistan ska bifogas protokollet.",
        9619,
        "compound",
    ),
    Query(
        "När jag är ute på tillsyn på en bilverkstad använder jag en egen Word-checklista. Jag vill välja checklista utifrån typ av verksamhet direkt i protokollet och att den följer med som bilaga.",
        9619,
        "more_detail",
    ),
    Query(
        "Stat. på handl.tid för tillsynsärenden fr. inkommet klagomål t. avslut, per ärendetyp.",
        9620,
        "abbreviation",
    ),
    Query(
        "Vi vill mäta handläggnigstiden för tillsynsärenden från inkommet klagomål till avslutat ärende, statistk per ärendetyp.",
        9620,
        "typos",
    ),
    Query(
        "Allmänheten ska kunna anmäla störningar digitalt, kopplat till rätt fastighet, och få en bekräftelse med diarienummer.",
        9621,
        "synonyms",
    ),
    Query(
        "Complaint e-service: klagomål ska knytas till rätt fastighet och klaganden få a receipt med ärendenummer.",
        9621,
        "english",
    ),
    Query(
        "Vid en begäran om allmän handling i ett grannklagomål lämnade vi av misstag ut klagandens namn. Vi behöver kunna markera klaganden som skyddad så att namn och adress maskas automatiskt när handlingar lämnas ut.",
        9622,
        "more_detail",
    ),
    Query("Maska klagandens namn vid utlämnande", 9622, "less_detail"),
    Query(
        "Miljörapporter från C-anl. ska kunna komma in via e-tj. och kopplas till rätt verksamhet och år.",
        9623,
        "abbreviation",
    ),
    Query(
        "Digitalt inkomna miljörapporter ska registreras på rätt rapportår och kopplas till rätt verksamhet – gäller C-verksamheterna.",
        9623,
        "word_order",
    ),
    Query(
        "Digital blankett för anmälningspliktiga miljöfarliga företag där man anger kod enligt prövningsförordningen och koden avgör avgiften.",
        9624,
        "synonyms",
    ),
    Query(
        "E-service for notification of C-verksamhet with verksamhetskod according to miljöprövningsförordningen – the code should decide the fee.",
        9624,
        "english",
    ),
    Query(
        "Flera verksamhets-koder på samma anläggning, där en markeras som huvud-kod och övriga är tilläggs-verksamheter.",
        9625,
        "compound",
    ),
    Query(
        "Vi vill regga flera verksamhetskoder på en anläggnig och välja vilken som är huvudkoden.",
        9625,
        "typos",
    ),
    Query(
        "Egen objekttyp för EBH-objekt med MIFO-riskklass kopplad till fastbet.",
        9626,
        "abbreviation",
    ),
    Query(
        "Vi har ett par hundra potentiellt förorenade områden i en Excel-lista från länsstyrelsen. Vi skulle vilja ha en egen objekttyp i systemet för förorenad mark, med MIFO-klass och koppling till fastigheten.",
        9626,
        "more_detail",
    ),
    Query(
        "Send remiss to länsstyrelsen digitally from the case, and their answer should come back into the same ärende.",
        9627,
        "english",
    ),
    Query(
        "Vi vill skicka ärenden på yttrande till länsstyrelsen elektroniskt direkt ur handläggningen och få tillbaka deras svar i samma akt.",
        9627,
        "synonyms",
    ),
    Query(
        "Årlig tillsynsavgift för miljöfarlig verksamhet ska kunna räknas om pro rata när verksamhetskoden ändras under året, idag får vi räkna for hand och det blir lätt fell.",
        9628,
        "typos",
    ),
    Query(
        "När verksamheten under året byter verksamhetskod ska den årliga avgiften för tillsyn räknas om pro rata.",
        9628,
        "word_order",
    ),
    Query(
        "E-tj. för anmälan av hygienisk verks. (tatuering, fotvård, piercing) så vi slipper pappersblanketten.",
        9629,
        "abbreviation",
    ),
    Query("E-tjänst anmälan tatuering/fotvård", 9629, "less_detail"),
    Query(
        "Radon-mätvärden per fastighet med mät-period, och sökning på fastigheter över referens-nivån.",
        9630,
        "compound",
    ),
    Query(
        "Bevakning på provtagning för bassängbad – påminelse när provtagningen är förssenad.",
        9631,
        "typos",
    ),
    Query(
        "Vi har fyra simhallar och ett par spa-anläggningar. Provtagning ska göras enligt plan och ibland glömmer vi att kolla att proverna tagits. En bevakning med påminnelse när provtagningen är sen vore bra.",
        9631,
        "more_detail",
    ),
    Query(
        "Per orsak – fukt, mögel, buller, ventilation – ska klagomål på inomhusmiljö i bostäder kunna kategoriseras, så statistik kan tas fram per orsak.",
        9632,
        "word_order",
    ),
    Query(
        "Se senaste protokollet från obligatorisk ventilationskontroll för skolan direkt när vi gör tillsyn.",
        9633,
        "abbreviation",
    ),
    Query(
        "When we do inspections at schools vi vill se the latest ventilation inspection protocol från bygg.",
        9633,
        "english",
    ),
    Query(
        "Köldmedie rapporter ska kunna lämnas digitalt av certifierade kyl-företag och läsas in på anläggningen.",
        9634,
        "compound",
    ),
    Query(
        "Varje vår får vi runt 400 köldmedierapporter på papper och mejl och en administratör lägger veckor på att skriva in dem. Om de certifierade företagen kunde lämna rapporterna digitalt och de importerades till anläggningen vore det en stor vinst.",
        9634,
        "more_detail",
    ),
    Query(
        "Reminder till operatörer som inte lämnat köldmedierapport before 31 March, sent automatically.",
        9635,
        "english",
    ),
    Query(
        "Automatisk påmminelse till operatörerna som inte lämnat in kölmedierapporten innan 31 mars.",
        9635,
        "typos",
    ),
    Query("Auto-beräkning koldioxidekvivalenter köldmedier", 9636, "less_detail"),
    Query(
        "Med en karta för att placera borrhålet ska anmälan om värmepumpsinstallation kunna göras i e-tjänst.",
        9637,
        "word_order",
    ),
    Query(
        "Heat pump installation notification as an e-service with a map where you place the borehole.",
        9637,
        "english",
    ),
    Query(
        "Cisternregister med objekt för varje cistern – volym, tillverknings år, revisions besiktning – och sökning på cisterner i vattenskydds område.",
        9638,
        "compound",
    ),
    Query(
        "Oljetankarna behöver läggas in var för sig med storlek, när de tillverkats och senaste kontrollen, så vi kan hitta alla som ligger där dricksvattnet ska skyddas.",
        9638,
        "synonyms",
    ),
    Query("Påminnelse om revisionsbesiktning av cistern", 9639, "less_detail"),
    Query(
        "Bevakning på revisionsbesikting för cisterner utifrån senaste besiktningsdatum, påminnelse till ägarn innan det är dags.",
        9639,
        "typos",
    ),
    Query(
        "Show cisternregistret on the map med vattenskyddsområden as a separate layer.",
        9640,
        "english",
    ),
    Query(
        "Expediering av strandskyddsdisp. till Lst automatiskt med beslut + karta.",
        9641,
        "abbreviation",
    ),
    Query(
        "Varje gång vi beviljar dispens från strandskyddet måste jag skriva ut beslut och karta och mejla till länsstyrelsen separat. Det glöms ibland. Det borde gå till länsstyrelsen automatiskt när beslutet expedieras.",
        9641,
        "more_detail",
    ),
    Query(
        "När beslutet i strandskyddsärendet expedieras ska en bevakning på tiden för länsstyrelsens överprövning skapas.",
        9642,
        "word_order",
    ),
    Query(
        "Vi vill bli påminda när de tre veckor som länsstyrelsen har på sig att granska vår dispens har passerat.",
        9642,
        "synonyms",
    ),
    Query(
        "Rita tomtplats-avgränsningen i kartan i strandskydds-ärendet, och få med den som beslutsbilaga.",
        9643,
        "compound",
    ),
    Query(
        "Draw tomtplatsavgränsning on the map in the strandskydd case and attach it to the decision.",
        9643,
        "english",
    ),
    Query(
        "Avgift för strandskyddsdipens ska räknas fram från taxan efter typ av åtgärd (brygga, komplementbyggnad, ny bostad), idag räknar vi manuelt.",
        9644,
        "typos",
    ),
    Query("Taxa för strandskyddsdispens per åtgärd", 9644, "less_detail"),
    Query(
        "Vi har samma företag inlagt två gånger i registret och behöver kunna slå samman posterna så att alla ärenden hamnar på den ena.",
        9645,
        "synonyms",
    ),
    Query(
        "Restauranger byter ägare ofta här, flera gånger per år. När vi byter verksamhetsutövare idag försvinner kopplingen till gamla kontroller. Vi vill byta ägare på anläggningen och ändå se hela historiken.",
        9646,
        "more_detail",
    ),
    Query(
        "Ägar-byte / byte av verksamhets-utövare på anläggning utan att historiken tappas.",
        9646,
        "compound",
    ),
    Query(
        "Hämta namn + adr. från Bolagsverket via org.nr vid reg. av verksamhetsutövare.",
        9647,
        "abbreviation",
    ),
    Query(
        "Vid registrering ska organisationsnumret slås upp mot Bolagsvreket och namn och adress fyllas i automatikst.",
        9647,
        "typos",
    ),
    Query("Dölj avregistrerade anläggningar i sökningen", 9648, "less_detail"),
    Query(
        "I sökresultatet ska anläggningar som avregistrerats döljas som standard, men man ska kunna kryssa i att de visas.",
        9648,
        "word_order",
    ),
    Query(
        "När fullmäktige beslutar en ny avgiftsnivå vill vi lägga in den med startdatum, så ärenden som kom in före fortsätter med det gamla timpriset.",
        9649,
        "synonyms",
    ),
    Query(
        "New taxa with valid-from date so that old ärenden keep the old hourly fee.",
        9649,
        "english",
    ),
    Query(
        "Tillsammans med fakturaunderlaget ska avgiftsbeslutet skapas automatiskt, och belopp samt taxebestämmelse ska beslutsmallen hämta in.",
        9650,
        "word_order",
    ),
    Query(
        "Avgifts-beslut ska genereras samtidigt som faktura-underlaget, med belopp och taxe-bestämmelse ifyllda i mallen.",
        9650,
        "compound",
    ),
    Query(
        "Nedsätning av avgift ska kunna registreras med motivering som följer med till fakturan.",
        9651,
        "typos",
    ),
    Query("Nedsatt avgift med motivering", 9651, "less_detail"),
    Query("Fakt.underlag till ekonomisys. via fil/API i st.f. utskrift.", 9652, "abbreviation"),
    Query(
        "När en verksamhet ringer och säger att de redan betalat kan vi inte se det i Castor, vi måste fråga ekonomi. Det vore bra om betalningsstatus från ekonomisystemet syntes direkt på ärendet.",
        9653,
        "more_detail",
    ),
    Query("Granska timmar innan efterhandsdebitering", 9654, "less_detail"),
    Query(
        "Innan fakturaunderlaget skapas ska tiden summeras per ärende och per handläggare och visas, så att fel kan rättas vid efterhandsdebiteringen.",
        9654,
        "word_order",
    ),
    Query(
        "Egen ärendetyp för tillsyn tobak/nikotin enl. LTLP med kontrollköp.", 9655, "abbreviation"
    ),
    Query(
        "Separate case type for tobacco sales supervision, with fields for kontrollköp and the result.",
        9655,
        "english",
    ),
    Query(
        "När jag skapar ett brev från ärendet vill jag att fastighet, företagets namn och adressen till verksamheten fylls i av sig själv.",
        9656,
        "synonyms",
    ),
    Query(
        "Vi har fått nya skyddsföreskrifter för tre vattentäkter och får in ansökningar om tillstånd för t.ex. bergvärme och gödselhantering. Det finns ingen ärendetyp för det, och vi vill direkt kunna se om fastigheten ligger i primär eller sekundär zon.",
        9657,
        "more_detail",
    ),
    Query(
        "Kopplad till skyddsföreskrifterna ska det finnas en egen ärendetyp för tillstånd inom vattenskyddsområde, där handläggaren ser fastighetens skyddszon.",
        9657,
        "word_order",
    ),
    Query(
        "Textmeddelande (SMS) som påminnelse till verksamheten dagen innan tillsynsbesöket.",
        9658,
        "abbreviation",
    ),
    Query(
        "Jag vill få fram mina ärenden där det inte hänt något på två månader.", 9659, "synonyms"
    ),
    # --- Kart & mät duplicates ---
    Query(
        "Beställning av NBK via e-tj. ska skapa ärende kopplat till fastigheten, med val mellan enkel och fullständig.",
        9800,
        "abbreviation",
    ),
    Query(
        "Nybyggnadskarta ska kunna beställas i e-tjänsten så att ärendet skapas och kopplas till fastigehten, med val av enkel eller fullständig kartta.",
        9800,
        "typos",
    ),
    Query(
        "Nybyggnadskarteavgiften ska räknas ut från taxan efter tomtens area och faktureras vid leverans.",
        9801,
        "compound",
    ),
    Query(
        "Fee for nybyggnadskarta calculated from the taxa based on lot size, invoice created on delivery.",
        9801,
        "english",
    ),
    Query(
        "Kartfilerna ska kunna skickas till beställaren elektroniskt från ärendet i både CAD-format och pdf, och det ska synas i ärendet vem som fått dem och när.",
        9802,
        "synonyms",
    ),
    Query("Statistik handläggningstid nybyggnadskartor", 9803, "less_detail"),
    Query(
        "Vi har lovat beställarna leverans inom tre veckor men har ingen aning om vi klarar det. Vi behöver statistik över handläggningstiden för nybyggnadskartor, helst per månad.",
        9803,
        "more_detail",
    ),
    Query(
        "Bygglovshandläggaren ska kunna se om kartan är för gammal; giltighetstiden för nybyggnadskartan ska bevakas och visas.",
        9804,
        "word_order",
    ),
    Query(
        "När nybyggnadskartan levererats ska it be linked automatically to the building permit case.",
        9805,
        "english",
    ),
    Query(
        "Automatisk koppling nybyggnadskarta–bygglov: kartan ska länkas till bygglov-ärendet när den är levererad.",
        9805,
        "compound",
    ),
    Query(
        "Bygglovshandläggaren ska med ett klick kunna begära en lägeskontroll, så att ett kopplat ärende uppstår hos mätavdelningen.",
        9806,
        "synonyms",
    ),
    Query("Beställ LK direkt från BL-ärendet, skapa kopplat K&M-ärende.", 9806, "abbreviation"),
    Query(
        "Lägeskontroll protocol from template with measured coordinates och deviations i tabell mot ritningen.",
        9807,
        "english",
    ),
    Query(
        "Protokol för lägeskontroll ska skapas från mall med inmätta koordinater och avvikelserna mot ritnigen i en tabell.",
        9807,
        "typos",
    ),
    Query(
        "Till bygglovsärendet ska resultatet av lägeskontrollen automatiskt skickas tillbaka när den är klar.",
        9808,
        "word_order",
    ),
    Query(
        "Bygglovarna frågar oss hela tiden om lägeskontrollen är gjord inför slutsamrådet. Protokollet borde automatiskt hamna i bygglovsärendet när vi är klara så att de ser resultatet själva.",
        9808,
        "more_detail",
    ),
    Query(
        "Lägeskontrollavgiften ska faktureras byggherren när kontrollen är utförd.",
        9809,
        "compound",
    ),
    Query("Fakturera lägeskontroll efter utförd mätning", 9809, "less_detail"),
    Query(
        "Byggherren ska kunna book utstakning in a calendar i e-tjänsten, och mätingenjören sees the bookings.",
        9810,
        "english",
    ),
    Query(
        "Den som bygger ska själv välja en ledig tid för utsättning av huset på webben, och vi på mät ska se tiderna.",
        9810,
        "synonyms",
    ),
    Query(
        "Utstakningsprotkollet ska skickas till beställarn via e-post med karta som bilaga.",
        9811,
        "typos",
    ),
    Query(
        "Separata avgifter och egna åtgärder för finutstakning och grovutstakning.",
        9812,
        "word_order",
    ),
    Query(
        "Grov- och fin-utstakning ska vara två olika åtgärder med var sin avgift.", 9812, "compound"
    ),
    Query(
        "Vi behöver hålla ordning på vad som ska ändras i baskartan – varje revidering som ett eget ärende med läge.",
        9813,
        "synonyms",
    ),
    Query("Ärenden för primärkarteuppdatering med status", 9813, "less_detail"),
    Query("Läs in inmätning från GNSS/RTK direkt i primärkartan.", 9814, "abbreviation"),
    Query(
        "Import survey data from the field instrument directly into the primärkarta.",
        9814,
        "english",
    ),
    Query(
        "Vi missar ofta nya byggnader i kartan för att vi inte vet när de är klara. När ett bygglov får slutbesked borde det automatiskt skapas ett ajourhållningsärende hos oss så att huset mäts in.",
        9815,
        "more_detail",
    ),
    Query(
        "Slutbeskedet ska automatiskt generera ett ajourhålningsärende för nya byggnader i primärkartan.",
        9815,
        "typos",
    ),
    Query(
        "Geodata-beställning via e-tjänst för konsulter, med nyttjande-avtal som följer med.",
        9816,
        "compound",
    ),
    Query(
        "Consultants should be able to order map data via an e-service and the licence agreement should follow with the delivery.",
        9816,
        "english",
    ),
    Query(
        "Belägenhetsadress satt i ärendet ska skickas till LM:s adressreg.", 9817, "abbreviation"
    ),
    Query(
        "Alla fastighetsägare som berörs av nya adresser ska få ett brev från mall i ett enda utskick.",
        9818,
        "synonyms",
    ),
    Query(
        "Beslut om adresättning ska kunna skickas som utskick till berörda fastighetsägare med mall.",
        9818,
        "typos",
    ),
    Query("Adressplatser i kartan vid adressättning", 9819, "less_detail"),
    Query(
        "När man väljer ny adress ska omkringliggande adressplatser visas på kartan i adressärendet.",
        9819,
        "word_order",
    ),
    Query("Lägenhets-nummer ska kunna registreras och ändras i adress-ärendet.", 9820, "compound"),
    Query(
        "Vid ombyggnad av flerbostadshus behöver vi ofta ändra lägenhetsnumren. Idag får vi göra det i ett annat system. Vi vill registrera och ändra lägenhetsnummer direkt i adressärendet.",
        9820,
        "more_detail",
    ),
    Query(
        "Varning om ett vägnamn redan finns någon annanstans i kommunen när vi namnger nya gator.",
        9821,
        "synonyms",
    ),
    Query("Pågående BL- och kartärenden som lager i kommunens GIS.", 9822, "abbreviation"),
    Query(
        "Drawn polygons in the map should be saved as geometry i ärendet, not just a screenshot.",
        9823,
        "english",
    ),
    Query(
        "Ytor som ritas i kartan ska sparas som geometri i ärendet och inte bara som bid.",
        9823,
        "typos",
    ),
    Query(
        "Lägg till LM:s webbkarttjänster som bakgrund i ärendekartan, ortofoto eller topo.",
        9824,
        "abbreviation",
    ),
    Query("Lantmäteriets WMS som bakgrundskarta", 9824, "less_detail"),
    Query(
        "Kartutskrift i skala, med norr-pil och teckenförklaring, som bilaga i ärendet.",
        9825,
        "compound",
    ),
    Query(
        "Som bilaga i ärendet ska man kunna bifoga en utskriven karta i skala med teckenförklaring och norrpil.",
        9825,
        "word_order",
    ),
    Query(
        "Få fram alla fastigheter runt omkring inom t.ex. 50 meter för att hitta vilka som ska höras.",
        9826,
        "synonyms",
    ),
    Query(
        "Coordinates in SWEREF 99 local zone should be transformed automatically to SWEREF 99 TM.",
        9827,
        "english",
    ),
    Query(
        "Kordinater i SWEREF 99 lokal zon ska tranformeras automatiskt till SWEREF 99 TM.",
        9827,
        "typos",
    ),
    Query("RH 2000 i mallarna", 9828, "less_detail"),
    Query(
        "Vilket höjdsystem som används ska stå automatiskt på kartor och protokoll vi skapar.",
        9828,
        "synonyms",
    ),
    Query(
        "Punkter från en koordinatfil (CSV) ska kunna importeras till ärendet i rätt koordinatsystem.",
        9829,
        "word_order",
    ),
    Query(
        "Fastighetsförteckning för planområdet med ägare och adresser från FIR, till DP.",
        9830,
        "abbreviation",
    ),
    Query(
        "Inför varje samråd om detaljplan tar vi fram en sakägarlista manuellt från Lantmäteriets tjänst. Det tar lång tid. Vi vill markera planområdet i kartan och få fram fastighetsförteckningen med ägare och adresser.",
        9830,
        "more_detail",
    ),
    Query("Fastighetsförteckning till Excel", 9831, "less_detail"),
    Query(
        "Inför utskick ska ägaruppgifterna i fastighetsförteckningen uppdateras automatiskt från Lantmäteriet.",
        9832,
        "word_order",
    ),
    Query(
        "Ägaruppgifterna i fastighetsförteckningen ska uppdaters från lantmäteriet automatisk innan vi skickar ut.",
        9832,
        "typos",
    ),
    Query(
        "När Lantmäteriet ber oss yttra oss i en lantmäteriförrättning ska det bli ett eget ärende med datum när vi senast ska svara.",
        9833,
        "synonyms",
    ),
    Query("Show gällande detaljplaner in the case map with plan regulations.", 9834, "english"),
    Query(
        "Gällande detalj-planer med plan-bestämmelser ska synas i ärende-kartan.", 9834, "compound"
    ),
    Query(
        "Fältjobben ska delas ut till mätpatrullerna som arbetsorder direkt från systemet.",
        9835,
        "synonyms",
    ),
    Query("Arbetsorder till mätlag", 9835, "less_detail"),
    Query("Tidsrapportering per mätuppdrag ska kopplas till faktureingen.", 9836, "typos"),
    Query(
        "Vi debiterar mätuppdrag per timme, men timmarna skrivs i ett Excel-ark och sen in i ekonomisystemet. Det vore bra om tiden vi rapporterar per mätuppdrag direkt blev underlag för fakturan.",
        9836,
        "more_detail",
    ),
    Query("Stat. antal K&M-ärenden per typ/mån.", 9837, "abbreviation"),
    Query(
        "Via e-tjänst ska skadade stompunkter kunna rapporteras och visas i kartan.",
        9838,
        "word_order",
    ),
    Query(
        "Kartprodukts-taxan ska vi själva kunna uppdatera med nytt giltighets-datum.",
        9839,
        "compound",
    ),
    Query("Själv uppdatera prislistan för kartprodukter", 9839, "less_detail"),
    Query(
        "Varje höst sitter jag en vecka med Excel och räknar fram vilka verksamheter som ska ha tillsyn nästa år utifrån deras frekvens. Uppgifterna finns ju redan i anläggningsregistret, så systemet borde kunna föreslå nästa års tillsynsplan.",
        9614,
        "more_detail",
    ),
    Query(
        "Ekonomienheten klagar på att vi lämnar utskrivna fakturaunderlag som de sedan matar in igen, ungefär 300 i månaden. Vi vill att underlagen går över till ekonomisystemet via en integration i stället.",
        9652,
        "more_detail",
    ),
    Query(
        "Efter en period med hög sjukfrånvaro vet jag inte vilka av mina ärenden som blivit liggande. Jag vill kunna filtrera ärendelistan på ärenden där ingen åtgärd registrerats på 60 dagar.",
        9659,
        "more_detail",
    ),
    # --- Miljö look-alikes (duplicate nothing) ---
    Query(
        "Riskklassningen av en livsmedelsanläggning ska kunna ändras manuellt av inspektören, med en motivering som sparas i historiken.",
        None,
        "lookalike",
    ),
    Query(
        "Årlig kontrollavgift för livsmedel ska kunna återbetalas delvis när en anläggning avregistreras mitt i året.",
        None,
        "lookalike",
    ),
    Query(
        "Tidrapporten ska visa hur många timmar extra offentlig kontroll varje inspektör har gjort under året.",
        None,
        "lookalike",
    ),
    Query(
        "Foton som tas med mobilen under inspektionen ska sparas direkt i ärendet med datum och plats.",
        None,
        "lookalike",
    ),
    Query(
        "När en livsmedelsanläggning registrerats via e-tjänsten ska ett registreringsbesked skickas automatiskt till företaget.",
        None,
        "lookalike",
    ),
    Query(
        "Kontrollerna i årets plan ska kunna fördelas på inspektörerna med en knapp så att alla får ungefär lika många.",
        None,
        "lookalike",
    ),
    Query(
        "E-tjänsten för enskilt avlopp ska stoppa ansökan om ingen situationsplan är bifogad.",
        None,
        "lookalike",
    ),
    Query(
        "Utförandeintyget för avloppsanläggningen ska kunna lämnas in av entreprenören i en e-tjänst.",
        None,
        "lookalike",
    ),
    Query(
        "Resultatet av avloppsinventeringen ska kunna tas ut som statistik per område med andel godkända och underkända anläggningar.",
        None,
        "lookalike",
    ),
    Query(
        "Informationsbrev inför en avloppsinventering ska kunna skickas till alla fastighetsägare i området på en gång.",
        None,
        "lookalike",
    ),
    Query(
        "Behovsutredningen till nämnden ska kunna tas fram ur registret med summerat behov av tillsynstimmar per verksamhetsgrupp.",
        None,
        "lookalike",
    ),
    Query(
        "Svar på kommunicering som kommer in via mejl ska kopplas automatiskt till rätt ärende.",
        None,
        "lookalike",
    ),
    Query(
        "Delegationsbeslut ska kunna signeras digitalt av handläggaren innan de expedieras.",
        None,
        "lookalike",
    ),
    Query(
        "Ansökan om utdömande av vite till mark- och miljödomstolen ska kunna skapas från mall i föreläggandeärendet.",
        None,
        "lookalike",
    ),
    Query(
        "Svaren i tillsynschecklistorna ska sammanställas till statistik över de vanligaste bristerna per bransch.",
        None,
        "lookalike",
    ),
    Query(
        "Klaganden ska automatiskt få ett meddelande när klagomålsärendet avslutas.",
        None,
        "lookalike",
    ),
    Query(
        "När verksamhetskoderna i miljöprövningsförordningen ändras ska gamla koder kunna mappas om till nya i hela anläggningsregistret.",
        None,
        "lookalike",
    ),
    Query(
        "Bygglovshandläggaren ska få en varning när ett nytt bygglov gäller en fastighet med registrerad förorenad mark.",
        None,
        "lookalike",
    ),
    Query(
        "Remisser som vi får från länsstyrelsen i deras tillståndsärenden ska registreras som egna ärenden med svarsdatum.",
        None,
        "lookalike",
    ),
    Query(
        "Verksamheterna ska få ett brev innan årsavgiften för tillsyn skickas ut, där det står vilken verksamhetskod och avgift de har.",
        None,
        "lookalike",
    ),
    Query(
        "Provsvaren från bassängbaden ska jämföras mot gränsvärdena och avvikande värden markeras.",
        None,
        "lookalike",
    ),
    Query(
        "Vid klagomål på inomhusmiljö ska fastighetsägaren automatiskt få ett brev om att ett klagomål kommit in.",
        None,
        "lookalike",
    ),
    Query(
        "Fastighetsägaren ska få en påminnelse när det är dags att göra om OVK på skolan.",
        None,
        "lookalike",
    ),
    Query(
        "Läckagekontrollerna i köldmedierapporten ska jämföras med förra året och stora läckage flaggas.",
        None,
        "lookalike",
    ),
    Query(
        "Föreläggande med vite ska kunna skapas för de operatörer som trots påminnelse inte lämnat köldmedierapport.",
        None,
        "lookalike",
    ),
    Query(
        "Besiktningsprotokoll från ackrediterade kontrollorgan ska kunna läsas in direkt på cisternen.",
        None,
        "lookalike",
    ),
    Query(
        "Länsstyrelsens beslut om överprövning av strandskyddsdispensen ska registreras i ärendet och meddelas sökanden.",
        None,
        "lookalike",
    ),
    Query(
        "Bevakning av att överklagandetiden för strandskyddsbeslutet har gått ut innan ärendet markeras som laga kraft.",
        None,
        "lookalike",
    ),
    Query(
        "Sökanden ska i e-tjänsten se vad strandskyddsdispensen kommer att kosta innan ansökan skickas in.",
        None,
        "lookalike",
    ),
    Query(
        "Systemet ska varna när man registrerar en anläggning som redan finns med samma organisationsnummer.",
        None,
        "lookalike",
    ),
    Query(
        "Överklagande av avgiftsbeslut ska kunna registreras och bevakas i samma ärende som avgiften.",
        None,
        "lookalike",
    ),
    Query(
        "Påminnelse om obetald avgift ska kunna skickas från ärendet med mall.", None, "lookalike"
    ),
    Query("Ärenden där inget hänt på 60 dagar ska avslutas automatiskt.", None, "lookalike"),
    # --- Kart & mät look-alikes (duplicate nothing) ---
    Query(
        "Beställaren ska kunna följa status på sin beställning av nybyggnadskarta i e-tjänsten.",
        None,
        "lookalike",
    ),
    Query(
        "Avgiften för nybyggnadskartan ska tas ut på samma faktura som bygglovsavgiften.",
        None,
        "lookalike",
    ),
    Query(
        "En äldre nybyggnadskarta ska kunna uppdateras med en ny fältkontroll utan att det blir en ny beställning.",
        None,
        "lookalike",
    ),
    Query(
        "I bygglovsärendet ska man se om det finns en beställd men ännu inte levererad nybyggnadskarta.",
        None,
        "lookalike",
    ),
    Query(
        "Byggherren ska själv kunna beställa lägeskontroll via e-tjänst när grunden är klar.",
        None,
        "lookalike",
    ),
    Query(
        "Avvikelser i lägeskontrollen som överstiger toleransen ska skickas som varning till kontrollansvarig.",
        None,
        "lookalike",
    ),
    Query(
        "Avgiften för lägeskontroll ska ingå i bygglovsavgiften och tas ut redan vid beslutet om lov.",
        None,
        "lookalike",
    ),
    Query(
        "Utstakningsdata ska kunna exporteras till entreprenörens maskinstyrning.",
        None,
        "lookalike",
    ),
    Query(
        "Ändringar i primärkartan ska loggas så att man ser vem som ändrat vad och när.",
        None,
        "lookalike",
    ),
    Query(
        "Primärkartan ska kunna laddas ned till fältinstrumentet innan vi åker ut och mäter.",
        None,
        "lookalike",
    ),
    Query(
        "Geodata som lämnas ut till konsulter ska faktureras enligt prislistan direkt från beställningen.",
        None,
        "lookalike",
    ),
    Query(
        "Adresser som ändrats i Lantmäteriets adressregister ska läsas in till vårt system.",
        None,
        "lookalike",
    ),
    Query(
        "Berörda fastighetsägare ska kunna lämna synpunkter på föreslaget gatunamn via e-tjänst.",
        None,
        "lookalike",
    ),
    Query(
        "Adressplatsens läge ska kunna flyttas i kartan när entrén till huset flyttas.",
        None,
        "lookalike",
    ),
    Query(
        "Fastighetsägaren ska kunna lämna in lägenhetsförteckningen via e-tjänst.",
        None,
        "lookalike",
    ),
    Query(
        "Förslag till nya gatunamn ska kunna skickas på remiss till namnberedningen från adressärendet.",
        None,
        "lookalike",
    ),
    Query(
        "Ritade ytor i kartan ska kunna mätas så att area och längd visas direkt.",
        None,
        "lookalike",
    ),
    Query(
        "Grannehörande ska kunna skickas som utskick med svarstid till alla sakägare.",
        None,
        "lookalike",
    ),
    Query("Punkterna i ärendet ska kunna exporteras som koordinatfil.", None, "lookalike"),
    Query(
        "Fastighetsförteckningen ska kunna skrivas ut som adressetiketter till kuvert.",
        None,
        "lookalike",
    ),
    Query(
        "Vårt yttrande i förrättningen ska skickas digitalt till Lantmäteriet direkt från ärendet.",
        None,
        "lookalike",
    ),
    Query(
        "Stompunkter ska kunna sökas fram och punktbeskrivningar skrivas ut till konsulter.",
        None,
        "lookalike",
    ),
]
