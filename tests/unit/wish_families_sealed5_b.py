# ruff: noqa: E501
"""Sealed, blind evaluation set of development wishes (part b).

Written by an AI helper session from its own knowledge of Swedish municipal case handling in
Castor, without reading the project's files. Modules and number ranges in this file:
Miljö 9100-9159 (60 stored wishes) and Kart & mät 9300-9339 (40 stored wishes), followed by
duplicate queries (kinds synonyms, compound, abbreviation, english, typos, more_detail,
less_detail, word_order) and look-alike queries that duplicate nothing.
"""

from __future__ import annotations

from tests.unit.wish_families import Query, Wish

WISHES: list[Wish] = [
    # --- Miljö: livsmedelskontroll ---
    Wish(
        9100,
        "Miljö",
        "Årlig kontrollavgift ska räknas om automatiskt när riskklassningen ändras. När vi ändrar riskklass eller erfarenhetsklass på en livsmedelsanläggning vill vi att den årliga avgiften beräknas om direkt i stället för att vi räknar för hand.",
    ),
    Wish(
        9101,
        "Miljö",
        "Bevakning av livsmedelsanläggningar som inte fått sin planerade kontroll. Vi vill få en lista eller påminnelse när en anläggning passerat sin kontrollfrekvens utan att något kontrollbesök registrerats.",
    ),
    Wish(
        9102,
        "Miljö",
        "Fylla i kontrollrapporten för livsmedelskontroll i mobilen ute på plats. Inspektören ska kunna skriva rapporten på surfplattan under besöket och lämna den till företagaren innan hon går därifrån.",
    ),
    Wish(
        9103,
        "Miljö",
        "Mall för kontrollrapport livsmedel med förvalda kontrollområden. Kontrollområdena enligt Livsmedelsverkets vägledning ska finnas som rubriker med kryssrutor så att rapporterna blir enhetliga.",
    ),
    Wish(
        9104,
        "Miljö",
        "Registrering av livsmedelsanläggning via e-tjänst ska skapa ärende och anläggningsobjekt automatiskt. Idag skriver vi av uppgifterna från e-tjänsten manuellt in i Castor.",
    ),
    Wish(
        9105,
        "Miljö",
        "Fakturaunderlag för extra offentlig kontroll ska skapas från tidsregistreringen i ärendet. Den tid inspektören registrerat för uppföljande kontroll ska gå direkt till fakturering utan att vi räknar timmar i Excel.",
    ),
    Wish(
        9106,
        "Miljö",
        "Rapport ur Castor som motsvarar Livsmedelsverkets årliga rapportering av kontroller. Antal kontroller, avvikelser och sanktioner per anläggningstyp ska kunna tas fram utan manuell räkning.",
    ),
    Wish(
        9107,
        "Miljö",
        "Registrera provsvar från laboratoriet och koppla dem till anläggningen. Provresultat för livsmedel och dricksvatten ska kunna läsas in och visas på objektet.",
    ),
    Wish(
        9108,
        "Miljö",
        "Provtagningsplan för dricksvattenanläggningar med bevakning av kommande provtagningar. Vi vill få en påminnelse när normal och utvidgad undersökning ska göras enligt provtagningsprogrammet.",
    ),
    Wish(
        9109,
        "Miljö",
        "Byte av verksamhetsutövare på en livsmedelsanläggning utan att historiken försvinner. Vid ägarbyte vill vi flytta anläggningen till ny organisation men behålla tidigare kontroller och beslut synliga.",
    ),
    # --- Miljö: avlopp ---
    Wish(
        9110,
        "Miljö",
        "E-tjänst för ansökan om enskilt avlopp med bilagor. Sökanden ska kunna bifoga situationsplan och resultat av markundersökning direkt i e-tjänsten.",
    ),
    Wish(
        9111,
        "Miljö",
        "Kartlager som visar enskilda avlopp med status från inventeringen. Godkända, underkända och ej inventerade avlopp ska synas med olika färg i kartan.",
    ),
    Wish(
        9112,
        "Miljö",
        "Bevakning av tidsfristen i förelägganden om att åtgärda avlopp. När tiden i föreläggandet eller förbudet löper ut vill vi få en påminnelse så att vi kan följa upp.",
    ),
    Wish(
        9113,
        "Miljö",
        "Beslutsmall för tillstånd till avloppsanordning med standardvillkor. Villkoren om slamtömning, skyddsavstånd och underhåll ska kunna väljas från en lista.",
    ),
    Wish(
        9114,
        "Miljö",
        "Massutskick av informationsbrev till fastighetsägare i ett inventeringsområde. Vi vill välja ett område i kartan och skicka samma brev till alla ägare med enskilt avlopp där.",
    ),
    Wish(
        9115,
        "Miljö",
        "Import av slamtömningar från renhållningens register till avloppsobjekten. Då ser vi direkt om en anläggning faktiskt töms enligt villkoren.",
    ),
    Wish(
        9116,
        "Miljö",
        "E-tjänst för anmälan om installation av värmepump där borrhålet markeras i karta. Sökanden ska kunna sätta ut borrhålets läge och avstånd till grannens brunn.",
    ),
    # --- Miljö: tillsyn ---
    Wish(
        9117,
        "Miljö",
        "Tillsynsplan där årets tillsynsbesök fördelas per handläggare och kan följas upp. Vi vill se planerade mot utförda besök under året.",
    ),
    Wish(
        9118,
        "Miljö",
        "Snabb tidrapportering i mobilen direkt efter tillsynsbesöket. Inspektören ska kunna registrera sin tid på ärendet medan hon fortfarande är ute.",
    ),
    Wish(
        9119,
        "Miljö",
        "Mall för kommuniceringsbrev inför föreläggande med svarsfrist och bevakning. Svarsfristen ska räknas fram och en bevakning skapas när brevet skickas.",
    ),
    Wish(
        9120,
        "Miljö",
        "Bevakning av förelägganden med vite och underlag för ansökan om utdömande. När vitesföreläggandet vunnit laga kraft och tiden gått ut ska vi påminnas och kunna ta fram underlag till mark- och miljödomstolen.",
    ),
    Wish(
        9121,
        "Miljö",
        "E-tjänst för klagomål som skapar ärende och skickar kvittens till den som klagar. Klagomål på störningar ska komma in strukturerat i stället för som lösa mejl.",
    ),
    Wish(
        9122,
        "Miljö",
        "Checklista per verksamhetstyp för tillsynsbesök som fungerar utan uppkoppling. Ute på gårdar och industrier saknas ofta täckning så listan måste gå att fylla i offline.",
    ),
    Wish(
        9123,
        "Miljö",
        "Lista över delegationsbeslut per månad för anmälan till miljönämnden. Listan ska kunna skrivas ut och bifogas till nämndens sammanträde.",
    ),
    Wish(
        9124,
        "Miljö",
        "Statistik över nedlagd handläggningstid per tillsynsområde som underlag till behovsutredningen. Vi behöver veta hur många timmar som gått till varje område under året.",
    ),
    # --- Miljö: miljöfarlig verksamhet ---
    Wish(
        9125,
        "Miljö",
        "Import av miljörapporter från Svenska miljörapporteringsportalen till verksamhetens objekt. Rapporterna ska hamna på rätt verksamhet utan att vi laddar ner och sparar dem manuellt.",
    ),
    Wish(
        9126,
        "Miljö",
        "E-tjänst för anmälan om miljöfarlig verksamhet enligt 9 kap miljöbalken. C-verksamheter ska kunna göra sin anmälan digitalt med verksamhetskod och bilagor.",
    ),
    Wish(
        9127,
        "Miljö",
        "Uppdaterade verksamhetskoder enligt miljöprövningsförordningen kopplade till taxan. När koderna ändras ska rätt avgiftsklass följa med automatiskt.",
    ),
    Wish(
        9128,
        "Miljö",
        "Registrera villkor i tillståndsbeslut och bevaka uppföljningen av varje villkor. Vi vill kunna se vilka villkor som är kontrollerade och vilka som återstår.",
    ),
    Wish(
        9129,
        "Miljö",
        "Lista över miljöfarliga verksamheter per prövningsnivå som kan exporteras till Excel. A-, B-, C- och U-verksamheter ska kunna filtreras var för sig.",
    ),
    Wish(
        9130,
        "Miljö",
        "Registrera MIFO-klassning för förorenade områden och koppla den till fastigheten. Riskklassen ska synas när någon söker på fastigheten.",
    ),
    Wish(
        9131,
        "Miljö",
        "Register över cisterner med bevakning av nästa revisionsbesiktning. Vi vill få påminnelse när besiktningen för en cistern ska vara gjord.",
    ),
    # --- Miljö: hälsoskydd ---
    Wish(
        9132,
        "Miljö",
        "E-tjänst för anmälan om hygienisk verksamhet som tatuering och fotvård. Anmälan ska skapa ärende och objekt med rätt verksamhetstyp.",
    ),
    Wish(
        9133,
        "Miljö",
        "Checklista för tillsyn av inomhusmiljö i skolor och förskolor. Ventilation, städning, buller och temperatur ska finnas som punkter att bocka av.",
    ),
    Wish(
        9134,
        "Miljö",
        "Register över radonmätningar med mätvärden per fastighet. Värdena ska sparas på fastigheten så att vi kan se tidigare mätningar vid nya ärenden.",
    ),
    Wish(
        9135,
        "Miljö",
        "Varning när provresultat för bassängbad överskrider gränsvärdena. När ett badvattenprov registreras och ligger över gränsvärdet ska handläggaren få en signal.",
    ),
    Wish(
        9136,
        "Miljö",
        "Export av badvattenprover från strandbad till Havs- och vattenmyndighetens badplatsdatabas. Idag matar vi in varje prov två gånger.",
    ),
    Wish(
        9137,
        "Miljö",
        "Koppla ihop flera klagomål om samma störningskälla i ett ärende. När många grannar klagar på samma verksamhet vill vi samla klagomålen under ett huvudärende.",
    ),
    Wish(
        9138,
        "Miljö",
        "Register över försäljningsställen för tobak och e-cigaretter med tillsynshistorik. Vi vill se vilka ställen som har tillstånd eller anmälan och när de senast kontrollerades.",
    ),
    # --- Miljö: köldmedier ---
    Wish(
        9139,
        "Miljö",
        "E-tjänst för årlig köldmedierapport där aggregatlistan kan laddas upp. Verksamheten ska kunna bifoga sin lista över aggregat i stället för att fylla i varje aggregat för sig.",
    ),
    Wish(
        9140,
        "Miljö",
        "Automatisk påminnelse till verksamhetsutövare om att köldmedierapporten ska lämnas senast 31 mars. Påminnelsen ska gå ut via e-post till alla som är rapporteringsskyldiga.",
    ),
    Wish(
        9141,
        "Miljö",
        "Register över aggregat med köldmediemängd i koldioxidekvivalenter per anläggning. Mängden ska räknas om automatiskt utifrån köldmedietyp och fyllnadsmängd.",
    ),
    Wish(
        9142,
        "Miljö",
        "Egen ärendetyp för anmälan om installation av köldmedieaggregat. Anmälan om nyinstallation ska inte behöva registreras som ett vanligt övrigt ärende.",
    ),
    # --- Miljö: registrering ---
    Wish(
        9143,
        "Miljö",
        "Registrera ärende direkt från inkommande mejl. Mejlet och dess bilagor ska kunna dras in i Castor utan att vi först sparar filerna på skrivbordet.",
    ),
    Wish(
        9144,
        "Miljö",
        "Slå ihop dubbletter av verksamhetsutövare och fastighetsägare i adressregistret. Samma företag finns ofta flera gånger och ärendena ska flyttas till den post som behålls.",
    ),
    Wish(
        9145,
        "Miljö",
        "Hämta företagsuppgifter från Bolagsverket när verksamhetsutövare registreras. Genom att skriva organisationsnummer ska namn och adress fyllas i automatiskt.",
    ),
    Wish(
        9146,
        "Miljö",
        "Koppla en verksamhet till flera fastigheter. Många verksamheter ligger på flera fastigheter och idag går det bara att välja en.",
    ),
    # --- Miljö: taxa och avgifter ---
    Wish(
        9147,
        "Miljö",
        "Stöd för efterhandsdebitering av kontrolltid per timme enligt ny taxemodell. Livsmedelskontrollen ska debiteras i efterhand utifrån faktisk nedlagd tid i stället för en fast årsavgift.",
    ),
    Wish(
        9148,
        "Miljö",
        "Automatisk årlig indexuppräkning av timavgiften enligt prisindex för kommunal verksamhet. Nämnden beslutar om uppräkning och den nya timavgiften ska slå igenom i alla avgiftsberäkningar från årsskiftet.",
    ),
    Wish(
        9149,
        "Miljö",
        "Export av fakturaunderlag till ekonomisystemet som fil. Underlaget ska gå att läsa in direkt i ekonomisystemet utan att ekonomen knappar in varje faktura.",
    ),
    Wish(
        9150,
        "Miljö",
        "Massutskick av beslut om årlig tillsynsavgift i januari. Alla avgiftsbeslut ska kunna skapas från en mall och skickas på en gång.",
    ),
    Wish(
        9151,
        "Miljö",
        "Registrera nedsättning av avgift med motivering som följer med till fakturan. När nämnden sätter ned en avgift ska beloppet och skälet synas på fakturan.",
    ),
    Wish(
        9152,
        "Miljö",
        "Markera objekt som avgiftsbefriade så att de inte kommer med i faktureringskörningen. Till exempel kommunens egna verksamheter som inte ska debiteras.",
    ),
    # --- Miljö: övrigt i handläggningen ---
    Wish(
        9153,
        "Miljö",
        "Expediering av beslut via e-post med mottagningsbevis. Vi vill veta att mottagaren har öppnat beslutet så att vi kan räkna tiden för överklagande.",
    ),
    Wish(
        9154,
        "Miljö",
        "Sekretessmarkera enskilda handlingar i miljöärenden. Uppgifter om klagande och personuppgifter ska kunna döljas för den som tittar på ärendet utan behörighet.",
    ),
    Wish(
        9155,
        "Miljö",
        "Skicka remiss från bygglov till miljö inne i Castor utan mejl. Bygglovshandläggaren ska kunna skicka remissen och miljöinspektören svara direkt i systemet.",
    ),
    Wish(
        9156,
        "Miljö",
        "Dokumentmallar där fastighetsbeteckning och verksamhetsutövare fylls i automatiskt. Fälten ska hämtas från ärendet så att vi slipper skriva in dem i varje brev.",
    ),
    Wish(
        9157,
        "Miljö",
        "Gallring av avslutade klagomålsärenden efter ett visst antal år enligt dokumenthanteringsplanen. Systemet ska föreslå vilka ärenden som kan gallras.",
    ),
    Wish(
        9158,
        "Miljö",
        "Rapport över handläggningstid för anmälningsärenden, till exempel värmepump och avlopp. Vi vill se hur många ärenden som tagit längre tid än sex veckor.",
    ),
    Wish(
        9159,
        "Miljö",
        "Registrera överklagande och bevaka när beslutet vinner laga kraft. När ett beslut överklagas ska ärendet visa det och vi ska få besked när det avgjorts.",
    ),
    # --- Kart & mät: nybyggnadskarta ---
    Wish(
        9300,
        "Kart & mät",
        "E-tjänst för beställning av nybyggnadskarta där kunden markerar fastigheten i kartan. Beställningen ska skapa ett ärende med rätt fastighet kopplad.",
    ),
    Wish(
        9301,
        "Kart & mät",
        "Automatisk avgiftsberäkning för nybyggnadskarta enligt taxan. Avgiften ska räknas fram utifrån tomtarea och om det är fullständig eller förenklad karta.",
    ),
    Wish(
        9302,
        "Kart & mät",
        "Leverera nybyggnadskartan som DWG och PDF via e-post direkt från ärendet. Filerna ska skickas till beställaren och leveransen loggas i ärendet.",
    ),
    Wish(
        9303,
        "Kart & mät",
        "Bevakning av leveranstiden för nybyggnadskarta. Vi har lovat leverans inom tre veckor och vill få påminnelse innan tiden går ut.",
    ),
    Wish(
        9304,
        "Kart & mät",
        "Förenklad nybyggnadskarta som egen ärendetyp med eget flöde. Den enklare kartan hanteras annorlunda och ska inte behöva gå igenom alla steg för den fullständiga.",
    ),
    Wish(
        9305,
        "Kart & mät",
        "Koppla nybyggnadskartan till bygglovsärendet så att bygglovshandläggaren ser status. Då slipper bygglov ringa och fråga om kartan är levererad.",
    ),
    # --- Kart & mät: lägeskontroll ---
    Wish(
        9306,
        "Kart & mät",
        "Ärende för lägeskontroll ska skapas automatiskt när startbesked ges. Om startbeskedet kräver lägeskontroll ska ett mätärende skapas och hamna hos mätningsavdelningen.",
    ),
    Wish(
        9307,
        "Kart & mät",
        "Mall för lägeskontrollprotokoll med avvikelser i plan och höjd i tabell. Uppmätta och projekterade värden ska visas sida vid sida med differensen uträknad.",
    ),
    Wish(
        9308,
        "Kart & mät",
        "Fakturera lägeskontrollen när protokollet expedieras. Fakturaunderlaget ska skapas i samma steg som protokollet skickas till byggherren.",
    ),
    Wish(
        9309,
        "Kart & mät",
        "Importera inmätningsfil med koordinatlista till mätärendet. Filen från totalstationen eller GNSS ska kunna läsas in och punkterna visas i kartan.",
    ),
    # --- Kart & mät: utstakning ---
    Wish(
        9310,
        "Kart & mät",
        "E-tjänst för beställning av utstakning med val av grov- och finutstakning. Beställaren ska ange vilken typ av utstakning som önskas och bifoga situationsplan.",
    ),
    Wish(
        9311,
        "Kart & mät",
        "Kalender för tidsbokning av utstakning per mätlag. Vi vill se vilka dagar mätlagen är lediga och boka in utstakningarna där.",
    ),
    Wish(
        9312,
        "Kart & mät",
        "Beräkna avgiften för utstakning utifrån antal punkter och byggnadens area. Idag räknar vi fram avgiften med miniräknare.",
    ),
    Wish(
        9313,
        "Kart & mät",
        "Mall för utstakningsprotokoll med koordinater som skickas till byggherren. Protokollet ska visa utsatta punkter med koordinater och höjder.",
    ),
    # --- Kart & mät: primärkarta ---
    Wish(
        9314,
        "Kart & mät",
        "Ärende för ajourhållning av primärkartan med bevakning när byggnaden är klar. När slutbesked ges ska en bevakning skapas om att byggnaden ska mätas in.",
    ),
    Wish(
        9315,
        "Kart & mät",
        "Rapport över byggnader som fått slutbesked men inte är inmätta. Listan ska visa fastighet, bygglovsärende och datum för slutbesked.",
    ),
    Wish(
        9316,
        "Kart & mät",
        "Logg över ändringar i primärkartan per objekt och handläggare. Vi vill se vem som ändrat vad och när i kartdatabasen.",
    ),
    Wish(
        9317,
        "Kart & mät",
        "Leverans av byggnader från primärkartan till Lantmäteriets byggnadsregister. Nya och ändrade byggnader ska skickas direkt utan att vi exporterar och laddar upp filer.",
    ),
    # --- Kart & mät: adresser ---
    Wish(
        9318,
        "Kart & mät",
        "Ny belägenhetsadress ska skickas direkt till Lantmäteriets adressregister. När vi registrerar en adress i Castor ska den uppdateras i belägenhetsadressregistret utan dubbelregistrering.",
    ),
    Wish(
        9319,
        "Kart & mät",
        "Mall för brev till fastighetsägaren om beslut om ny adress. Brevet ska hämta fastighet, ägare och den nya adressen från ärendet.",
    ),
    Wish(
        9320,
        "Kart & mät",
        "Visa adressplatser som eget lager i kartan vid handläggning. Handläggaren ska kunna tända och släcka lagret med adresspunkter.",
    ),
    Wish(
        9321,
        "Kart & mät",
        "Lista över fastigheter med byggnader som saknar belägenhetsadress. Vi vill hitta bostadshus som inte har någon adress.",
    ),
    Wish(
        9322,
        "Kart & mät",
        "Massändring av adresser när ett gatunamn byts. Alla adresser längs gatan ska kunna uppdateras på en gång i stället för en och en.",
    ),
    # --- Kart & mät: GIS ---
    Wish(
        9323,
        "Kart & mät",
        "Visa gällande detaljplaner som lager i Castors karta. Plangränser ska synas och det ska gå att klicka fram planbestämmelserna.",
    ),
    Wish(
        9324,
        "Kart & mät",
        "Lägga till kommunens egna WMS-lager i Castors karta. Vi har lager för VA, naturreservat och skyddsområden i vår GIS-plattform som vi vill se i handläggningen.",
    ),
    Wish(
        9325,
        "Kart & mät",
        "Rita ärendets yta som polygon i kartan och spara den på ärendet. Det ska gå att markera exakt var åtgärden ska göras, inte bara vilken fastighet.",
    ),
    Wish(
        9326,
        "Kart & mät",
        "Exportera ärenden med koordinater till GIS som GeoPackage eller shapefil. Vi vill kunna analysera ärendena i vårt GIS-program.",
    ),
    # --- Kart & mät: koordinatsystem ---
    Wish(
        9327,
        "Kart & mät",
        "Stöd för kommunens lokala SWEREF 99-zon och höjdsystemet RH 2000 i karta och protokoll. Koordinater och höjder ska visas i det system vi faktiskt mäter i.",
    ),
    Wish(
        9328,
        "Kart & mät",
        "Transformera koordinater från det gamla lokala systemet till SWEREF 99 vid import. Äldre inmätningar ligger i RT 90 eller kommunens gamla system och måste räknas om.",
    ),
    Wish(
        9329,
        "Kart & mät",
        "Visa koordinaten där man klickar i kartan och kunna kopiera den. Vi behöver ofta skicka en koordinat till entreprenörer.",
    ),
    # --- Kart & mät: fastighetsförteckning ---
    Wish(
        9330,
        "Kart & mät",
        "Beställning av fastighetsförteckning för detaljplan som ärende med avgift. Planavdelningen beställer förteckningen och vi vill kunna debitera och följa upp den.",
    ),
    Wish(
        9331,
        "Kart & mät",
        "Automatisk fastighetsförteckning med ägare och rättigheter från Lantmäteriets fastighetsregister. Förteckningen för planområdet ska tas fram direkt ur registret.",
    ),
    Wish(
        9332,
        "Kart & mät",
        "Sakägarförteckning för grannehöring genom att välja radie runt fastigheten i kartan. Alla fastigheter inom avståndet ska listas med ägare och adress.",
    ),
    Wish(
        9333,
        "Kart & mät",
        "Uppdatera ägaruppgifterna från fastighetsregistret varje natt. Idag uppdateras de en gång i månaden och vi skickar brev till gamla ägare.",
    ),
    # --- Kart & mät: övrigt ---
    Wish(
        9334,
        "Kart & mät",
        "Tidsredovisning per mätlag och uppdrag som underlag för fakturering. Varje mätlag ska kunna registrera tid på uppdraget ute i fält.",
    ),
    Wish(
        9335,
        "Kart & mät",
        "Statistik över antal levererade nybyggnadskartor och lägeskontroller per år. Vi behöver siffrorna till verksamhetsberättelsen.",
    ),
    Wish(
        9336,
        "Kart & mät",
        "Skriva ut karta i skala med teckenförklaring i A4 och A3. Utskriften ska få skalstock, norrpil och legend.",
    ),
    Wish(
        9337,
        "Kart & mät",
        "Register över stompunkter med status och senaste kontroll. Vi vill kunna markera punkter som förstörda eller kontrollerade.",
    ),
    Wish(
        9338,
        "Kart & mät",
        "Registrera remisser från lantmäterimyndigheten om fastighetsbildning. Förrättningsremissen ska bli ett ärende med svarsdatum och bevakning.",
    ),
    Wish(
        9339,
        "Kart & mät",
        "E-tjänst där konsulter beställer och laddar ner kartunderlag mot avgift. Konsulter ska kunna välja område, format och få en faktura automatiskt.",
    ),
]

QUERIES: list[Query] = [
    # ===== Duplicates: Miljö =====
    Query(
        "När vi flyttar en restaurang till en annan riskgrupp borde årsavgiften justeras av sig själv, inte av oss med miniräknare.",
        9100,
        "synonyms",
    ),
    Query(
        "Årsavgiften för livsmedelsanläggningar borde räknas om automatiskt när man ändrar riskklasningen, nu gör vi de manuellt",
        9100,
        "typos",
    ),
    Query("Påminnelse när livsmedelsanläggning missat sin kontroll", 9101, "less_detail"),
    Query(
        "Vi behöver en alert/overdue-lista för livsmedelsanläggningar som inte fått sin inspection enligt planerad frequency",
        9101,
        "english",
    ),
    Query(
        "Mobile inspection report – kunna göra kontrollrapporten för food control on site på iPad och lämna över direkt",
        9102,
        "english",
    ),
    Query(
        "Vi är fyra livsmedelsinspektörer som idag skriver stödanteckningar på papper under kontrollen och sedan renskriver rapporten på kontoret dagen efter. Vi vill kunna skriva rapporten på plattan under besöket och ge den till verksamheten innan vi åker.",
        9102,
        "more_detail",
    ),
    Query(
        "Kontrollrapportmall för livsmedelskontrollen med färdiga kontrollområdesrubriker och kryssrutor enligt vägledningen",
        9103,
        "compound",
    ),
    Query(
        "Förvalda kontrollområden i mallen för livsmedelsrapporter, så att alla inspektörer får likadana rapporter – rubrikerna från Livsmedelsverkets vägledning med kryssrutor.",
        9103,
        "word_order",
    ),
    Query(
        "e-tj. för registrering av livsmedelsanläggning ska skapa ärende + objekt direkt i Castor",
        9104,
        "abbreviation",
    ),
    Query(
        "När en företagare anmäler sin nya restaurang digitalt vill vi att anmälan blir ett ärende och en anläggning i systemet av sig själv, utan att vi knappar av formuläret.",
        9104,
        "synonyms",
    ),
    Query(
        "Registrering av livsmedelsanläggning som kommer via etjänsten ska bli ärende och objekt automatiskt, idag skrivs allt av manuelt",
        9104,
        "typos",
    ),
    Query(
        "Extrakontrollfaktura: tidsregistreringen på ärendet ska bli fakturaunderlag direkt för uppföljningskontroller",
        9105,
        "compound",
    ),
    Query("Fakturera extra kontroll från registrerad tid", 9105, "less_detail"),
    Query(
        "Årsrapporten till SLV – ta fram antal kontroller, avvikelser och sanktioner per anläggningstyp ur Castor",
        9106,
        "abbreviation",
    ),
    Query(
        "Import lab results (provsvar) för livsmedel och dricksvatten och visa dem på anläggningen",
        9107,
        "english",
    ),
    Query(
        "Provresultat från labbet – vi vill att de läses in och kopplas till anläggningen, både dricksvatten och livsmedel.",
        9107,
        "word_order",
    ),
    Query(
        "Provtagningsplan för dricksvattenanläggningar med påminelse inför normal och utvidgad undersökning",
        9108,
        "typos",
    ),
    Query(
        "Vi har ett trettiotal små vattenverk och det är vi inspektörer som måste hålla koll på när de ska ta prover. Vi vill lägga in deras provtagningsprogram och få en bevakning inför varje normal respektive utvidgad undersökning, så att vi inte missar någon.",
        9108,
        "more_detail",
    ),
    Query(
        "När en pizzeria säljs till ny ägare vill vi föra över lokalen till det nya bolaget men fortfarande se gamla inspektioner och beslut.",
        9109,
        "synonyms",
    ),
    Query(
        "Avloppsansökan som e-tjänst där man kan ladda upp situationsplanen och markundersökningsresultatet",
        9110,
        "compound",
    ),
    Query(
        "E-service for private sewage application, med upload av situationsplan och soil test (markundersökning)",
        9110,
        "english",
    ),
    Query("E-tjänst för avloppsansökan med bilagor", 9110, "less_detail"),
    Query(
        "GIS-lager för enskilda avlopp färgat efter inventeringsstatus (godkänd/underkänd/ej inv.)",
        9111,
        "abbreviation",
    ),
    Query(
        "Vi vill se på kartan vilka små avloppsanläggningar som klarat inventeringen, vilka som underkänts och vilka vi inte hunnit besöka, med olika färger.",
        9111,
        "synonyms",
    ),
    Query(
        "En påminnelse när tidsfristen har löpt ut vill vi ha, för förelägganden och förbud om åtgärder på avlopp, så att uppföljningen blir av.",
        9112,
        "word_order",
    ),
    Query(
        "Bevakning av tidsfirsten i förelägganden om avlopp, vi glömmer att följa upp när tiden gått ut",
        9112,
        "typos",
    ),
    Query(
        "Deadline reminder för avloppsförelägganden – när åtgärdstiden har expired vill vi få en notis",
        9112,
        "english",
    ),
    Query(
        "Standardvillkorslista i tillståndsbeslutsmallen för avloppsanordningar (slamtömning, skyddsavstånd, underhåll)",
        9113,
        "compound",
    ),
    Query("Avloppstillstånd – mall med valbara villkor", 9113, "less_detail"),
    Query(
        "Inför varje års avloppsinventering skickar vi ett informationsbrev till 200–300 fastighetsägare i området. Idag tar vi ut adresser i Excel och gör koppla dokument i Word. Vi vill markera området i kartan och skicka brevet till alla med enskilt avlopp direkt från Castor.",
        9114,
        "more_detail",
    ),
    Query(
        "Massutskick av infobrev till fastighetsägare inom avloppsinventeringsområde, urval via GIS-karta",
        9114,
        "abbreviation",
    ),
    Query(
        "Import of sludge emptying data från renhållningen så vi ser om avloppen töms enligt villkoren",
        9115,
        "english",
    ),
    Query(
        "Värmepumpsanmälan som e-tjänst med borrhålsplacering i kartan och avstånd till grannbrunnen",
        9116,
        "compound",
    ),
    Query(
        "E-tjänst för anmälan om värmepupm där man kan markera borrhålet i kartan", 9116, "typos"
    ),
    Query(
        "Vi vill lägga upp årets inspektionsbesök fördelat på inspektörerna och följa hur många som blivit gjorda jämfört med planen.",
        9117,
        "synonyms",
    ),
    Query(
        "Planerade och utförda tillsynsbesök under året vill vi kunna följa upp, med en tillsynsplan där besöken fördelas på handläggarna.",
        9117,
        "word_order",
    ),
    Query(
        "Time reporting i mobilen direkt efter besöket, så man kan logga sin tid på ärendet while still in the field",
        9118,
        "english",
    ),
    Query("Registrera tid i mobilen efter besök", 9118, "less_detail"),
    Query(
        "Kommuniceringsmall inför föreläggande som räknar ut svarsfristdatum och lägger bevakning när brevet går iväg",
        9119,
        "compound",
    ),
    Query(
        "Innan vi fattar beslut om föreläggande måste vi kommunicera förslaget med verksamhetsutövaren. Vi skriver brevet själva varje gång, räknar ut svarsdatumet i huvudet och glömmer ibland att lägga en bevakning. En färdig mall som sätter svarsfristen och bevakningen automatiskt skulle spara mycket.",
        9119,
        "more_detail",
    ),
    Query(
        "Bevakning av vitesförelägganden enl. 26 kap MB och underlag för ansökan om utdömande till MMD",
        9120,
        "abbreviation",
    ),
    Query(
        "När ett beslut med vite har blivit gällande och tiden har passerat vill vi bli påminda och få fram det som behövs för att begära att domstolen dömer ut vitet.",
        9120,
        "synonyms",
    ),
    Query(
        "Complaint e-service: klagomål på störningar ska skapa ett ärende och skicka en receipt till den som klagar",
        9121,
        "english",
    ),
    Query(
        "E-tjänst för klagomål som skapar ärende och skickar kvitens till klaganden, istället för lösa mejl till registraturen",
        9121,
        "typos",
    ),
    Query(
        "Kvittens till den klagande och ett nytt ärende ska skapas när klagomål på störningar kommer in via e-tjänst.",
        9121,
        "word_order",
    ),
    Query(
        "Offline checklists för tillsynsbesök per verksamhetstyp – mobilen har ofta ingen täckning ute på gårdarna",
        9122,
        "english",
    ),
    Query(
        "Jag jobbar med lantbrukstillsyn och ute på gårdarna finns sällan mobiltäckning. Då fungerar inget av det digitala och jag får skriva på papper. Vi vill ha checklistor för varje typ av verksamhet som går att fylla i utan uppkoppling och som synkas när man kommer tillbaka.",
        9122,
        "more_detail",
    ),
    Query(
        "Delegationsbeslutslista månadsvis för anmälan till nämnden, utskrivbar som bilaga till sammanträdet",
        9123,
        "compound",
    ),
    Query("Månadslista delegationsbeslut till nämnden", 9123, "less_detail"),
    Query("Lista på delegationsbeslut per mån. att anmäla till MHN", 9123, "abbreviation"),
    Query(
        "Som underlag till behovsutredningen behöver vi statistik över hur mycket handläggningstid som lagts per tillsynsområde under året.",
        9124,
        "word_order",
    ),
    Query(
        "Hämta miljörapporter från SMP automatiskt till rätt verksamhet i Castor",
        9125,
        "abbreviation",
    ),
    Query("Miljörapporter från portalen in i Castor", 9125, "less_detail"),
    Query(
        "E-tj. för anmälan av C-verksamhet enl. 9 kap MB, med verksamhetskod och bilagor",
        9126,
        "abbreviation",
    ),
    Query(
        "E-tjänst för anmälan om miljöfarlig verksamhet, C-verksamheter ska kunna anmäla digitalt med verksamhetskod och bilgaor",
        9126,
        "typos",
    ),
    Query(
        "Varje gång miljöprövningsförordningen ändras får vi gå igenom alla verksamhetskoder och manuellt rätta avgiftsklassen i taxan. Senast tog det två veckor. Koderna borde uppdateras och kopplingen till taxan följa med.",
        9127,
        "more_detail",
    ),
    Query(
        "Vi vill lägga in varje krav från tillståndet separat och hålla koll på vilka som följts upp vid tillsynen och vilka som är kvar.",
        9128,
        "synonyms",
    ),
    Query(
        "Track conditions (villkor) i tillståndsbeslut – vilka är checked och vilka återstår",
        9128,
        "english",
    ),
    Query(
        "Export till Excel av miljöfarliga verksamheter, filtrerade per prövningsnivå – A, B, C och U var för sig.",
        9129,
        "word_order",
    ),
    Query("Lista MFV per prövningsnivå (A/B/C/U) → Excel", 9129, "abbreviation"),
    Query(
        "Registrera MIFO risk class för contaminated sites och koppla till fastigheten så den syns vid sökning",
        9130,
        "english",
    ),
    Query("Cisternregister med påminnelse om revisionsbesiktningsdatum", 9131, "compound"),
    Query(
        "Regsiter över cisterner med bevakning av när nästa revisionsbesiktning ska göras",
        9131,
        "typos",
    ),
    Query(
        "E-tj. anmälan hygienisk verksamhet (tatuering, fotvård, piercing) enl. MB → ärende och objekt",
        9132,
        "abbreviation",
    ),
    Query("Anmälan hygienisk verksamhet digitalt", 9132, "less_detail"),
    Query(
        "Färdig lista att bocka av när vi inspekterar förskolor och skolor: luftombyte, städning, ljud och värme.",
        9133,
        "synonyms",
    ),
    Query("Skoltillsynschecklista för inomhusmiljön i förskolor och skolor", 9133, "compound"),
    Query(
        "Per fastighet vill vi spara mätvärdena från radonmätningarna i ett register, så att tidigare mätningar syns vid nya ärenden.",
        9134,
        "word_order",
    ),
    Query(
        "Radon register – spara measurement values per fastighet så vi ser history vid nya ärenden",
        9134,
        "english",
    ),
    Query(
        "Varning när provresultat för bassängbad överskrider gränsvärderna, handläggaren måste få en signal direkt",
        9135,
        "typos",
    ),
    Query(
        "Vi har tre simhallar och ett äventyrsbad i kommunen och får in provsvar varje vecka. Förra året missade vi ett prov med för höga bakteriehalter i flera dagar. När ett prov som ligger över gränsvärdet registreras borde handläggaren få en varning.",
        9135,
        "more_detail",
    ),
    Query(
        "Exportera strandbadsprover till HaV:s badplatsdatabas så vi slipper dubbelinmatning",
        9136,
        "abbreviation",
    ),
    Query("Samla grannklagomål på samma störningskälla under ett huvudärende", 9137, "compound"),
    Query("Slå ihop klagomål på samma verksamhet", 9137, "less_detail"),
    Query(
        "Register över retailers för tobak och e-cigg, med tillstånd/anmälan och senaste inspection",
        9138,
        "english",
    ),
    Query(
        "Köldmedierapport-e-tjänst med uppladdning av aggregatförteckning i stället för ett aggregat i taget",
        9139,
        "compound",
    ),
    Query(
        "Refrigerant report e-service där företagen kan uploada sin aggregatlista", 9139, "english"
    ),
    Query(
        "Automatiskt mejl till rapporteringsskyldiga om köldmedierapporten senast 31/3",
        9140,
        "abbreviation",
    ),
    Query(
        "Automatisk påminelse till verksamhetsutövarna om att köldmedierapporten ska in senast sista mars",
        9140,
        "typos",
    ),
    Query(
        "Aggregatregister med köldmediemängd i CO2e per anläggning, beräknat från köldmedietyp och fyllnadsmängd",
        9141,
        "abbreviation",
    ),
    Query(
        "Per anläggning vill vi se köldmediemängden omräknad till koldioxidekvivalenter, automatiskt utifrån typ och mängd på aggregaten i registret.",
        9141,
        "word_order",
    ),
    Query("Ärendetyp för anmälan om nya köldmedieaggregat", 9142, "less_detail"),
    Query(
        "Drag and drop ett mejl med attachments direkt in i Castor och skapa ärende",
        9143,
        "english",
    ),
    Query(
        "Registrera ärende direkt från inkommande mail utan att spara bilgorna på skrivbordet förts",
        9143,
        "typos",
    ),
    Query(
        "Vi vill kunna göra ett nytt ärende av e-brevet som kommer in, med allt som är bifogat, utan att gå omvägen via datorns mappar.",
        9143,
        "synonyms",
    ),
    Query(
        "Dubblettsammanslagning i adressregistret för verksamhetsutövare och fastighetsägare, med flytt av ärenden",
        9144,
        "compound",
    ),
    Query("Slå ihop dubbletter i adressregistret", 9144, "less_detail"),
    Query(
        "Lookup i Bolagsverket på orgnr när man lägger upp en ny verksamhetsutövare, så namn och adress autofylls",
        9145,
        "english",
    ),
    Query(
        "Slå upp org.nr mot BV och fyll i namn och adress vid registrering av VU",
        9145,
        "abbreviation",
    ),
    Query(
        "En anläggning ska kunna höra till mer än en fastighetsbeteckning, t.ex. en täkt som sträcker sig över tre fastigheter.",
        9146,
        "synonyms",
    ),
    Query(
        "Efterhandsdebitering enl. SKR:s nya taxemodell för livsmedelskontroll – debitera faktisk tid/h",
        9147,
        "abbreviation",
    ),
    Query(
        "Från nästa år går vi över till efterhandsdebitering i livsmedelskontrollen efter nämndens beslut om ny taxa. Vi vill att Castor stödjer att kontrolltiden debiteras per timme i efterhand, inte som en fast årsavgift som vi fakturerar i förskott.",
        9147,
        "more_detail",
    ),
    Query(
        "Fakturera livsmedelsföretagen för den tid kontrollen faktiskt tog i stället för en schablonavgift per år.",
        9147,
        "synonyms",
    ),
    Query("Automatisk uppräkning av timavgiften med PKV varje årsskifte", 9148, "abbreviation"),
    Query(
        "Automatsik årlig indexuppräkning av timavgiften, nya timavgiften ska gälla i alla beräkningar från årsskiftet",
        9148,
        "typos",
    ),
    Query(
        "Export av invoice data till ekonomisystemet som fil, så ekonomen slipper manual entry",
        9149,
        "english",
    ),
    Query(
        "Som fil vill vi exportera fakturaunderlaget, så att det kan läsas in direkt i ekonomisystemet utan att någon knappar in fakturorna.",
        9149,
        "word_order",
    ),
    Query("Årsavgiftsbeslut som massutskick från mall i januari", 9150, "compound"),
    Query(
        "Varje januari skickar vi beslut om årlig tillsynsavgift till omkring 600 verksamheter. Idag skapar vi varje beslut för sig, vilket tar en handläggare flera veckor. Vi vill generera alla beslut från en mall och skicka dem i ett svep.",
        9150,
        "more_detail",
    ),
    Query(
        "På fakturan ska det synas, belopp och skäl, när en avgift har satts ned av nämnden – nedsättningen registreras med motivering.",
        9151,
        "word_order",
    ),
    Query(
        "När nämnden reducerar en tillsynsavgift vill vi lägga in rabatten och varför, och att det framgår på räkningen.",
        9151,
        "synonyms",
    ),
    Query(
        "Avgiftsbefrielsemarkering på objekt så de hoppas över i faktureringskörningen",
        9152,
        "compound",
    ),
    Query(
        "Send beslut via e-mail med read receipt så vi vet när överklagandetiden börjar",
        9153,
        "english",
    ),
    Query("Expediera beslut per e-post med mottagningskvitto", 9153, "less_detail"),
    Query(
        "Sekretessmarkera enskilda handingar i miljöärenden så klagandens personuppgifter döljs",
        9154,
        "typos",
    ),
    Query(
        "Vi har haft fall där en verksamhetsutövare fått se vem som klagat på dem när de tittat i ärendet via en kollega på annan förvaltning. Vi vill kunna markera enstaka handlingar som sekretess så att bara behöriga ser dem.",
        9154,
        "more_detail",
    ),
    Query(
        "Intern remiss BN → MHN i Castor i stället för mejl, miljö svarar direkt i systemet",
        9155,
        "abbreviation",
    ),
    Query(
        "Internremiss från bygglovshandläggare till miljöinspektör med remissvar i systemet",
        9155,
        "compound",
    ),
    Query(
        "Mallar med merge fields för fastighetsbeteckning och verksamhetsutövare som autofylls från ärendet",
        9156,
        "english",
    ),
    Query(
        "Breven borde själva hämta fastighetens namn och vem som driver verksamheten ur ärendet, så vi slipper knappa in det varje gång.",
        9156,
        "synonyms",
    ),
    Query(
        "Enligt dokumenthanteringsplanen ska avslutade klagomålsärenden gallras efter ett antal år – systemet ska föreslå vilka.",
        9157,
        "word_order",
    ),
    Query("Handläggningstid för anmälningsärenden, rapport", 9158, "less_detail"),
    Query(
        "Rapport över handlägningstid för anmälningsärenden t.ex värmepupmar och avlopp, hur många tar mer än sex veckor",
        9158,
        "typos",
    ),
    Query("Överklagandeinformation på ärendet med laga kraft-bevakning", 9159, "compound"),
    Query(
        "Registrera appeal på beslutet och få en notis när det vunnit laga kraft", 9159, "english"
    ),
    # ===== Duplicates: Kart & mät =====
    Query(
        "E-tj. för beställning av NBK där kunden pekar ut fastigheten i kartan → ärende skapas",
        9300,
        "abbreviation",
    ),
    Query(
        "Vi får in beställningar av nybyggnadskartor via mejl och telefon och ofta är fastighetsbeteckningen fel, så vi har mätt fel tomt. Vi vill ha en e-tjänst där kunden själv klickar på sin fastighet i kartan och där ärendet skapas med rätt fastighet kopplad.",
        9300,
        "more_detail",
    ),
    Query(
        "Nybyggnadskarteavgift som räknas ut automatiskt från tomtarean och kartans typ (fullständig/förenklad)",
        9301,
        "compound",
    ),
    Query(
        "Automatisk avgiftsberäkning för nybyggnadskarta enlig taxan, utifån tomtarea och om det är förenklad eller fullständig",
        9301,
        "typos",
    ),
    Query("Mejla nybyggnadskartan direkt från ärendet", 9302, "less_detail"),
    Query(
        "Idag exporterar vi nybyggnadskartan till en mapp, zippar och mejlar från Outlook, och sedan måste vi komma ihåg att skriva en anteckning i ärendet om att den är skickad. Vi vill skicka DWG- och PDF-filerna till beställaren direkt från ärendet och att leveransen loggas där.",
        9302,
        "more_detail",
    ),
    Query(
        "Vi har lovat kunderna kartan inom tre veckor – vi vill få en signal innan vi hinner överskrida det.",
        9303,
        "synonyms",
    ),
    Query(
        "Innan leveranstiden för nybyggnadskartan går ut vill vi få en påminnelse, eftersom vi har lovat tre veckor.",
        9303,
        "word_order",
    ),
    Query(
        "Förenklad nybyggnadskarta som egen ärendetyp med eget flöde, den ska inte gå igeonm alla steg som den fullständiga",
        9304,
        "typos",
    ),
    Query(
        "Bygglovshandläggarna vill kunna se i sitt ärende om mätavdelningen har skickat kartan, så att de inte behöver ringa oss.",
        9305,
        "synonyms",
    ),
    Query(
        "Nybyggnadskartestatus synlig i bygglovsärendet genom koppling mellan ärendena",
        9305,
        "compound",
    ),
    Query("Se status på nybyggnadskartan i bygglovet", 9305, "less_detail"),
    Query(
        "När bygglov ger startbesked med krav på lägeskontroll får vi på mät ofta inte veta det förrän byggherren ringer och vill ha kontrollen samma dag. Vi vill att ett mätärende för lägeskontroll skapas automatiskt och hamnar hos oss när startbeskedet ges.",
        9306,
        "more_detail",
    ),
    Query(
        "När startbesked ges ska ett ärende för lägeskontroll skapas automatiskt, om beskedet kräver det, och hamna hos mätningen.",
        9306,
        "word_order",
    ),
    Query("Lägeskontrollprotokollmall med avvikelsetabell för plan och höjd", 9307, "compound"),
    Query(
        "Fakturera lägeskontrolen samtidigt som protokollet expedieras till byggherren",
        9308,
        "typos",
    ),
    Query("Faktura när lägeskontrollprotokollet skickas", 9308, "less_detail"),
    Query(
        "Import av survey file (koordinatlista) från totalstation/GNSS till mätärendet, visa points i kartan",
        9309,
        "english",
    ),
    Query(
        "E-tj. för utstakningsbeställning med val grov-/finutstakning + bifogad sitplan",
        9310,
        "abbreviation",
    ),
    Query(
        "E-tjänst för beställning av utstakning med val av grov eller finutstakning och bifogad situatinsplan",
        9310,
        "typos",
    ),
    Query(
        "Vi vill ha en schemavy där vi ser när varje mätgrupp är ledig och kan boka in utsättningar.",
        9311,
        "synonyms",
    ),
    Query(
        "Vi har två mätlag och bokar utstakningar i en delad Outlook-kalender och på en whiteboard. Det blir dubbelbokningar varannan vecka. Vi vill ha en bokningskalender per mätlag i Castor där utstakningen bokas direkt på ärendet.",
        9311,
        "more_detail",
    ),
    Query("Utstakningsavgiftsberäkning efter punktantal och byggnadsarea", 9312, "compound"),
    Query(
        "Utifrån antal punkter och byggnadens area ska avgiften för utstakningen beräknas – nu använder vi miniräknare.",
        9312,
        "word_order",
    ),
    Query(
        "En färdig blankett till byggaren som visar de punkter vi satt ut, med koordinater och höjder.",
        9313,
        "synonyms",
    ),
    Query("Utstakningsprotokoll, mall", 9313, "less_detail"),
    Query(
        "Vi ligger efter med inmätningen av nya hus eftersom vi inte får reda på när de är färdiga. När bygglov ger slutbesked borde ett ajourhållningsärende med bevakning skapas hos oss, så att huset mäts in och förs in i primärkartan.",
        9314,
        "more_detail",
    ),
    Query(
        "Ärende för ajourhålling av primärkartan med bevakning när byggnaden är färdg",
        9314,
        "typos",
    ),
    Query(
        "Byggnader som inte är inmätta men har fått slutbesked vill vi få en rapport över, med fastighet, bygglovsärende och slutbeskedsdatum.",
        9315,
        "word_order",
    ),
    Query("Vi vill kunna spåra vem som redigerat vad i baskartan och när.", 9316, "synonyms"),
    Query(
        "Automatisk leverans av byggnader från primärkartan till LM:s byggnadsregister",
        9317,
        "abbreviation",
    ),
    Query(
        "Varje månad exporterar vi nya och ändrade byggnader från primärkartan till en fil, kontrollerar den och laddar upp den hos Lantmäteriet. Det tar en halv dag och glöms ibland bort. Vi vill att byggnaderna skickas direkt till byggnadsregistret.",
        9317,
        "more_detail",
    ),
    Query(
        "Direkt till Lantmäteriets adressregister ska den nya belägenhetsadressen skickas när vi lagt in den i Castor, så att vi slipper registrera två gånger.",
        9318,
        "word_order",
    ),
    Query(
        "När vi bestämt en ny gatuadress i systemet ska den automatiskt föras över till det nationella registret, inte skrivas in en gång till.",
        9318,
        "synonyms",
    ),
    Query(
        "Adressbeslutsbrevmall till fastighetsägaren som hämtar fastighet, ägare och ny adress ur ärendet",
        9319,
        "compound",
    ),
    Query("Mall för brev om ny adress", 9319, "less_detail"),
    Query("Adresspunkter som lager i kartan", 9320, "less_detail"),
    Query("Lista över fastigheter med bostadshus som saknar belägenhetsadres", 9321, "typos"),
    Query(
        "Räddningstjänsten påpekade att de inte hittade till ett fritidshus som saknade adress. Vi vill ta fram en lista över alla fastigheter med byggnader, särskilt bostadshus, som inte har någon belägenhetsadress så att vi kan åtgärda dem.",
        9321,
        "more_detail",
    ),
    Query(
        "Byter en väg namn vill vi kunna ändra samtliga adresser på den i ett svep, inte en i taget.",
        9322,
        "synonyms",
    ),
    Query("Gällande DP som lager i kartan, klicka fram planbestämmelser", 9323, "abbreviation"),
    Query("Egna WMS-lager i Castors karta", 9324, "less_detail"),
    Query(
        "Lägga till komunens egna WMS-lager (VA, naturreservat, skyddsomrden) i kartan i Castor",
        9324,
        "typos",
    ),
    Query(
        "På ärendet ska det gå att spara en yta som ritas i kartan som polygon, så att det framgår exakt var åtgärden görs.",
        9325,
        "word_order",
    ),
    Query("Export av ärenden med koord. till GIS (GPKG/shp)", 9326, "abbreviation"),
    Query(
        "Vår GIS-samordnare vill analysera var det söks mest strandskyddsdispens och bygglov, men idag får hon bara en Excel-lista utan läge. Vi vill exportera ärendena med koordinater som GeoPackage eller shapefil så att hon kan läsa in dem i QGIS.",
        9326,
        "more_detail",
    ),
    Query(
        "Stöd för vår lokala SWEREF 99 zon och höjdsystmet RH 2000 i kartan och protokollen",
        9327,
        "typos",
    ),
    Query("Lokal SWEREF-zon och RH 2000 i kartan", 9327, "less_detail"),
    Query(
        "Koordinattransformering från gammalt lokalsystem till SWEREF 99 i importfunktionen",
        9328,
        "compound",
    ),
    Query(
        "Kopiera koordinaten där jag klickar i kartan – den ska visas så att jag kan skicka den till entreprenören.",
        9329,
        "word_order",
    ),
    Query("Fastighetsförteckning som ärende med avgift", 9330, "less_detail"),
    Query(
        "Planavdelningen beställer fastighetsförteckningar av oss flera gånger i månaden, oftast via mejl. Vi har svårt att hålla ordning på dem och glömmer ibland att ta betalt. Vi vill att varje beställning blir ett ärende med avgift så att vi kan följa upp och debitera.",
        9330,
        "more_detail",
    ),
    Query(
        "Fastighetsförteckning direkt ur FIR med ägare och rättigheter för planområdet",
        9331,
        "abbreviation",
    ),
    Query(
        "Listan över berörda fastigheter med lagfarna ägare, servitut och andra rättigheter borde genereras direkt från det statliga registret när vi ritar planområdet.",
        9331,
        "synonyms",
    ),
    Query(
        "Genom att välja en radie runt fastigheten i kartan vill vi få fram sakägarförteckningen för grannehöringen, med ägare och adress för alla inom avståndet.",
        9332,
        "word_order",
    ),
    Query("Sakägarförtckning för grannehörning genom att välja radie i kartan", 9332, "typos"),
    Query(
        "Förra månaden skickade vi grannehöringar till tre personer som sålt sina hus veckor innan, eftersom ägaruppgifterna bara uppdateras månadsvis. Vi vill att ägaruppgifterna från fastighetsregistret uppdateras varje natt.",
        9333,
        "more_detail",
    ),
    Query(
        "Våra mätlag skriver tiden på papper ute i fält och lämnar in lapparna på fredagar. Ofta saknas uppdragsnumret. Vi vill att varje mätlag kan registrera sin tid direkt på uppdraget så att det blir underlag för faktureringen.",
        9334,
        "more_detail",
    ),
    Query(
        "Per år vill vi ha statistik över hur många lägeskontroller och nybyggnadskartor som levererats, till verksamhetsberättelsen.",
        9335,
        "word_order",
    ),
    Query("Antal nybyggnadskartor per år", 9335, "less_detail"),
    Query(
        "Vi vill kunna skriva ut kartbilder i rätt skala på stora och små ark, med skalstock, norrpil och förklaring av symbolerna.",
        9336,
        "synonyms",
    ),
    Query(
        "Vi har runt 1 200 stompunkter i kommunen och varje år förstörs ett antal vid byggen. Idag håller vi reda på dem i ett gammalt Excelark. Vi vill ha ett register i Castor där varje punkt har status, till exempel förstörd eller kontrollerad, och datum för senaste kontroll.",
        9337,
        "more_detail",
    ),
    Query(
        "Vi får förrättningsremisser från Lantmäteriet med kort svarstid och de hamnar idag i någons mejlkorg. Flera gånger har vi missat att yttra oss. Vi vill registrera remissen som ett ärende med svarsdatum och bevakning.",
        9338,
        "more_detail",
    ),
    Query(
        "Webshop/e-tjänst där consultants kan beställa och ladda ner kartdata mot avgift, med automatisk invoice",
        9339,
        "english",
    ),
    Query(
        "Mot avgift ska konsulter kunna beställa och ladda ner kartunderlag i en e-tjänst, välja område och format och få faktura automatiskt.",
        9339,
        "word_order",
    ),
    # ===== Look-alikes: Miljö =====
    Query(
        "Riskklassningen av livsmedelsanläggningar ska föreslås automatiskt utifrån verksamhetens typ och storlek när anläggningen registreras.",
        None,
        "lookalike",
    ),
    Query(
        "Bevakning av livsmedelsanläggningar som fått avvikelser vid kontrollen, så att den uppföljande kontrollen bokas in i tid.",
        None,
        "lookalike",
    ),
    Query(
        "Mall för beslut om föreläggande efter livsmedelskontroll med förvalda lagrum ur livsmedelslagstiftningen.",
        None,
        "lookalike",
    ),
    Query(
        "Avregistrering av livsmedelsanläggning via e-tjänst när verksamheten upphör, så att objektet avslutas och årsavgiften stoppas.",
        None,
        "lookalike",
    ),
    Query(
        "Tidsregistreringen i ärendet ska visa hur mycket av kontrolltiden som redan är debiterad och hur mycket av årets betalda tid som återstår.",
        None,
        "lookalike",
    ),
    Query(
        "Skicka beställning av provtagning till laboratoriet direkt från Castor med anläggningens uppgifter ifyllda.",
        None,
        "lookalike",
    ),
    Query(
        "E-tjänst där sökanden kan komplettera sin ansökan om enskilt avlopp med nya bilagor efter att vi begärt komplettering.",
        None,
        "lookalike",
    ),
    Query(
        "Kartlager som visar dricksvattenbrunnar och deras avstånd till närliggande enskilda avlopp.",
        None,
        "lookalike",
    ),
    Query(
        "Mall för avslagsbeslut på ansökan om enskilt avlopp med motivering och överklagandehänvisning.",
        None,
        "lookalike",
    ),
    Query(
        "Inventeringsenkät om enskilt avlopp som e-tjänst där fastighetsägaren själv svarar på frågor om sin anläggning.",
        None,
        "lookalike",
    ),
    Query(
        "Beslut om förlängt tömningsintervall för slam ska skickas automatiskt till renhållningen så att de ändrar sitt tömningsschema.",
        None,
        "lookalike",
    ),
    Query(
        "Mallen för begäran om komplettering av en anmälan om miljöfarlig verksamhet ska räkna fram svarsdatum och lägga en bevakning.",
        None,
        "lookalike",
    ),
    Query(
        "Mall för vitesföreläggande där vitesbelopp och tidsfrist kan väljas och motiveras i beslutet.",
        None,
        "lookalike",
    ),
    Query(
        "Klagomålsärenden: skicka automatiskt besked till den som klagat när ärendet avslutas, med beslutet som bilaga.",
        None,
        "lookalike",
    ),
    Query(
        "Delegationsbeslut ska anmälas till nämnden direkt i nämndsystemet via integration, utan att vi skriver ut någon lista.",
        None,
        "lookalike",
    ),
    Query(
        "Statistik över antal klagomål per tillsynsområde och år till verksamhetsberättelsen.",
        None,
        "lookalike",
    ),
    Query(
        "Påminnelse till B-verksamheter som inte lämnat in sin miljörapport senast 31 mars.",
        None,
        "lookalike",
    ),
    Query(
        "Registrera tillståndsbeslut från länsstyrelsen eller mark- och miljödomstolen för B-verksamheter med beslutsdatum och giltighetstid.",
        None,
        "lookalike",
    ),
    Query(
        "Beställning av radondosor via e-tjänst för privatpersoner, med fakturering av analysen.",
        None,
        "lookalike",
    ),
    Query(
        "Dela upp ett klagomålsärende som gäller flera olika störningskällor i separata ärenden.",
        None,
        "lookalike",
    ),
    Query(
        "Sammanställning av köldmedierapporterna till en lista över verksamheter med läckage över tio procent.",
        None,
        "lookalike",
    ),
    Query(
        "Påminnelse till inspektören när en köldmedierapport har kommit in och behöver granskas.",
        None,
        "lookalike",
    ),
    Query(
        "Skicka e-post från ärendet och spara det skickade mejlet med bilagor automatiskt som handling i ärendet.",
        None,
        "lookalike",
    ),
    Query(
        "Varning vid registrering om att verksamhetsutövaren redan finns i adressregistret, så att det inte blir nya dubbletter.",
        None,
        "lookalike",
    ),
    Query(
        "Hämta personuppgifter från SPAR när en privatperson registreras som klagande eller fastighetsägare.",
        None,
        "lookalike",
    ),
    Query(
        "Simulering av hur intäkterna per anläggning ändras om vi går över till efterhandsdebitering av livsmedelskontrollen.",
        None,
        "lookalike",
    ),
    Query(
        "Import av betalningsstatus från ekonomisystemet så att vi ser i Castor om fakturan är betald.",
        None,
        "lookalike",
    ),
    Query(
        "Delgivning med delgivningskvitto per post, där kvittot registreras i ärendet när det kommer tillbaka underskrivet.",
        None,
        "lookalike",
    ),
    Query(
        "Logg över vem som har öppnat sekretessmarkerade handlingar i miljöärenden.",
        None,
        "lookalike",
    ),
    Query(
        "Skicka remiss från miljö till länsstyrelsen och andra externa myndigheter via e-post och registrera svaret när det kommer.",
        None,
        "lookalike",
    ),
    Query(
        "Avslutade klagomålsärenden ska levereras automatiskt till e-arkivet när de stängs.",
        None,
        "lookalike",
    ),
    Query(
        "Bevakning när ett anmälningsärende om värmepump eller avlopp närmar sig sex veckor utan beslut.",
        None,
        "lookalike",
    ),
    Query(
        "Skicka överklagandet vidare till länsstyrelsen med yttrande och alla handlingar direkt från Castor.",
        None,
        "lookalike",
    ),
    # ===== Look-alikes: Kart & mät =====
    Query(
        "E-tjänst där kunden kan följa status på sin beställda nybyggnadskarta och ladda ner den när den är klar.",
        None,
        "lookalike",
    ),
    Query(
        "Import av projekterad byggnad från arkitektens DWG till ärendet inför utstakningen.",
        None,
        "lookalike",
    ),
    Query(
        "Bevakning av giltighetstiden för levererade nybyggnadskartor – kartan gäller ett år och ska kunna förnyas.",
        None,
        "lookalike",
    ),
    Query(
        "Förenklad nybyggnadskarta ska kunna uppgraderas till fullständig i samma ärende om bygglovshandläggaren kräver det.",
        None,
        "lookalike",
    ),
    Query(
        "Bygglovshandläggaren ska kunna beställa nybyggnadskarta direkt från bygglovsärendet när sökanden saknar karta.",
        None,
        "lookalike",
    ),
    Query(
        "Lägeskontrollprotokollet ska automatiskt kopplas till bygglovsärendet så att det syns inför slutsamrådet.",
        None,
        "lookalike",
    ),
    Query(
        "Fakturera lägeskontrollen i förskott när beställningen kommer in, innan mätningen görs.",
        None,
        "lookalike",
    ),
    Query(
        "Exportera koordinatlista från mätärendet till totalstationen eller GNSS-utrustningen inför utstakning.",
        None,
        "lookalike",
    ),
    Query(
        "Mätlagen ska kunna se dagens bokade uppdrag i mobilen med adress och karta.",
        None,
        "lookalike",
    ),
    Query(
        "Rapport över byggnader som är inmätta men där bygglovsärendet ännu saknar slutbesked.",
        None,
        "lookalike",
    ),
    Query(
        "Hämta byggnader från Lantmäteriets byggnadsregister till primärkartan för områden där vi saknar egen kartering.",
        None,
        "lookalike",
    ),
    Query(
        "Hämta belägenhetsadresser från Lantmäteriets adressregister in i Castor varje natt.",
        None,
        "lookalike",
    ),
    Query(
        "Mall för remiss till räddningstjänsten och Postnord inför beslut om nya gatunamn.",
        None,
        "lookalike",
    ),
    Query(
        "Lista över belägenhetsadresser som inte längre har någon byggnad, till exempel efter rivning.",
        None,
        "lookalike",
    ),
    Query(
        "Visa detaljplaner som är under arbete som eget lager, så att bygglov ser var nya planer är på gång.",
        None,
        "lookalike",
    ),
    Query(
        "Importera ärendets yta från en shapefil som sökanden bifogat i stället för att rita den i kartan.",
        None,
        "lookalike",
    ),
    Query(
        "Publicera Castors ärenden som WFS-lager i kommunens GIS-plattform i realtid.",
        None,
        "lookalike",
    ),
    Query("Söka på en koordinat och få kartan centrerad på den punkten.", None, "lookalike"),
    Query(
        "Sakägarförteckningen ska kunna skrivas ut som adressetiketter till kuverten vid grannehöring.",
        None,
        "lookalike",
    ),
    Query(
        "Bevakning när ägaren byts på en fastighet med pågående ärende, så att handläggaren får veta det.",
        None,
        "lookalike",
    ),
    Query(
        "Statistik över genomsnittlig leveranstid för nybyggnadskartor per månad.",
        None,
        "lookalike",
    ),
    Query(
        "Spara ett kartutsnitt som bild och bifoga det direkt i ett beslut eller en tjänsteanteckning i ärendet.",
        None,
        "lookalike",
    ),
]
