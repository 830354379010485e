# ruff: noqa: E501
"""Sealed, blind evaluation set of development wishes (round 7, file b).

Written by an AI helper session from its own knowledge of Swedish municipal case handling,
without reading the project's files. Modules and number ranges:
Miljö 10100-10159 (60 wishes) and Kart & mät 10300-10339 (40 wishes).
"""

from __future__ import annotations

from tests.unit.wish_families import Query, Wish

WISHES: list[Wish] = [
    # --- Miljö: enskilda avlopp ---
    Wish(
        10100,
        "Miljö",
        "Bevakning på utförandeintyg för enskilt avlopp. När vi ger tillstånd till en ny avloppsanläggning vill vi att en bevakning skapas automatiskt så att vi ser om fastighetsägaren inte skickat in utförandeintyget inom ett år.",
    ),
    Wish(
        10101,
        "Miljö",
        "Avloppsinventering per område i kartan. Vi vill kunna markera ett inventeringsområde i kartan och få ut alla fastigheter med enskilt avlopp där som en lista att skapa ärenden från.",
    ),
    Wish(
        10102,
        "Miljö",
        "Massutskick av informationsbrev inför avloppsinventering. Vi vill kunna skicka samma brev till alla fastighetsägare i ett urval av avloppsärenden på en gång, med adresser hämtade från fastighetsregistret.",
    ),
    Wish(
        10103,
        "Miljö",
        "Fält för avloppsanläggningens status i anläggningsregistret. Vi vill kunna ange bedömning (godkänd, brister, förbud) på själva anläggningen så att status syns utan att öppna senaste inspektionsärendet.",
    ),
    Wish(
        10104,
        "Miljö",
        "E-tjänst för ansökan om enskilt avlopp som skapar ärende. Ansökan med situationsplan och bilagor ska komma in som ett registrerat ärende med fastigheten kopplad, istället för att registratorn skriver in den.",
    ),
    Wish(
        10105,
        "Miljö",
        "Mall för föreläggande med vite om åtgärd av avlopp. Vi behöver en färdig beslutsmall för föreläggande med vite när avloppet har brister, med fält för tidsfrist och vitesbelopp som fylls i från ärendet.",
    ),
    # --- Miljö: livsmedel och dricksvatten ---
    Wish(
        10106,
        "Miljö",
        "Riskklassning av livsmedelsanläggning ska räkna ut kontrolltiden. När vi fyller i riskmodul, informationsmodul och erfarenhetsmodul ska kontrolltid och årlig avgift räknas fram direkt enligt taxan.",
    ),
    Wish(
        10107,
        "Miljö",
        "Lista över livsmedelsanläggningar som ligger efter i kontrollplanen. Vi vill se vilka anläggningar som ännu inte fått sin planerade kontroll i år så att vi kan prioritera under hösten.",
    ),
    Wish(
        10108,
        "Miljö",
        "Registrering av livsmedelsanläggning via e-tjänst skapar anläggningen. När en verksamhet anmäler registrering ska anläggningen läggas upp i registret med verksamhetsutövare och organisationsnummer.",
    ),
    Wish(
        10109,
        "Miljö",
        "Fakturering av årlig kontrollavgift för livsmedel i en körning. Vi vill kunna fakturera alla livsmedelsanläggningars årsavgifter på en gång i januari och skicka fakturaunderlaget till ekonomisystemet.",
    ),
    Wish(
        10110,
        "Miljö",
        "Efterhandsdebitering av livsmedelskontroll. Vi vill kunna debitera per timme utifrån registrerad kontrolltid när kommunen går över till efterhandsdebitering, istället för fast årsavgift.",
    ),
    Wish(
        10111,
        "Miljö",
        "Kontrollrapport från surfplattan vid inspektion. Inspektören ska kunna fylla i kontrollrapporten med bedömning per kontrollområde ute på plats och skicka den direkt till verksamheten.",
    ),
    Wish(
        10112,
        "Miljö",
        "Årsrapportering av livsmedelskontrollen till Livsmedelsverket. Rapporten ska kunna tas ut ur systemet med antal kontroller, avvikelser och sanktioner per anläggningstyp.",
    ),
    Wish(
        10113,
        "Miljö",
        "Provsvar för dricksvatten registreras på anläggningen. Vi vill registrera provsvar från laboratoriet på dricksvattenanläggningen och få en varning när ett värde är otjänligt.",
    ),
    Wish(
        10114,
        "Miljö",
        "Import av provsvar från laboratoriet. Analysresultaten från labbet ska kunna läsas in som fil istället för att vi skriver av dem för hand i provtagningen.",
    ),
    # --- Miljö: miljöfarlig verksamhet ---
    Wish(
        10115,
        "Miljö",
        "Årlig tillsynsavgift för C-verksamheter räknas från verksamhetskoden. Avgiften ska tas fram från prövningsnivå och verksamhetskod enligt miljöprövningsförordningen och fakturaunderlag skapas för alla på en gång.",
    ),
    Wish(
        10116,
        "Miljö",
        "Bevakning av miljörapport för miljöfarlig verksamhet. Vi vill att systemet påminner när en B-verksamhet inte har lämnat sin miljörapport senast den 31 mars.",
    ),
    Wish(
        10117,
        "Miljö",
        "Import av miljörapporter från SMP. Miljörapporten som verksamheten lämnar i Svenska miljörapporteringsportalen ska kunna hämtas in och kopplas till rätt anläggning.",
    ),
    Wish(
        10118,
        "Miljö",
        "Flera verksamhetskoder på samma anläggning. En anläggning kan ha en huvudverksamhet och flera sidoverksamheter, och vi vill kunna ange alla koder med var sin prövningsnivå.",
    ),
    Wish(
        10119,
        "Miljö",
        "Handläggningstid för anmälan om miljöfarlig verksamhet räknas från komplett anmälan. Tiden ska räknas från datum då anmälan blev komplett och inte från inkommen-datum, så att statistiken stämmer.",
    ),
    Wish(
        10120,
        "Miljö",
        "Miljösanktionsavgift med mall och belopp. Vi vill kunna välja överträdelse ur förordningen om miljösanktionsavgifter så att beloppet föreslås och beslutet skrivs med rätt paragraf.",
    ),
    # --- Miljö: hälsoskydd ---
    Wish(
        10121,
        "Miljö",
        "Bullerdagbok i klagomålsärende. Vi vill kunna skicka ut en bullerdagbok till den som klagar och registrera den när den kommer tillbaka, kopplad till klagomålet.",
    ),
    Wish(
        10122,
        "Miljö",
        "Klagomål på inomhusmiljö: kommunicering till fastighetsägaren från ärendet. När vi registrerar ett klagomål om fukt eller mögel i en hyresrätt vill vi kunna skicka kommunicering till fastighetsägaren med klagomålet bifogat.",
    ),
    Wish(
        10123,
        "Miljö",
        "Dölja klagandens personuppgifter i handlingar som lämnas ut. Namn och kontaktuppgifter för den som klagar ska kunna maskeras automatiskt när handlingen skickas till motparten.",
    ),
    Wish(
        10124,
        "Miljö",
        "Tillsynsprojekt för skolor och förskolor. Vi vill kunna lägga upp ett tillsynsprojekt, koppla alla förskolor ur registret till det och se hur långt vi har kommit.",
    ),
    Wish(
        10125,
        "Miljö",
        "Egen ärendetyp för anmälan om hygienisk behandlingslokal. Tatuering, fotvård och liknande ska ha en egen ärendetyp med checklista för vad anmälan ska innehålla.",
    ),
    Wish(
        10126,
        "Miljö",
        "Radonmätningar registreras per byggnad. Radonvärden från mätningar i flerbostadshus ska sparas per byggnad och lägenhet så att vi ser vilka som ligger över referensnivån 200 Bq/m3.",
    ),
    Wish(
        10127,
        "Miljö",
        "Bevakning av badvattenprover under badsäsongen. Vi vill få en lista varje vecka på vilka badplatser som saknar provsvar.",
    ),
    # --- Miljö: köldmedier, cisterner, värmepumpar ---
    Wish(
        10128,
        "Miljö",
        "Köldmedierapporter kopplas till aggregat i anläggningsregistret. De årliga köldmedierapporterna ska kunna kopplas till rätt aggregat så att vi ser fyllnadsmängd och läckage per år.",
    ),
    Wish(
        10129,
        "Miljö",
        "Påminnelse till operatörer som inte lämnat köldmedierapport. Efter 31 mars vill vi kunna ta ut en lista över operatörer som inte rapporterat och skicka påminnelse via e-post.",
    ),
    Wish(
        10130,
        "Miljö",
        "Cisternregister med datum för återkommande kontroll. Vi vill ha ett register över cisterner med volym och datum för senaste kontroll, och få bevakning när nästa återkommande kontroll ska göras.",
    ),
    Wish(
        10131,
        "Miljö",
        "E-tjänst för anmälan om värmepump med kartbild. Anmälan om bergvärme ska kunna göras i e-tjänsten där sökanden markerar borrhålets läge i en karta och avståndet till grannens brunn visas.",
    ),
    Wish(
        10132,
        "Miljö",
        "Visa befintliga energibrunnar i kartan vid handläggning av värmepumpsanmälan. Handläggaren behöver se alla borrhål och enskilda brunnar inom 50 meter när en ny anmälan kommer in.",
    ),
    # --- Miljö: avfall ---
    Wish(
        10133,
        "Miljö",
        "Dispens från slamtömning förs över till renhållningens system. När vi beviljar dispens eller förlängt tömningsintervall ska beslutet gå över automatiskt till avfallsbolagets kundsystem.",
    ),
    Wish(
        10134,
        "Miljö",
        "Anmälan om kompostering av matavfall via e-tjänst. Anmälan ska registreras direkt som ärende och om villkoren är uppfyllda ska ett bekräftelsebrev skickas automatiskt utan handläggning.",
    ),
    Wish(
        10135,
        "Miljö",
        "Beslutsmall för uppehåll i sophämtning med slutdatum. Beslutet om uppehåll ska innehålla datum för när uppehållet upphör så att både sökanden och renhållningen ser det.",
    ),
    # --- Miljö: mark, strand, lantbruk, djur ---
    Wish(
        10136,
        "Miljö",
        "MIFO-klass på fastigheten med varning vid bygglov. Vi vill se riskklass enligt MIFO på fastigheten så att bygglovshandläggaren får en varning när det finns ett potentiellt förorenat område.",
    ),
    Wish(
        10137,
        "Miljö",
        "Beslut om strandskyddsdispens skickas till Länsstyrelsen från ärendet. Beslutet ska kunna expedieras till Länsstyrelsen inom tre veckor direkt från ärendet.",
    ),
    Wish(
        10138,
        "Miljö",
        "Lantbrukstillsyn: djurenheter räknas automatiskt. När vi anger antal djur per djurslag ska antalet djurenheter räknas fram så att rätt prövningsnivå och avgift väljs.",
    ),
    Wish(
        10139,
        "Miljö",
        "Egen ärendetyp för tillstånd till djurhållning inom detaljplanelagt område. Ansökan om att hålla höns, kaniner eller häst i tätort ska ha en egen ärendetyp med rätt beslutsmall och avgift.",
    ),
    # --- Miljö: tobak ---
    Wish(
        10140,
        "Miljö",
        "Tillsynsavgift för tobaksförsäljning faktureras per försäljningsställe. Den årliga avgiften ska tas ut för varje försäljningsställe och inte per företag.",
    ),
    Wish(
        10141,
        "Miljö",
        "Registrering av kontrollköp av tobak. Vi vill registrera varje kontrollköp med resultat på försäljningsstället så att det syns vid nästa tillsyn.",
    ),
    # --- Miljö: avgifter, taxa, fakturering ---
    Wish(
        10142,
        "Miljö",
        "Tidredovisning i ärendet med timavgift från taxan. Handläggaren ska kunna registrera tid i ärendet och få fakturaunderlag med rätt timavgift för året.",
    ),
    Wish(
        10143,
        "Miljö",
        "Ny taxa läggs upp i förväg med giltighetsdatum. Timavgiften ska bytas automatiskt vid årsskiftet när den nya taxan börjar gälla 1 januari.",
    ),
    Wish(
        10144,
        "Miljö",
        "E-faktura till företag från fakturaunderlaget. Fakturaunderlaget ska innehålla GLN eller Peppol-id så att verksamheter som har e-faktura får avgiften så.",
    ),
    Wish(
        10145,
        "Miljö",
        "Kreditering av felaktig avgift i ärendet. Vi vill kunna skapa en kreditnota i ärendet när en avgift blivit fel, så att den följer med till ekonomisystemet.",
    ),
    Wish(
        10146,
        "Miljö",
        "Avgiftsbeslut skapas automatiskt med fakturaunderlaget. När vi tar ut timavgift ska ett avgiftsbeslut med överklagandehänvisning skapas som dokument i ärendet.",
    ),
    # --- Miljö: handläggning, delegation, expediering ---
    Wish(
        10147,
        "Miljö",
        "Lista över delegationsbeslut att anmäla till nämnden. Vi vill ta ut alla delegationsbeslut inom miljö under en period, med diarienummer, beslutsdatum och handläggare, att anmäla till miljönämnden.",
    ),
    Wish(
        10148,
        "Miljö",
        "Bevakning på svarstiden vid kommunicering. När vi skickat kommunicering ska en bevakning läggas automatiskt på svarsdatumet så att beslut inte fattas för tidigt.",
    ),
    Wish(
        10149,
        "Miljö",
        "Expediering av beslut med delgivningskvitto. När vi expedierar ett föreläggande vill vi kunna skicka med delgivningskvitto och registrera när det kommer tillbaka undertecknat.",
    ),
    Wish(
        10150,
        "Miljö",
        "Remiss till räddningstjänsten från miljöärendet. Vi vill kunna skicka remiss via e-post direkt från ärendet med valda handlingar och få svaret registrerat i samma ärende.",
    ),
    Wish(
        10151,
        "Miljö",
        "Behovsutredning: planerad tillsynstid per verksamhetstyp. Vi vill kunna ta ut planerad tillsynstid per år och område ur registret som underlag till behovsutredningen.",
    ),
    Wish(
        10152,
        "Miljö",
        "Slå ihop dubbletter i anläggningsregistret. Samma verksamhet finns ibland två gånger och vi vill kunna slå ihop dem med alla ärenden flyttade till den ena.",
    ),
    Wish(
        10153,
        "Miljö",
        "Byte av verksamhetsutövare på anläggning med historik. När en restaurang byter ägare vill vi byta verksamhetsutövare och ändå se vem som drev den tidigare och när.",
    ),
    Wish(
        10154,
        "Miljö",
        "Egna checklistor för inspektion per bransch. Vi vill bygga egna checklistor för till exempel bilverkstäder och tvätthallar och få svaren direkt in i inspektionsrapporten.",
    ),
    Wish(
        10155,
        "Miljö",
        "Alla miljöärenden på en fastighet, även avslutade. När vi söker på fastighetsbeteckning vill vi se all historik, även gamla avloppsärenden som konverterades från det förra systemet.",
    ),
    Wish(
        10156,
        "Miljö",
        "Statistik över handläggningstid per ärendetyp inom miljö. Vi vill ta ut median handläggningstid per ärendetyp och år till verksamhetsberättelsen.",
    ),
    Wish(
        10157,
        "Miljö",
        "SMS-påminnelse dagen före aviserad inspektion. Vi vill kunna avisera en inspektion och att kontaktpersonen får ett automatiskt SMS som påminnelse dagen innan besöket.",
    ),
    Wish(
        10158,
        "Miljö",
        "Mejl till funktionsbrevlådan diarieförs direkt i ärendet. Mejl till miljöförvaltningens funktionsbrevlåda ska kunna registreras som handling i rätt ärende utan att skrivas ut och skannas.",
    ),
    Wish(
        10159,
        "Miljö",
        "Gallring av klagomålsärenden enligt dokumenthanteringsplanen. Avslutade klagomål som inte lett till åtgärd ska kunna gallras efter två år, med lista för godkännande innan de tas bort.",
    ),
    # --- Kart & mät: nybyggnadskarta ---
    Wish(
        10300,
        "Kart & mät",
        "Beställning av nybyggnadskarta via e-tjänst skapar ärende. När en sökande beställer nybyggnadskarta i e-tjänsten ska ett mätärende skapas med fastighet och kontaktuppgifter.",
    ),
    Wish(
        10301,
        "Kart & mät",
        "Avgift för nybyggnadskarta räknas från tomtarean. Avgiften ska räknas ut automatiskt enligt taxan från fastighetens area och om det är enkel eller fullständig nybyggnadskarta.",
    ),
    Wish(
        10302,
        "Kart & mät",
        "Statistik över leveranstid för nybyggnadskartor. Vi vill se hur många dagar det tar från beställning till levererad karta, per månad.",
    ),
    Wish(
        10303,
        "Kart & mät",
        "Nybyggnadskartan levereras som DWG och PDF till beställaren. När kartan är klar ska den skickas ut från ärendet i båda formaten utan att vi sparar ner och bifogar filerna manuellt.",
    ),
    Wish(
        10304,
        "Kart & mät",
        "Koppla ärendet om nybyggnadskarta till bygglovsärendet. Mätärendet och bygglovet på samma fastighet ska länkas så att bygglovshandläggaren ser att kartan är beställd och levererad.",
    ),
    # --- Kart & mät: utstakning och lägeskontroll ---
    Wish(
        10305,
        "Kart & mät",
        "Beställning av utstakning med önskat datum. Byggherren ska kunna beställa grov- eller finutstakning och föreslå datum, och vi vill få en lista över bokade utstakningar per vecka.",
    ),
    Wish(
        10306,
        "Kart & mät",
        "Resultatet av lägeskontrollen hamnar i bygglovsärendet. När mätningen är klar ska protokollet med avvikelser läggas som handling i bygglovsärendet.",
    ),
    Wish(
        10307,
        "Kart & mät",
        "Fakturering av utstakning efter utfört uppdrag. Fakturaunderlag ska skapas när mätaren markerar utstakningen som utförd, inte när beställningen kommer in.",
    ),
    Wish(
        10308,
        "Kart & mät",
        "Lista över bygglov där lägeskontroll inte beställts. Vi vill få en lista över bygglov där byggstart skett men ingen lägeskontroll beställts trots att det är krav i startbeskedet.",
    ),
    # --- Kart & mät: adresser och register ---
    Wish(
        10309,
        "Kart & mät",
        "Nya belägenhetsadresser skickas till Lantmäteriet. Adresser som beslutas i adressärendet ska föras in i Lantmäteriets adressregister direkt utan dubbelregistrering.",
    ),
    Wish(
        10310,
        "Kart & mät",
        "Adressbeslut med mall och utskick till berörda. När vi beslutar om ny adress vill vi skicka beslutsbrev till fastighetsägare, räddningstjänst och Postnord från en mall.",
    ),
    Wish(
        10311,
        "Kart & mät",
        "E-tjänst för lägenhetsnummer. Fastighetsägare ska kunna lämna lägenhetsförteckning med lägenhetsnummer via e-tjänst, som vi sedan granskar och för in i lägenhetsregistret.",
    ),
    Wish(
        10312,
        "Kart & mät",
        "Bevakning av byggnader som ska föras in i byggnadsregistret. Vi vill få en lista över slutbesked där byggnaden ännu inte registrerats i byggnadsregistret.",
    ),
    # --- Kart & mät: kartan i handläggningen ---
    Wish(
        10313,
        "Kart & mät",
        "Detaljplaner som lager i ärendets karta. Kartan i ärendet ska visa detaljplanegränser och planbestämmelser som ett eget lager.",
    ),
    Wish(
        10314,
        "Kart & mät",
        "Grannelista från kartan. Vi vill markera en fastighet och få ut alla fastigheter inom en vald radie med ägare och adresser från fastighetsregistret, för grannhörande.",
    ),
    Wish(
        10315,
        "Kart & mät",
        "Fastighetsförteckning för detaljplan. Vid planarbete behöver vi en fastighetsförteckning med ägare, rättigheter och samfälligheter inom planområdet som kan exporteras till Word.",
    ),
    Wish(
        10316,
        "Kart & mät",
        "Ägaruppgifter uppdateras mot fastighetsregistret före utskick. Ägaruppgifterna i ärendet ska hämtas på nytt från fastighetsregistret innan ett utskick görs, så att vi inte skickar till gamla ägare.",
    ),
    Wish(
        10317,
        "Kart & mät",
        "Ortofoto som bakgrundskarta. Vi vill kunna välja senaste ortofoto som bakgrund i handläggningskartan, och även äldre flygfoton för att se hur det såg ut tidigare.",
    ),
    Wish(
        10318,
        "Kart & mät",
        "Rita egna objekt i kartan och spara dem i ärendet. Handläggaren vill kunna rita en yta eller punkt i kartan, till exempel en olovlig byggnad, och spara den som en del av ärendet.",
    ),
    Wish(
        10319,
        "Kart & mät",
        "Kartutdrag i skala till PDF. Vi vill skriva ut kartutdrag i bestämd skala med norrpil och skalstock till PDF som bilaga till beslut.",
    ),
    Wish(
        10320,
        "Kart & mät",
        "Koordinater i SWEREF 99 och lokalt system. Vi vill kunna visa och mata in koordinater både i SWEREF 99 TM och kommunens lokala koordinatsystem, med omräkning mellan dem.",
    ),
    Wish(
        10321,
        "Kart & mät",
        "Inläsning av mätdata från GNSS i mätärendet. Mätfiler från GNSS-instrumentet ska kunna läsas in i ärendet och punkterna visas i kartan.",
    ),
    # --- Kart & mät: kartprodukter och avtal ---
    Wish(
        10322,
        "Kart & mät",
        "Försäljning av digital baskarta. Vi vill hantera beställning av digital baskarta med avgift per hektar enligt taxan och leveransavtal i systemet.",
    ),
    Wish(
        10323,
        "Kart & mät",
        "Nyttjandeavtal för kartdata med bevakning. När konsulter får baskartan ska vi registrera avtalet med giltighetstid och få en bevakning när det går ut.",
    ),
    Wish(
        10324,
        "Kart & mät",
        "Ärende för ajourhållning av baskartan vid slutbesked. Ett ärende för inmätning och ajourhållning ska skapas automatiskt när slutbesked ges, så att nya byggnader inte glöms bort.",
    ),
    Wish(
        10325,
        "Kart & mät",
        "Timdebitering av mätuppdrag per mätlag. Mätuppdrag ska debiteras per timme med olika timpris för mätlag med en eller två personer.",
    ),
    # --- Kart & mät: lantmäteri och planer ---
    Wish(
        10326,
        "Kart & mät",
        "Remisser från Lantmäteriet om fastighetsbildning registreras automatiskt. Remisserna ska komma in som ärenden med förrättningsakten bifogad utan att registratorn lägger upp dem.",
    ),
    Wish(
        10327,
        "Kart & mät",
        "Bevakning av fyramånadersfristen för planbesked. Vi vill få en varning när ett planbesked närmar sig fyra månader från komplett ansökan.",
    ),
    Wish(
        10328,
        "Kart & mät",
        "Sök gällande detaljplaner på fastighet. Vi vill söka fram vilka gällande detaljplaner, tomtindelningar och områdesbestämmelser som berör en fastighet, med länk till plankartan.",
    ),
    Wish(
        10329,
        "Kart & mät",
        "Import av digitala detaljplaner enligt Boverkets föreskrifter. Digitala detaljplaner ska kunna läsas in så att planbestämmelserna blir sökbara per fastighet.",
    ),
    # --- Kart & mät: GIS och integrationer ---
    Wish(
        10330,
        "Kart & mät",
        "Ärenden som WMS-lager i kommunens GIS. Vi vill publicera pågående bygglov och miljöärenden som ett WMS-lager så att de syns i vår webbkarta.",
    ),
    Wish(
        10331,
        "Kart & mät",
        "Välja fastighet genom att klicka i kartan vid registrering. När registratorn skapar ett ärende ska hon kunna klicka på fastigheten i kartan istället för att skriva fastighetsbeteckningen.",
    ),
    Wish(
        10332,
        "Kart & mät",
        "Koordinat eller yta på ärenden utan fastighet. Ärenden i vatten eller på allmän plats ska kunna få en koordinat eller ritad yta så att de ändå syns i kartan.",
    ),
    Wish(
        10333,
        "Kart & mät",
        "Register över stompunkter med status. Vi vill ha ett register över stompunkter med status (hel, skadad, förstörd) och bevakning för när de ska kontrolleras.",
    ),
    Wish(
        10334,
        "Kart & mät",
        "Namnsättning av gator och kvarter som egen ärendetyp. Namnärenden ska hanteras med remiss till namnberedningen och protokollsutdrag som egen ärendetyp.",
    ),
    Wish(
        10335,
        "Kart & mät",
        "Årsstatistik för mätenheten. Vi vill ta ut antal nybyggnadskartor, utstakningar och lägeskontroller per år, uppdelat på kommundel.",
    ),
    Wish(
        10336,
        "Kart & mät",
        "Förenklat kartunderlag utan mätning för mindre åtgärder. Sökande som ska bygga attefallshus eller liten tillbyggnad ska kunna beställa ett kartunderlag som tas fram automatiskt ur baskartan och skickas som PDF.",
    ),
    Wish(
        10337,
        "Kart & mät",
        "Planeringskalender för mätlagen. Vi vill se alla beställda mätuppdrag i en kalender per mätlag och kunna dra dem mellan dagar.",
    ),
    Wish(
        10338,
        "Kart & mät",
        "Mätärendet i fältdatorn. Mätaren ska kunna öppna mätärendet på fältdatorn och se beställningen, tidigare mätningar och kontaktuppgifter ute på plats.",
    ),
    Wish(
        10339,
        "Kart & mät",
        "Behörighet för ledningsnät och skyddsobjekt i kartan. Lager med vatten- och avloppsledningar och skyddsvärda objekt ska bara visas för användare med särskild behörighet.",
    ),
]

QUERIES: list[Query] = [
    # ===== Miljö: duplicates =====
    Query(
        "Vill få en påminnelse om fastighetsägaren aldrig lämnar in intyget om att den nya avloppsanläggningen är byggd enligt tillståndet, säg efter tolv månader.",
        10100,
        "synonyms",
    ),
    Query(
        "Automatsik bevakning på utförandeintyg när tillstånd för enskillt avlopp beviljats, så vi ser om intyget inte kommit in inom ett år",
        10100,
        "typos",
    ),
    Query(
        "Select an inventory area in the map and get all properties with private sewage (enskilt avlopp) as a list we can create cases from.",
        10101,
        "english",
    ),
    Query(
        "En lista över alla fastigheter med enskilt avlopp inom ett område som vi markerar i kartan vill vi få ut, och sedan skapa inventeringsärenden från den.",
        10101,
        "word_order",
    ),
    Query(
        "Utskick i klump av brev med information inför inventering av avlopp – ett och samma brev till alla fastighetsägare i de ärenden vi valt, adress från fastighetsregistret.",
        10102,
        "compound",
    ),
    Query(
        "Massutskick av info-brev inför avloppsinventeringen till alla fastighetsägare i urvalet, adresser från FIR",
        10102,
        "abbreviation",
    ),
    Query(
        "Vi inventerar ca 400 enskilda avlopp per år i ett nytt område. Idag kopierar vi adresser från fastighetsregistret till Excel och gör kopplad utskrift i Word för informationsbrevet. Vi vill kunna markera alla avloppsärenden i urvalet och skicka samma brev till alla ägare direkt från systemet.",
        10102,
        "more_detail",
    ),
    Query(
        "Vill kunna sätta en bedömning direkt på själva avloppet i registret (ok / brister / användningsförbud) så man slipper leta upp senaste tillsynsärendet för att se hur det står till.",
        10103,
        "synonyms",
    ),
    Query("Statusfält på avloppsanläggning", 10103, "less_detail"),
    Query(
        "E-tj. för ansökan om tillstånd till enskilt avlopp ska ge ett registrerat ärende med fastigheten kopplad, inkl. bilagor och sit.plan",
        10104,
        "abbreviation",
    ),
    Query(
        "E-tjänst för ansökan om enskilt avlop som skapar ärendet direkt med fastighet och bilagor, så registraturn slipper skriva in allt",
        10104,
        "typos",
    ),
    Query(
        "Vi får ca 150 avloppsansökningar om året, nästan alla som pdf-blankett via mejl, och registratorn lägger mycket tid på att skriva in dem. Vi vill ha en e-tjänst där sökanden fyller i ansökan och laddar upp situationsplan och ritningar, och att det blir ett ärende med rätt fastighet utan manuellt arbete.",
        10104,
        "more_detail",
    ),
    Query(
        "We need a decision template for föreläggande med vite when the sewage system has deficiencies, with deadline and vitesbelopp filled in from the case.",
        10105,
        "english",
    ),
    Query(
        "När avloppet har brister behöver vi en beslutsmall, färdig, för föreläggande förenat med vite – tidsfrist och belopp ska hämtas från ärendet.",
        10105,
        "word_order",
    ),
    Query(
        "När vi bedömer risk, information och erfarenhet för ett livsmedelsföretag vill vi att antalet kontrolltimmar och årsavgiften tas fram av systemet utifrån taxan.",
        10106,
        "synonyms",
    ),
    Query(
        "Riskklassning enl. SLV:s modell ska ge kontrolltid och årsavgift direkt enl. taxan (riskmodul + infomodul + erfarenhetsmodul)",
        10106,
        "abbreviation",
    ),
    Query(
        "Uppföljning av livsmedelskontrollplanen: vilka anläggningar har inte fått sin planerade kontroll under året? Behöver en lista för att prioritera till hösten.",
        10107,
        "compound",
    ),
    Query(
        "Report of food premises that are behind on the kontrollplan this year, i.e. the planned inspection isn't done yet, so we can prioritize in the autumn.",
        10107,
        "english",
    ),
    Query(
        "Registerinng av livsmedelsanläggning i e-tjänsten ska skapa anläggningen i registert med verksamhetsutövare och organisationsnummer",
        10108,
        "typos",
    ),
    Query("E-tjänst livsmedelsregistrering → anläggning skapas automatiskt", 10108, "less_detail"),
    Query(
        "Vill kunna debitera samtliga livsmedelsverksamheters fasta avgift för året i ett svep vid årets början och få ett underlag som går över till ekonomi.",
        10109,
        "synonyms",
    ),
    Query(
        "Årskontrollavgift livsmedel: samlad fakturering av alla anläggningar i januari, med fakturaunderlaget överfört till ekonomisystemet.",
        10109,
        "compound",
    ),
    Query(
        "Efterhandsdeb. av livsmedelskontroll – timdebitering utifrån rapporterad tid ist. för fast årsavg. när vi går över",
        10110,
        "abbreviation",
    ),
    Query(
        "Enligt Livsmedelsverkets vägledning ska vi börja ta betalt i efterhand för den kontroll vi faktiskt gör. Inspektörerna registrerar redan sin tid i ärendet, så vi vill kunna fakturera per timme utifrån den tiden istället för den fasta årsavgiften vi har idag.",
        10110,
        "more_detail",
    ),
    Query(
        "Inspector should be able to fill in the kontrollrapport on the tablet on site, with a bedömning per kontrollområde, and send it straight to the business.",
        10111,
        "english",
    ),
    Query(
        "Direkt till verksamheten ska kontrollrapporten kunna skickas från surfplattan, ifylld på plats av inspektören med bedömning för varje kontrollområde.",
        10111,
        "word_order",
    ),
    Query(
        "Årsrapport till SLV ur systemet: antal kontroller, avvikelser och sanktioner per anläggningstyp",
        10112,
        "abbreviation",
    ),
    Query("Årsrapportering livsmedelskontroll till Livsmedelsverket", 10112, "less_detail"),
    Query(
        "Provsvar på dricksvatten kopplat till anläggningen, registrera provsvaren från labbet och få varning när ett värde är otjänilgt",
        10113,
        "typos",
    ),
    Query(
        "Provsvarsimport från labb: läsa in analysfilen från laboratoriet direkt istället för att knappa in resultaten manuellt.",
        10114,
        "compound",
    ),
    Query(
        "Import lab results as a file from the laboratory instead of typing the provsvar by hand in the provtagning.",
        10114,
        "english",
    ),
    Query(
        "Årsavgift för C-verks. ska beräknas utifrån verksamhetskod och prövningsnivå enl. MPF, och fakturaunderlag för samtliga tas fram i en körning.",
        10115,
        "abbreviation",
    ),
    Query(
        "Vi har ca 300 anmälningspliktiga C-verksamheter och räknar idag fram årsavgiften för hand i Excel utifrån verksamhetskoden. Vi vill att avgiften räknas från koden och prövningsnivån och att vi kan skapa fakturaunderlag för alla i samma körning.",
        10115,
        "more_detail",
    ),
    Query(
        "Vill bli påmind om en tillståndspliktig anläggning inte har kommit in med sin årliga redovisning till oss i tid (sista dag 31/3).",
        10116,
        "synonyms",
    ),
    Query(
        "Senast 31 mars ska B-verksamheterna lämna miljörapport – systemet bör påminna oss när det inte har gjorts.",
        10116,
        "word_order",
    ),
    Query(
        "Impot av miljörapporter från SMP, rapporten verksamheten lämnar i Svenska miljörapporteringsportalen ska hamna på rätt anlägning",
        10117,
        "typos",
    ),
    Query(
        "Fetch the miljörapport from SMP (Svenska miljörapporteringsportalen) automatically and link it to the right facility.",
        10117,
        "english",
    ),
    Query(
        "Huvud- och sidoverksamhet på samma anläggning: kunna registrera flera koder för verksamhet, var och en med egen prövningsnivå.",
        10118,
        "compound",
    ),
    Query("Flera verksamhetskoder på en anläggning", 10118, "less_detail"),
    Query(
        "Från det datum anmälan om miljöfarlig verksamhet blev komplett – inte från inkommet datum – ska handläggningstiden räknas, annars blir statistiken fel.",
        10119,
        "word_order",
    ),
    Query(
        "Handl.tid för anmälan om miljöfarlig verks. enl. MB ska räknas fr. komplett-datum, ej inkommen-datum",
        10119,
        "abbreviation",
    ),
    Query(
        "När vi ska ta ut straffavgift för en överträdelse vill vi plocka den ur en lista från förordningen och få rätt summa och lagrum i beslutet automatiskt.",
        10120,
        "synonyms",
    ),
    Query(
        "Miljösanktionsavgift: choose the violation from the förordning so the amount is suggested and the decision gets the right paragraph.",
        10120,
        "english",
    ),
    Query(
        "Vi får många klagomål på buller från fläktar och grannverksamheter. Idag mejlar vi en Word-fil som bullerdagbok och sparar den som lös handling. Vi vill kunna skicka dagboken från klagomålsärendet och registrera den ifyllda dagboken när den kommer tillbaka.",
        10121,
        "more_detail",
    ),
    Query(
        "Bullerklagomål: skicka dagbok över buller till klaganden och registrera den när den returneras, i klagomålsärendet.",
        10121,
        "compound",
    ),
    Query(
        "När en hyresgäst anmäler fukt eller mögel i lägenheten vill vi direkt från ärendet kunna underrätta hyresvärden och bifoga anmälan.",
        10122,
        "synonyms",
    ),
    Query(
        "Klagomål om inomhusmilö i hyresrätt – skicka komunicering till fastighetsägaren direkt ur ärendet med klagomålet bifogat",
        10122,
        "typos",
    ),
    Query(
        "Hide the complainant's name and contact details automatically when documents are sent to the other party (motparten).",
        10123,
        "english",
    ),
    Query("Dölja klagandens namn vid utlämnande", 10123, "less_detail"),
    Query(
        "Alla förskolor ur registret vill vi kunna koppla till ett tillsynsprojekt som vi lägger upp, och sedan följa hur långt projektet kommit.",
        10124,
        "word_order",
    ),
    Query(
        "I år gör vi ett hälsoskyddsprojekt om ventilation och buller på förskolor, ca 60 st. Vi vill kunna skapa projektet, koppla alla förskolor från registret och se hur många som är inspekterade och hur många som är kvar.",
        10124,
        "more_detail",
    ),
    Query(
        "Egen ärendetyp för anmälan om lokal för hygienisk behandling (tatuering, fotvård m.m.) med checklista över vad anmälan ska innehålla.",
        10125,
        "compound",
    ),
    Query(
        "Anmälningsplitig hygienisk behandlingslokal ska bli egen ärendetyp med checklsita för anmälans innehåll (tatuering, piercing, fotvård)",
        10125,
        "typos",
    ),
    Query(
        "Resultat från radonmätningar i flerfamiljshus ska kunna läggas in per hus och per bostad så vi ser vilka som överskrider 200 Bq/m3.",
        10126,
        "synonyms",
    ),
    Query(
        "Radon values per building and apartment, so we can see which are above the 200 Bq/m3 reference level.",
        10126,
        "english",
    ),
    Query("Veckolista badplatser utan provsvar", 10127, "less_detail"),
    Query(
        "En lista varje vecka under badsäsongen vill vi få på de badplatser där provsvar saknas.",
        10127,
        "word_order",
    ),
    Query(
        "Rapporter om köldmedier ska kunna kopplas till rätt aggregat i registret så vi ser fyllnadsmängd och läckage år för år.",
        10128,
        "compound",
    ),
    Query(
        "Efter 31/3: lista operatörer utan köldmedierapp. och skicka påminnelse per mejl",
        10129,
        "abbreviation",
    ),
    Query(
        "Påminelse till verksamheter som inte lämnat köldmedierapport – efter sista mars vill vi ta ut en lista och skicka påminnelse till opertörerna",
        10129,
        "typos",
    ),
    Query(
        "Vi behöver en förteckning över alla oljetankar med storlek och när de senast besiktades, och få en signal när det är dags att besiktiga igen.",
        10130,
        "synonyms",
    ),
    Query("Cisternregister med bevakning av återkommande kontroll", 10130, "less_detail"),
    Query(
        "E-service for heat pump notification (bergvärme) where the applicant marks the borehole in a map and sees the distance to the neighbour's well.",
        10131,
        "english",
    ),
    Query(
        "E-tj. för anmälan om bergvärme/VP där sökanden markerar borrhålet i kartan och ser avståndet till grannens brunn",
        10131,
        "abbreviation",
    ),
    Query(
        "När en ny värmepumpsanmälan kommer in behöver handläggaren se i kartan alla borrhål och enskilda brunnar inom 50 meter.",
        10132,
        "word_order",
    ),
    Query(
        "Visa befintliga energibrunar och enskilda vattenbrunnar i kartan inom 50 m när vi handlägger anmälan om vämepump",
        10132,
        "typos",
    ),
    Query(
        "Vi har haft flera fall där nya borrhål hamnat för nära grannens dricksvattenbrunn. Brunnarna finns i SGU:s brunnsarkiv och i våra gamla ärenden men syns inte när vi handlägger. Vi vill se alla energibrunnar och vattenbrunnar inom 50 meter i kartan direkt i anmälan.",
        10132,
        "more_detail",
    ),
    Query(
        "When we grant dispens från slamtömning it should be transferred automatically to the waste company's system.",
        10133,
        "english",
    ),
    Query(
        "Beslut om glesare tömning av slamavskiljare ska gå vidare av sig självt till avfallsbolagets kundregister.",
        10133,
        "synonyms",
    ),
    Query(
        "Matavfallskompostering: anmälan i e-tjänst blir ärende direkt, och uppfylls villkoren skickas ett bekräftelsebrev automatiskt utan handläggning.",
        10134,
        "compound",
    ),
    Query("Kompostanmälan via e-tjänst med autosvar", 10134, "less_detail"),
    Query(
        "Uppehåll i sophämntning: beslutsmall med datum för när uppehållet tar slut", 10135, "typos"
    ),
    Query(
        "Vi beviljar uppehåll i sophämtning för fritidshus som inte används, oftast för två år. Vi vill ha en beslutsmall där slutdatumet finns med så att både sökanden och renhållningen ser när uppehållet upphör.",
        10135,
        "more_detail",
    ),
    Query(
        "Visa MIFO-klass på fastigheten så att BN-handläggaren får varning vid bygglov när det finns misstänkt förorenat omr. (EBH)",
        10136,
        "abbreviation",
    ),
    Query(
        "Vi vill att riskbedömningen av förorenad mark syns på tomten så att den som prövar lov blir uppmärksammad när marken kan vara förorenad.",
        10136,
        "synonyms",
    ),
    Query(
        "Inom tre veckor ska beslut om strandskyddsdispens skickas till Länsstyrelsen – vi vill kunna göra det direkt från ärendet.",
        10137,
        "word_order",
    ),
    Query(
        "Send strandskyddsdispens decisions to Länsstyrelsen directly from the case, within the 3 weeks.",
        10137,
        "english",
    ),
    Query(
        "Tillsyn av lantbruk – antalet djurenheter ska räknas fram av sig själv när vi fyller i antal djur per slag, så att rätt prövningsnivå och avgift blir vald.",
        10138,
        "compound",
    ),
    Query("Djurenheter beräknade automatiskt", 10138, "less_detail"),
    Query(
        "Vi vill ha en särskild ärendetyp för ansökningar om att få ha höns, kaniner eller häst inom planlagt område i tätorten.",
        10139,
        "synonyms",
    ),
    Query(
        "Tillstånd för djurhålning (höns, kaniner) inom detaljplanelagt område som egen ärendetpy",
        10139,
        "typos",
    ),
    Query(
        "Tillsynsavg. tobak enl. LTLP ska faktureras per försäljningsställe, inte per bolag",
        10140,
        "abbreviation",
    ),
    Query(
        "Annual supervision fee for tobacco sales should be invoiced per point of sale (försäljningsställe), not per company.",
        10140,
        "english",
    ),
    Query(
        "Resultat per försäljningsställe vill vi kunna registrera när vi gör kontrollköp av tobak, så att det syns vid nästa tillsyn.",
        10141,
        "word_order",
    ),
    Query(
        "Vi gör kontrollköp med ungdomar två gånger per år på alla tobaksbutiker. Idag förs resultatet i en separat Excel. Vi vill registrera varje kontrollköp med resultat (legitimation begärd eller inte) på försäljningsstället så att det syns vid nästa tillsyn.",
        10141,
        "more_detail",
    ),
    Query(
        "Handläggaren ska kunna rapportera nedlagda timmar direkt i ärendet och få ett debiteringsunderlag med årets timpris.",
        10142,
        "synonyms",
    ),
    Query(
        "Tidred. i ärendet → fakt.underlag med rätt timavg. enl. taxa för året",
        10142,
        "abbreviation",
    ),
    Query(
        "Ny avgift per timme från 1/1: lägga in taxan i förväg med datum från när den gäller så att den byts automatiskt vid nyår.",
        10143,
        "compound",
    ),
    Query(
        "Ändra timavgfit när nya taxan börjar gällla 1 januari – kunna lägga in den i förväg med giltighetsdatum",
        10143,
        "typos",
    ),
    Query(
        "Invoice basis should include peppol-id/GLN so that companies with e-invoicing get the fee as e-faktura.",
        10144,
        "english",
    ),
    Query("E-faktura till företag från avgiftsunderlaget", 10144, "less_detail"),
    Query(
        "Kreditera felakig avgift i ärendet, kredtnota ska gå vidare till ekonomi", 10145, "typos"
    ),
    Query(
        "Om vi debiterat fel vill vi kunna backa debiteringen från ärendet och att det går vidare till ekonomi som en minusfaktura.",
        10145,
        "synonyms",
    ),
    Query(
        "Ett avgiftsbeslut med överklagandehänvisning ska skapas som dokument i ärendet när fakturaunderlaget för timavgift tas fram.",
        10146,
        "word_order",
    ),
    Query(
        "När vi tar betalt per timme för t.ex. ett klagomålsärende måste ett separat avgiftsbeslut skrivas, och det glöms ofta så att fakturan inte går att driva in. Vi vill att beslutet med överklagandehänvisning skapas automatiskt samtidigt som fakturaunderlaget.",
        10146,
        "more_detail",
    ),
    Query(
        "Delegationslista miljö per period med dnr, beslutsdatum och handl. för anmälan till MHN",
        10147,
        "abbreviation",
    ),
    Query(
        "Lista med beslut på delegation: alla delegerade beslut på miljö under en period, med diarienummer, datum och handläggare, att anmäla till nämnden.",
        10147,
        "compound",
    ),
    Query(
        "När vi skickat ut ett förslag till beslut för yttrande vill vi att sista svarsdag läggs upp som påminnelse så att ingen beslutar innan tiden gått ut.",
        10148,
        "synonyms",
    ),
    Query(
        "Expedering av beslut med delgivningskvitto – registrera när kvitot kommer tillbaka underskrivet",
        10149,
        "typos",
    ),
    Query("Delgivningskvitto vid expediering", 10149, "less_detail"),
    Query(
        "Remiss till RTJ från miljöärendet via mejl, med utvalda handlingar, och svaret registreras i samma ärende",
        10150,
        "abbreviation",
    ),
    Query(
        "Från ärendet vill vi skicka remissen till räddningstjänsten per e-post med de handlingar vi väljer, och svaret ska registreras i samma ärende.",
        10150,
        "word_order",
    ),
    Query(
        "Underlag till utredning av tillsynsbehovet: planerade timmar per år och område per typ av verksamhet, ur registret.",
        10151,
        "compound",
    ),
    Query(
        "Varje höst ska vi ta fram behovsutredning och tillsynsplan till nämnden. Vi har tillsynstid på varje anläggning men får inte ut den summerad. Vi vill kunna ta ut planerad tid per verksamhetstyp och område för nästa år.",
        10151,
        "more_detail",
    ),
    Query(
        "Samma företag är upplagt två gånger. Vill kunna sammanfoga de två posterna till en och flytta över alla ärenden.",
        10152,
        "synonyms",
    ),
    Query(
        "Merge duplicate facilities in the anläggningsregister and move all cases to the one that's kept.",
        10152,
        "english",
    ),
    Query(
        "När ägaren byts på en restaurang vill vi se historiken – vem som drev den innan och när – även efter att verksamhetsutövaren bytts på anläggningen.",
        10153,
        "word_order",
    ),
    Query(
        "Byte av verksamhetsutövre på anläggning, men spara histroik så vi ser tidigare ägare och när bytet skedde",
        10153,
        "typos",
    ),
    Query(
        "Custom checklists for inspection per industry (bilverkstad, tvätthall) with the answers going straight into the inspection report.",
        10154,
        "english",
    ),
    Query(
        "Checklistor för miljötillsyn per bransch som vi bygger själva, t.ex. för verkstäder för bilar och hallar för biltvätt, där svaren förs in i rapporten från inspektionen.",
        10154,
        "compound",
    ),
    Query("Fastighetssökning med all ärendehistorik, även konverterade", 10155, "less_detail"),
    Query(
        "Söker jag på en tomt vill jag få upp varenda miljöärende som finns på den, också stängda och de som flyttades över från gamla systemet.",
        10155,
        "synonyms",
    ),
    Query(
        "Stat. över median handl.tid per ärendetyp och år, miljö, till VB", 10156, "abbreviation"
    ),
    Query(
        "Aviserad inspektion – skicka sms till kontaktpersonen dagen inann besöket automatikst",
        10157,
        "typos",
    ),
    Query(
        "När vi bokat ett tillsynsbesök vill vi att verksamhetens kontakt får ett textmeddelande i telefonen dagen före som påminnelse.",
        10157,
        "synonyms",
    ),
    Query(
        "Inkommande mejl till miljöbrevlådan ska kunna registreras som handling i rätt ärende utan utskrift och skanning (Outlook-koppling)",
        10158,
        "abbreviation",
    ),
    Query(
        "Registratorn skriver idag ut mejl som kommer till miljo@kommunen och skannar in dem igen för att få dem i ärendet. Det tar mycket tid och bilagor försvinner. Vi vill kunna registrera mejlet med bilagor direkt som inkommande handling i rätt ärende.",
        10158,
        "more_detail",
    ),
    Query(
        "Efter två år ska klagomålsärenden som inte lett till någon åtgärd gå att gallra, men först via en lista där vi godkänner.",
        10159,
        "word_order",
    ),
    # ===== Kart & mät: duplicates =====
    Query(
        "Beställning av NBK i e-tj. ska skapa mätärende med fastighet och kontaktuppg. automatiskt",
        10300,
        "abbreviation",
    ),
    Query("Nybyggnadskarta: beställning i e-tjänst blir ärende", 10300, "less_detail"),
    Query(
        "Nybyggnadskartavgiften ska räknas fram automatiskt från fastighetens areal enligt taxan, och beroende på om det är enkel eller fullständig karta.",
        10301,
        "compound",
    ),
    Query(
        "Avgiften för nybyggnadskarta ska räknas automatiskt utifrån tomtarean enligt taxn – enkel eller fullständig nybygnadskarta",
        10301,
        "typos",
    ),
    Query(
        "Byggherrar klagar på att det tar för lång tid att få nybyggnadskartan och nämnden vill veta hur det ser ut. Vi vill kunna ta ut antal dagar från beställning till leverans per månad, utan att räkna för hand i Excel.",
        10302,
        "more_detail",
    ),
    Query(
        "Leverera NBK som DWG + PDF direkt till beställarens mejl från ärendet, utan att spara ner filerna",
        10303,
        "abbreviation",
    ),
    Query(
        "Direkt från ärendet ska den färdiga nybyggnadskartan gå ut till beställaren, i både PDF- och DWG-format, utan att vi först sparar filerna och bifogar dem manuellt.",
        10303,
        "word_order",
    ),
    Query(
        "Länka mätärendet för nybyggnadskartan med ärendet om bygglov på samma fastighet, så att handläggaren av bygglovet ser att kartan är beställd och levererad.",
        10304,
        "compound",
    ),
    Query(
        "Byggaren ska kunna boka när huset ska märkas ut på tomten, grovt eller noggrant, och ange vilken dag de vill ha det. Vi vill se veckans bokningar i en lista.",
        10305,
        "synonyms",
    ),
    Query(
        "Beställning av utstakning med önskat datum (grov- eller finutstakining), lista per vecak över bokade",
        10305,
        "typos",
    ),
    Query(
        "I bygglovsärendet ska protokollet från lägeskontrollen, med avvikelserna, hamna som handling när mätningen är klar.",
        10306,
        "word_order",
    ),
    Query(
        "Bygglovshandläggarna frågar oss varje vecka om lägeskontrollen är gjord innan de kan ge slutbesked. Vi lägger protokollet i vårt mätärende men de ser det inte. Vi vill att protokollet med avvikelserna automatiskt hamnar som handling i bygglovsärendet.",
        10306,
        "more_detail",
    ),
    Query(
        "Debiteringen för utsättningen av huset ska skapas först när mätaren klarmarkerat jobbet, inte när byggherren bokar.",
        10307,
        "synonyms",
    ),
    Query("Bygglov med krav på lägeskontroll men ingen beställning", 10308, "less_detail"),
    Query(
        "Belägenhetsadr. från adressärendet ska föras in i LM:s adressregister utan dubbelreg.",
        10309,
        "abbreviation",
    ),
    Query(
        "New addresses decided in the addressing case should go straight into Lantmäteriet's address register, no double entry.",
        10309,
        "english",
    ),
    Query(
        "Beslut om adress: beslutsbrev från mall som skickas till fastighetsägare, räddningstjänst och Postnord när en ny adress fastställs.",
        10310,
        "compound",
    ),
    Query(
        "Vid nya bostadsområden beslutar vi om 30–40 adresser åt gången. Idag skriver vi ett brev i Word och mejlar det manuellt till ägare, räddningstjänsten och Postnord. Vi vill ha en mall för adressbeslutet och kunna skicka det till alla berörda från ärendet.",
        10310,
        "more_detail",
    ),
    Query(
        "E-tjänst där fastighetsägaren lämnar lägenhetsförtecking med lägenhetsnummer som vi granskar och för in i lägenhetregistret",
        10311,
        "typos",
    ),
    Query(
        "Efter slutbesked ska byggnaden föras in i byggnadsregistret – vi vill få en lista över de slutbesked där det inte har gjorts ännu.",
        10312,
        "word_order",
    ),
    Query("Detaljplanelager i ärendekartan", 10313, "less_detail"),
    Query(
        "Sakägarlista: markera fastighet i kartan, välj radie och få grannar med ägare och adress från FIR",
        10314,
        "abbreviation",
    ),
    Query(
        "Vid varje bygglov utanför plan ska vi höra grannarna. Idag tar GIS-ingenjören fram grannelistan manuellt och mejlar den. Vi vill att handläggaren själv kan markera fastigheten, välja avstånd och få ut ägare och adresser från fastighetsregistret.",
        10314,
        "more_detail",
    ),
    Query(
        "Förteckning över fastigheter inom planområdet vid detaljplanearbete, med ägare, rättigheter och samfälligheter, som går att exportera till Word.",
        10315,
        "compound",
    ),
    Query(
        "Before a mailing, the owner data in the case should be refreshed from fastighetsregistret so we don't send letters to previous owners.",
        10316,
        "english",
    ),
    Query(
        "I handläggarkartan vill vi kunna lägga flygbilder som underlag, både de nyaste och historiska årgångar för att jämföra över tid.",
        10317,
        "synonyms",
    ),
    Query(
        "Som bakgrund i handläggningskartan vill vi kunna välja ortofoto – det senaste, men också äldre flygfoton för att se hur platsen såg ut tidigare.",
        10317,
        "word_order",
    ),
    Query(
        "Rita och spara egna objekt i kartan kopplade till ärendet, t.ex en olovlig byggnad som yta elelr punkt",
        10318,
        "typos",
    ),
    Query("Skalriktig kartutskrift till PDF", 10319, "less_detail"),
    Query(
        "Våra gamla mätningar och primärkartan ligger i kommunens lokala koordinatsystem medan GNSS ger SWEREF 99 TM. Vi vill kunna se och skriva in koordinater i båda systemen och få dem omräknade automatiskt i ärendet.",
        10320,
        "more_detail",
    ),
    Query(
        "Filerna från vår satellitmottagare ska gå att läsa in i uppdraget så att de inmätta punkterna syns på kartan.",
        10321,
        "synonyms",
    ),
    Query("Import av GNSS-mätfiler till mätärendet", 10321, "less_detail"),
    Query(
        "Beställning av digital baskarta, med avgift per hektar enligt taxan och leveransavtal, vill vi kunna hantera i systemet.",
        10322,
        "word_order",
    ),
    Query(
        "Avtal om nyttjande av kartdata med giltighetstid och bevakning när avtalet löper ut, för konsulter som får baskartan.",
        10323,
        "compound",
    ),
    Query(
        "Ajourhållningsärende för baskartan skapas automatiskt vid slutbesked så nya byggnader mäts in (GIS)",
        10324,
        "abbreviation",
    ),
    Query(
        "Vi har hittat många byggnader som aldrig mätts in eftersom ingen sa till oss när de blev klara. Vi vill att ett ärende för ajourhållning av baskartan skapas automatiskt när bygglovsenheten ger slutbesked.",
        10324,
        "more_detail",
    ),
    Query(
        "Survey jobs billed per hour with different hourly rates for one-person and two-person mätlag.",
        10325,
        "english",
    ),
    Query(
        "Automatisk registrering av förrättningsremisser från Lantmäteriet", 10326, "less_detail"
    ),
    Query(
        "Bevakning av fyramånadersfristen för planbesked, varning när det närmar sig 4 mån från komplett ansökna",
        10327,
        "typos",
    ),
    Query(
        "När ett planbesked närmar sig fyra månader från det att ansökan blev komplett vill vi få en varning.",
        10327,
        "word_order",
    ),
    Query(
        "Planer som gäller för fastigheten: sökning som ger gällande detaljplan, tomtindelning och bestämmelser för området, med länk till kartan över planen.",
        10328,
        "compound",
    ),
    Query("Sök gällande planer per fastighet", 10328, "less_detail"),
    Query(
        "Import av digitala DP enl. Boverkets föreskrifter (BFS) så planbest. blir sökbara per fastighet",
        10329,
        "abbreviation",
    ),
    Query(
        "Nya detaljplaner ska numera vara digitala enligt Boverkets föreskrifter och vi får dem som filer från planarkitekterna. Vi vill kunna läsa in dem så att planbestämmelserna går att söka på per fastighet, inte bara ligga som PDF.",
        10329,
        "more_detail",
    ),
    Query(
        "Publish ongoing bygglov and miljö cases as a WMS layer so they show up in our web map.",
        10330,
        "english",
    ),
    Query(
        "Pågående lov- och tillsynsärenden ska kunna visas i kommunens egen kartportal på webben, via en karttjänst som GIS-enheten kan ansluta till.",
        10330,
        "synonyms",
    ),
    Query(
        "Istället för att skriva fastighetsbeteckningen ska registratorn kunna klicka på fastigheten i kartan när ett nytt ärende skapas.",
        10331,
        "word_order",
    ),
    Query(
        "Fastighet väljs genom att klicka i kartan vid registrering av ärende istället för att skirva fastighetsbetekningen",
        10331,
        "typos",
    ),
    Query("Koordinat på ärenden utan fastighet", 10332, "less_detail"),
    Query(
        "Vi har ärenden om bryggor, muddring och skyltar på gatumark som saknar fastighetsbeteckning, och de syns därför inte i kartan. Vi vill kunna ge sådana ärenden en punkt eller rita en yta så att de hamnar rätt i kartan.",
        10332,
        "more_detail",
    ),
    Query(
        "Register över punkter i stomnätet med status (hel, skadad, förstörd) och bevakning på när de ska kontrolleras.",
        10333,
        "compound",
    ),
    Query(
        "Register of control points (stompunkter) with status intact/damaged/destroyed and a reminder when they need checking.",
        10333,
        "english",
    ),
    Query(
        "Med remiss till namnberedningen och protokollsutdrag vill vi hantera namnsättning av kvarter och gator som en egen ärendetyp.",
        10334,
        "word_order",
    ),
    Query("Ärendetyp för gatunamn", 10334, "less_detail"),
    Query("Årsstatistik mätenheten per kommundel", 10335, "less_detail"),
    Query(
        "Till årsredovisningen och budgetarbetet vill mätchefen veta hur många nybyggnadskartor, utstakningar och lägeskontroller vi gjort i varje kommundel. Idag räknar vi fakturor. Vi vill kunna ta ut antal per år och kommundel direkt ur systemet.",
        10335,
        "more_detail",
    ),
    Query(
        "Många som ska bygga attefallshus beställer en nybyggnadskarta trots att det inte krävs, och vi lägger tid på det. Vi vill att de kan beställa ett förenklat kartunderlag till situationsplanen som tas fram automatiskt ur baskartan och skickas som PDF direkt.",
        10336,
        "more_detail",
    ),
    Query(
        "Kartunderlag i förenklad form utan inmätning för små åtgärder som attefallshus, framtaget automatiskt från baskartan och levererat som PDF.",
        10336,
        "compound",
    ),
    Query(
        "I en kalender per mätlag vill vi se alla beställda mätuppdrag, och kunna dra dem mellan dagarna.",
        10337,
        "word_order",
    ),
    Query(
        "Mätarna åker ofta ut utan att ha med sig beställningen och ringer kontoret för att fråga om kontaktperson och tidigare mätningar på tomten. Vi vill att de kan öppna mätärendet på fältdatorn och se allt det ute på plats.",
        10338,
        "more_detail",
    ),
    Query("Behörighetsstyrda ledningslager i kartan", 10339, "less_detail"),
    Query(
        "Layers with water and sewage pipes and skyddsobjekt should only be visible in the map for users with a special permission.",
        10339,
        "english",
    ),
    # ===== Miljö: look-alikes =====
    Query(
        "Bevakning på giltighetstiden för tillstånd till enskilt avlopp: tillståndet upphör om anläggningen inte är byggd inom två år, och vi vill få en signal innan det löper ut.",
        None,
        "lookalike",
    ),
    Query(
        "Karta över resultatet av avloppsinventeringen: färga fastigheterna i inventeringsområdet efter bedömning (godkänd, brister, förbud) så att vi kan visa nämnden läget.",
        None,
        "lookalike",
    ),
    Query(
        "Massutskick av förelägganden efter avloppsinventeringen: när vi hittat brister vill vi skapa ett eget beslut per fastighet från samma mall, med fastighetens brister inlästa.",
        None,
        "lookalike",
    ),
    Query(
        "Historik över bedömningar på avloppsanläggningen: alla tidigare inspektioners bedömningar i en tidslinje på anläggningen, inte bara den senaste.",
        None,
        "lookalike",
    ),
    Query(
        "E-tjänst där sökanden kan följa sin ansökan om enskilt avlopp: se status, handläggare och begärda kompletteringar utan att ringa oss.",
        None,
        "lookalike",
    ),
    Query(
        "Ansökan om utdömande av vite till förvaltningsrätten: mall som hämtar föreläggandet, delgivningsdatum och vitesbeloppet från avloppsärendet.",
        None,
        "lookalike",
    ),
    Query(
        "Omklassning av livsmedelsanläggning mitt i året: när riskklassen ändras ska mellanskillnaden i årsavgift räknas fram och faktureras eller krediteras för resten av året.",
        None,
        "lookalike",
    ),
    Query(
        "Kontrollplanen för livsmedel ska skapas automatiskt för nästa år: alla anläggningar med kontrolltid ska få planerade kontroller utlagda på inspektörerna.",
        None,
        "lookalike",
    ),
    Query(
        "Registreringsbevis för livsmedelsanläggning: när registreringen är handlagd ska ett bevis med anläggningsnummer mejlas automatiskt till företagaren.",
        None,
        "lookalike",
    ),
    Query(
        "Årlig kontrollavgift för nystartad livsmedelsanläggning: avgiften ska räknas från registreringsmånaden och faktureras direkt, inte vänta till januarikörningen.",
        None,
        "lookalike",
    ),
    Query(
        "Rapportering av matförgiftningsutbrott till Livsmedelsverket: när vi utreder misstänkt matförgiftning vill vi skicka rapporten direkt från ärendet.",
        None,
        "lookalike",
    ),
    Query(
        "Provtagningsplan för dricksvattenanläggningar: vilka prover som enligt undersökningsprogrammet ska tas under året och vilka som fortfarande saknas.",
        None,
        "lookalike",
    ),
    Query(
        "Beställa provtagning hos laboratoriet direkt ur systemet: skicka provbeställning med provpunkt och analyspaket till labbet från provtagningen.",
        None,
        "lookalike",
    ),
    Query(
        "Avgift för handläggning av anmälan om C-verksamhet: en fast anmälningsavgift per verksamhetskod ska föreslås när anmälan registreras.",
        None,
        "lookalike",
    ),
    Query(
        "Granskning av miljörapport: kunna registrera att miljörapporten är granskad och godkänd, med kommentarer, på den B-verksamhet som lämnat den.",
        None,
        "lookalike",
    ),
    Query(
        "Skicka våra granskningskommentarer på miljörapporten tillbaka till SMP så att verksamheten ser dem i Svenska miljörapporteringsportalen.",
        None,
        "lookalike",
    ),
    Query(
        "Anmälan om miljöfarlig verksamhet: bevakning när sex veckor gått sedan anmälan blev komplett, så vi vet när verksamheten får starta utan beslut.",
        None,
        "lookalike",
    ),
    Query(
        "Kommunicering inför miljösanktionsavgift: verksamhetsutövaren ska få yttra sig innan avgiften beslutas, med mall som hämtar överträdelse och belopp.",
        None,
        "lookalike",
    ),
    Query(
        "Bullermätning i klagomålsärende: registrera mätvärden (dBA, tid på dygnet) och jämföra dem mot riktvärdena direkt i ärendet.",
        None,
        "lookalike",
    ),
    Query(
        "Klagomål på inomhusmiljö: skicka besked till klaganden om vad fastighetsägaren har svarat och vad vi tänker göra, direkt från ärendet.",
        None,
        "lookalike",
    ),
    Query(
        "Skyddade personuppgifter: varning när en part i miljöärendet har skyddad identitet så att vi inte skickar brev till folkbokföringsadressen.",
        None,
        "lookalike",
    ),
    Query(
        "Påminnelse om läckagekontroll: utifrån aggregatets fyllnadsmängd vill vi se när nästa läckagekontroll ska göras och kunna påminna operatören.",
        None,
        "lookalike",
    ),
    Query(
        "Hämta tömningshistorik för slamavskiljare från renhållningens system till avloppsanläggningen, så vi ser när den tömdes senast.",
        None,
        "lookalike",
    ),
    Query(
        "Bevakning när ett beviljat uppehåll i sophämtning löper ut, så att vi kan kontrollera om fastigheten fortfarande står obebodd.",
        None,
        "lookalike",
    ),
    Query(
        "Strandskyddsdispens: bevakning av Länsstyrelsens tid för överprövning, så att vi ser när dispensen får tas i anspråk.",
        None,
        "lookalike",
    ),
    Query(
        "Tidredovisning per inspektör för uppföljning: hur mycket debiterbar och icke debiterbar tid varje handläggare lagt per månad.",
        None,
        "lookalike",
    ),
    Query(
        "Överklagande av avgiftsbeslut: registrera överklagandet och skicka det vidare till Länsstyrelsen med avgiftsbeslutet och fakturaunderlaget.",
        None,
        "lookalike",
    ),
    Query(
        "Delegationsordningen i systemet: varning om handläggaren saknar delegation för den typ av beslut som ska fattas i miljöärendet.",
        None,
        "lookalike",
    ),
    Query(
        "Kommunicering via e-tjänst: parten ska kunna svara på kommuniceringen digitalt och svaret registreras automatiskt i ärendet.",
        None,
        "lookalike",
    ),
    Query(
        "Förenklad delgivning när delgivningskvittot inte kommer tillbaka: skicka beslutet en gång till med kontrollmeddelande direkt från ärendet.",
        None,
        "lookalike",
    ),
    Query(
        "Inkommande remiss från Länsstyrelsen om tillståndsansökan registreras som eget remissärende med svarsdatum bevakat.",
        None,
        "lookalike",
    ),
    Query(
        "Dela upp en anläggning i registret: när en verksamhet delas i två vill vi kunna flytta vissa ärenden till en ny anläggning.",
        None,
        "lookalike",
    ),
    Query(
        "Mejl som skickas från miljöärendet ska diarieföras automatiskt som utgående handling i samma ärende.",
        None,
        "lookalike",
    ),
    Query(
        "Lista över pågående miljöärenden som just nu har passerat lagstadgad handläggningstid, per handläggare.",
        None,
        "lookalike",
    ),
    # ===== Kart & mät: look-alikes =====
    Query(
        "E-tjänsten för nybyggnadskarta ska visa pris och ungefärlig leveranstid för beställaren innan beställningen skickas.",
        None,
        "lookalike",
    ),
    Query(
        "Reducerad avgift för uppdatering av nybyggnadskarta: om en levererad karta är äldre än två år och ska uppdateras ska en lägre avgift tas ut enligt taxan.",
        None,
        "lookalike",
    ),
    Query(
        "Bevakning på leveransdatum för nybyggnadskarta: varning när en beställd karta inte levererats inom utlovade tre veckor.",
        None,
        "lookalike",
    ),
    Query(
        "Ta emot sökandens situationsplan i DWG, ritad på nybyggnadskartan, och visa den i kartan i bygglovsärendet.",
        None,
        "lookalike",
    ),
    Query(
        "Bekräftelse till byggherren av tid för utstakning: när vi planerat in utstakningen ska ett SMS eller mejl med datum och tid gå ut automatiskt.",
        None,
        "lookalike",
    ),
    Query(
        "Lägeskontroll utförd av extern mätkonsult: registrera den inkomna lägeskontrollen och granska den mot nybyggnadskartan i mätärendet.",
        None,
        "lookalike",
    ),
    Query(
        "Avbokningsavgift för utstakning: om byggherren avbokar samma dag ska en avgift enligt taxan kunna tas ut.",
        None,
        "lookalike",
    ),
    Query(
        "Krav på lägeskontroll ska föras in i startbeskedet automatiskt när åtgärden är nybyggnad inom detaljplan.",
        None,
        "lookalike",
    ),
    Query(
        "Hämta belägenhetsadresser från Lantmäteriets adressregister till ärendet när fastigheten registreras.",
        None,
        "lookalike",
    ),
    Query(
        "Utskick till fastighetsägare som inte redovisat lägenhetsnummer: lista över flerbostadshus utan lägenheter i registret och brev från mall.",
        None,
        "lookalike",
    ),
    Query(
        "Byggnadsregistret: uppgift om riven byggnad ska skickas till Lantmäteriet när rivningen anmälts som klar.",
        None,
        "lookalike",
    ),
    Query(
        "Pågående planarbete som lager i ärendekartan: planområden under samråd och granskning, så vi ser var nya detaljplaner är på väg.",
        None,
        "lookalike",
    ),
    Query(
        "Grannhörande: skicka underrättelse till alla på grannelistan och registrera grannarnas svar i ärendet.",
        None,
        "lookalike",
    ),
    Query(
        "Utskick av samrådshandlingar till alla i fastighetsförteckningen för detaljplanen, med följebrev från mall.",
        None,
        "lookalike",
    ),
    Query(
        "Notis till handläggaren när fastigheten byter ägare enligt fastighetsregistret medan ärendet fortfarande är öppet.",
        None,
        "lookalike",
    ),
    Query(
        "Mäta avstånd och area i handläggningskartan, t.ex. avståndet från en byggnad till tomtgränsen, utan att något sparas i ärendet.",
        None,
        "lookalike",
    ),
    Query(
        "Exportera punkter från mätärendet till GNSS-instrumentet inför utsättning ute i fält.",
        None,
        "lookalike",
    ),
    Query(
        "Svar på Lantmäteriets remiss om fastighetsbildning ska kunna skickas digitalt från ärendet till förrättningslantmätaren.",
        None,
        "lookalike",
    ),
    Query(
        "Planhistorik per fastighet: upphävda och ersatta detaljplaner, så vi ser vad som gällde när ett gammalt bygglov gavs.",
        None,
        "lookalike",
    ),
    Query(
        "Hämta kommunens egna GIS-lager (VA-ledningar, naturvärden, fornlämningar) via WMS in i kartan i systemet.",
        None,
        "lookalike",
    ),
    Query(
        "Intäktsuppföljning för mätenheten: fakturerat belopp per produkt (nybyggnadskarta, utstakning, lägeskontroll) per månad jämfört med budget.",
        None,
        "lookalike",
    ),
]
