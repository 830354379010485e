"""Fresh, blind evaluation set for duplicate detection of development wishes.

The set was written from scratch by an AI helper session (Claude) on the
project's request, without opening any file under tests/ or handlers/data/
and without reading the README, so it is independent of the project's other
wish sets. The helper only knew the record types ``Wish(number, module, text)``
and ``Query(text, original, kind)`` and the list of Castor modules.

``WISHES`` imitates a stored wish list as case officers in Swedish
municipalities would write it (handläggare, inspektörer, GIS-ingenjörer,
registratorer): one concrete need per wish, and wishes within a module share
vocabulary on purpose (avgift, bevakning, e-tjänst, mall, karta, register,
beslut, ärende). Numbers: 2000- Bygg, 2100- Miljö, 2200- BAB,
2300- Kart & mät, 2400- Övrigt.

``QUERIES`` are new wishes as a member might type them. A query with an
``original`` number is a reworded duplicate of that stored wish; its ``kind``
says how it was reworded (synonyms, compound, abbreviation, english, typos,
more_detail, less_detail, word_order). A query with ``original=None`` is a
look-alike: same module and many shared words as some stored wish, but it
asks for something else (another step, document or party, the other
direction of an integration, a report instead of an action) and duplicates
no stored wish.
"""

# ruff: noqa: E501

from __future__ import annotations

from tests.unit.wish_families import Query, Wish

WISHES: list[Wish] = [
    # --- Bygg -------------------------------------------------------------
    Wish(
        2000,
        "Bygg",
        "Påminnelse innan bygglovet upphör att gälla. Handläggaren ska få en bevakning när det återstår tre månader av lovets giltighetstid och inget slutbesked har getts.",
    ),
    Wish(
        2001,
        "Bygg",
        "Automatisk beräkning av bygglovsavgift enligt taxan. När åtgärd och area anges i ärendet ska avgiften räknas fram enligt kommunens PBL-taxa så att handläggaren slipper räkna manuellt.",
    ),
    Wish(
        2002,
        "Bygg",
        "Reducering av bygglovsavgiften vid överskriden handläggningstid. Systemet ska räkna ut hur mycket avgiften ska sättas ned, en femtedel per påbörjad vecka när tidsfristen i PBL överskrids.",
    ),
    Wish(
        2003,
        "Bygg",
        "Mall för startbesked som hämtar uppgifter från tekniskt samråd. Startbeskedet ska automatiskt fyllas i med kontrollplan, kontrollansvarig och de villkor som bestämts på samrådet.",
    ),
    Wish(
        2004,
        "Bygg",
        "Kallelse till tekniskt samråd direkt från ärendet. Handläggaren ska kunna skicka kallelse med datum och plats via e-post till byggherren och kontrollansvarig.",
    ),
    Wish(
        2005,
        "Bygg",
        "Register över kontrollansvariga med certifieringens giltighetstid. När man väljer kontrollansvarig i ärendet ska systemet varna om certifieringen har gått ut.",
    ),
    Wish(
        2006,
        "Bygg",
        "Digital signering av slutbesked. Beslutsfattaren ska kunna signera slutbeskedet elektroniskt i Castor utan att skriva ut det.",
    ),
    Wish(
        2007,
        "Bygg",
        "Automatisk kungörelse i Post- och Inrikes Tidningar. Beslut om bygglov ska kunna skickas för kungörelse i PoIT direkt från ärendet.",
    ),
    Wish(
        2008,
        "Bygg",
        "Lista över grannar som ska underrättas hämtas från fastighetsregistret. Systemet ska ta fram ägarna till angränsande fastigheter med adresser inför grannehörande.",
    ),
    Wish(
        2009,
        "Bygg",
        "Sanktionsavgiftskalkylator för olovligt byggande. Handläggaren anger åtgärd och area och systemet räknar ut byggsanktionsavgiften enligt PBF.",
    ),
    Wish(
        2010,
        "Bygg",
        "Koppling mellan tillsynsärende och bygglovsärende på samma fastighet. När ett tillsynsärende öppnas ska tidigare bygglovsärenden på fastigheten visas.",
    ),
    Wish(
        2011,
        "Bygg",
        "Bevakning av föreläggande i tillsynsärenden. När ett föreläggande om rättelse har ett sista datum ska en bevakning skapas så att handläggaren påminns om uppföljningen.",
    ),
    Wish(
        2012,
        "Bygg",
        "Strandskyddsdispens som egen ärendetyp med egna mallar. Idag registreras dispenserna som bygglov, vilket ger fel i statistiken.",
    ),
    Wish(
        2013,
        "Bygg",
        "Karta över beviljade strandskyddsdispenser. Alla dispenser ska kunna visas som ett eget lager i kartan med beslutsdatum.",
    ),
    Wish(
        2014,
        "Bygg",
        "Förhandsbesked med automatisk remiss till miljö- och hälsoskydd. Vid förhandsbesked utanför detaljplan ska remissen om avlopp skickas automatiskt till miljöavdelningen.",
    ),
    Wish(
        2015,
        "Bygg",
        "Registrering av OVK-protokoll med nästa besiktningsdatum. Systemet ska räkna ut när nästa obligatoriska ventilationskontroll ska göras utifrån besiktningsintervallet.",
    ),
    Wish(
        2016,
        "Bygg",
        "Påminnelse till fastighetsägare om kommande OVK. Brev eller e-post ska kunna skickas till de ägare vars besiktning förfaller inom tre månader.",
    ),
    Wish(
        2017,
        "Bygg",
        "Register över hissar med besiktningsstatus. Varje hiss ska kopplas till byggnaden med datum för senaste besiktning och eventuella anmärkningar.",
    ),
    Wish(
        2018,
        "Bygg",
        "E-tjänst för anmälan av attefallsåtgärder som skapar ärende direkt. Anmälan från e-tjänsten ska bli ett ärende med rätt ärendetyp och handlingar utan manuell registrering.",
    ),
    Wish(
        2019,
        "Bygg",
        "Kompletteringsföreläggande med automatisk tidsfrist. När begäran om komplettering skickas ska handläggningstiden pausas och en bevakning sättas på svarsdatumet.",
    ),
    Wish(
        2020,
        "Bygg",
        "Beräkning av handläggningstid enligt PBL. Systemet ska visa hur många veckor som gått sedan ansökan blev komplett, utan tiden för komplettering.",
    ),
    Wish(
        2021,
        "Bygg",
        "Protokoll från arbetsplatsbesök som mall i mobilen. Vid arbetsplatsbesök ska handläggaren kunna fylla i protokollet i mobilen och spara det i ärendet.",
    ),
    Wish(
        2022,
        "Bygg",
        "Foton från mobilen sparas direkt i bygglovsärendet. Inspektören ska kunna ta bilder vid platsbesök och spara dem i ärendet utan att föra över dem via datorn.",
    ),
    Wish(
        2023,
        "Bygg",
        "Statistik till Boverkets plan- och byggenkät. Systemet ska ta fram antal ärenden, beslut och handläggningstider i det format som enkäten kräver.",
    ),
    Wish(
        2024,
        "Bygg",
        "Digital stämpel på godkända ritningar. Ritningar i PDF ska kunna stämplas som bygglovshandling med diarienummer och beslutsdatum.",
    ),
    Wish(
        2025,
        "Bygg",
        "Delgivningskvitto via e-post registreras automatiskt. När sökanden bekräftar delgivningen via länken i mejlet ska datumet skrivas in i ärendet.",
    ),
    Wish(
        2026,
        "Bygg",
        "Automatiskt datum för laga kraft. Systemet ska räkna ut när överklagandetiden gått ut efter kungörelse och delgivning och markera beslutet som lagakraftvunnet om ingen överklagat.",
    ),
    Wish(
        2027,
        "Bygg",
        "Rivningslov med krav på rivningsplan och materialinventering. Mallen för rivningslov ska innehålla en kontroll av att inventering av farligt avfall finns.",
    ),
    Wish(
        2028,
        "Bygg",
        "Varning när ärendet berör en kulturhistoriskt värdefull byggnad. Om fastigheten finns i kulturmiljöregistret ska en varning visas i bygglovsärendet.",
    ),
    Wish(
        2029,
        "Bygg",
        "Samlad fakturering av bygglovsavgift och planavgift. Båda avgifterna ska kunna skickas på en och samma faktura till ekonomisystemet.",
    ),
    Wish(
        2030,
        "Bygg",
        "Byte av kontrollansvarig under pågående ärende. En ny kontrollansvarig ska kunna registreras med datum medan den tidigare markeras som avslutad, så att historiken finns kvar.",
    ),
    # --- Miljö ------------------------------------------------------------
    Wish(
        2100,
        "Miljö",
        "Kontrolltid beräknas utifrån riskklassning av livsmedelsanläggning. När riskklass och erfarenhetsklass anges ska antalet kontrolltimmar per år räknas ut.",
    ),
    Wish(
        2101,
        "Miljö",
        "Årlig avgift för livsmedelskontroll faktureras automatiskt. Systemet ska skapa fakturaunderlag med årsavgift för alla anläggningar och skicka det till ekonomisystemet.",
    ),
    Wish(
        2102,
        "Miljö",
        "Avgift för extra offentlig kontroll efter bristande efterlevnad. När en uppföljande kontroll görs på grund av brister ska timavgift debiteras per nedlagd timme.",
    ),
    Wish(
        2103,
        "Miljö",
        "Kontrollrapport för livsmedel som fylls i på plats i surfplattan. Inspektören ska kunna skriva rapporten under inspektionen och skicka den direkt till verksamheten.",
    ),
    Wish(
        2104,
        "Miljö",
        "Export av kontrolldata till Livsmedelsverkets årsrapportering. Uppgifterna till den årliga rapporteringen ska kunna tas ut direkt ur systemet.",
    ),
    Wish(
        2105,
        "Miljö",
        "Registrering av livsmedelsanläggning via e-tjänst. När en verksamhet registrerar sig ska anläggningen och ärendet skapas automatiskt i Castor.",
    ),
    Wish(
        2106,
        "Miljö",
        "Tillsynsplan som genereras utifrån behovsutredningen. Systemet ska föreslå vilka objekt som ska besökas under året baserat på tillsynsfrekvensen.",
    ),
    Wish(
        2107,
        "Miljö",
        "Provtagningsresultat från laboratoriet importeras automatiskt. Analysresultat för dricksvatten ska läsas in från labbet och kopplas till rätt anläggning.",
    ),
    Wish(
        2108,
        "Miljö",
        "Varning när provsvar överskrider gränsvärde. Om ett analysresultat visar otjänligt vatten ska ansvarig inspektör få en notis.",
    ),
    Wish(
        2109,
        "Miljö",
        "Register över enskilda avlopp med status och anläggningsår. Alla enskilda avloppsanläggningar ska kunna listas med bedömning av funktionen.",
    ),
    Wish(
        2110,
        "Miljö",
        "Inventering av enskilda avlopp med utskick till fastighetsägare. Systemet ska kunna skicka brev till alla fastighetsägare inom ett inventeringsområde.",
    ),
    Wish(
        2111,
        "Miljö",
        "Mall för tillstånd till avloppsanläggning med standardvillkor. Beslutsmallen ska innehålla villkor om slamtömning och skyddsavstånd.",
    ),
    Wish(
        2112,
        "Miljö",
        "Anmälan om värmepump via e-tjänst. Anmälan om bergvärme ska komma in som ärende med borrhålets koordinater.",
    ),
    Wish(
        2113,
        "Miljö",
        "Karta över borrhål för bergvärme. Alla anmälda värmepumpsanläggningar ska visas i kartan så att avståndet till brunnar kan kontrolleras.",
    ),
    Wish(
        2114,
        "Miljö",
        "Klagomålsärende inom hälsoskydd med skyddad identitet för anmälaren. Handläggaren ska kunna dölja anmälarens namn för verksamhetsutövaren.",
    ),
    Wish(
        2115,
        "Miljö",
        "Mall för föreläggande med vite. Beslutsmallen ska innehålla vitesbelopp, tidsfrist och överklagandehänvisning enligt miljöbalken.",
    ),
    Wish(
        2116,
        "Miljö",
        "Tillsynsprojekt som ärenden kan kopplas till. Det ska gå att skapa ett projekt, till exempel tillsyn av hästgårdar, och koppla alla ärenden i projektet till det.",
    ),
    Wish(
        2117,
        "Miljö",
        "Miljörapporter från C-verksamheter hämtas från SMP. Miljörapporterna från Svenska miljörapporteringsportalen ska kopplas till rätt verksamhet.",
    ),
    Wish(
        2118,
        "Miljö",
        "Årlig tillsynsavgift för miljöfarlig verksamhet enligt prövningsnivå. Avgiften ska räknas ut från verksamhetskoden och taxebilagan.",
    ),
    Wish(
        2119,
        "Miljö",
        "Tidrapportering per ärende för timavgift. Inspektörerna ska kunna rapportera tid per ärende och få fram underlag för faktura.",
    ),
    Wish(
        2120,
        "Miljö",
        "Misstänkt matförgiftning som egen ärendetyp. Ärendet ska ha fält för antal insjuknade, misstänkt livsmedel och provtagning.",
    ),
    Wish(
        2121,
        "Miljö",
        "Checklista för tillsyn av skolor och förskolor. Inspektörerna ska ha en checklista för hälsoskyddstillsyn med ventilation, buller och städning.",
    ),
    Wish(
        2122,
        "Miljö",
        "Radonmätningar registreras per fastighet. Resultaten av radonmätningar ska sparas på fastigheten och visas när nya ärenden öppnas där.",
    ),
    Wish(
        2123,
        "Miljö",
        "Sammanställning av köldmedierapporter. Systemet ska summera inrapporterade mängder köldmedier per anläggning och år.",
    ),
    Wish(
        2124,
        "Miljö",
        "Påminnelse om köldmedierapport före den 31 mars. Ett utskick ska göras till alla som har aggregat som omfattas av rapporteringskravet.",
    ),
    Wish(
        2125,
        "Miljö",
        "Sökbar historik över inspektioner på ett objekt. Inspektören ska snabbt kunna se alla tidigare kontroller, brister och beslut på anläggningen.",
    ),
    Wish(
        2126,
        "Miljö",
        "Provtagningsprogram för dricksvattenanläggningar. Systemet ska hålla reda på vilka prover som ska tas och när enligt programmet.",
    ),
    Wish(
        2127,
        "Miljö",
        "Egen objekttyp för hygienlokaler som tatuerare och frisörer. Verksamheter med risk för blodsmitta och anmälningsplikt ska kunna registreras som en egen typ.",
    ),
    Wish(
        2128,
        "Miljö",
        "Miljösanktionsavgift räknas ut automatiskt. Avgiften ska beräknas enligt förordningen om miljösanktionsavgifter när överträdelsen registreras.",
    ),
    Wish(
        2129,
        "Miljö",
        "Kundenkät skickas automatiskt efter avslutad inspektion. Verksamheten ska få en enkät via e-post där de kan betygsätta bemötandet.",
    ),
    # --- BAB --------------------------------------------------------------
    Wish(
        2200,
        "BAB",
        "E-tjänst för ansökan om bostadsanpassningsbidrag. Ansökan med bilagor ska skapa ett BAB-ärende direkt i Castor.",
    ),
    Wish(
        2201,
        "BAB",
        "Arbetsterapeuten laddar upp intyget själv. Arbetsterapeuten ska få en egen inloggning för att bifoga intyget till bostadsanpassningsärendet.",
    ),
    Wish(
        2202,
        "BAB",
        "Begäran om offerter från flera hantverkare samtidigt. Handläggaren ska kunna skicka förfrågan till flera firmor direkt från ärendet.",
    ),
    Wish(
        2203,
        "BAB",
        "Jämförelse av inkomna offerter. Offerterna ska kunna ställas upp i en tabell med pris per åtgärd.",
    ),
    Wish(
        2204,
        "BAB",
        "Utbetalning av bidraget direkt till hantverkaren. Efter slutbesiktning ska utbetalningen kunna göras till entreprenören i stället för till sökanden.",
    ),
    Wish(
        2205,
        "BAB",
        "Utbetalningsunderlag skickas elektroniskt till ekonomisystemet. Attesterat underlag ska överföras utan pappersblankett.",
    ),
    Wish(
        2206,
        "BAB",
        "Återställningsbidrag som egen ärendetyp. Ansökan om att ta bort en anpassning, till exempel en trapphiss, ska hanteras med egen mall.",
    ),
    Wish(
        2207,
        "BAB",
        "Register över hissar och ramper som kan återanvändas. Handläggaren ska se vilka begagnade trapphissar och ramper som finns i förrådet.",
    ),
    Wish(
        2208,
        "BAB",
        "Statistik över bostadsanpassning per åtgärdstyp och kostnad. En rapport ska visa antal bidrag och belopp per åtgärd och år.",
    ),
    Wish(
        2209,
        "BAB",
        "Fastighetsägarens medgivande signeras digitalt. Ägaren till hyresfastigheten ska kunna lämna sitt medgivande med BankID.",
    ),
    Wish(
        2210,
        "BAB",
        "Beslutsmall för delvis bifall. Mallen ska kunna bevilja vissa åtgärder och avslå andra i samma beslut.",
    ),
    Wish(
        2211,
        "BAB",
        "Bevakning av garantitid för utförda anpassningar. Systemet ska påminna innan garantitiden för arbetet går ut.",
    ),
    Wish(
        2212,
        "BAB",
        "Sökande och ombud kan följa ärendets status i e-tjänsten. De ska kunna se var i handläggningen ärendet befinner sig.",
    ),
    Wish(
        2213,
        "BAB",
        "Slutbesiktning av utförd anpassning med foton. Handläggaren ska kunna dokumentera besiktningen med bilder från mobilen.",
    ),
    Wish(
        2214,
        "BAB",
        "Kontroll av tidigare bidrag till samma person. Vid ny ansökan ska systemet visa om sökanden fått bidrag tidigare, även på en annan adress.",
    ),
    # --- Kart & mät -------------------------------------------------------
    Wish(
        2300,
        "Kart & mät",
        "Beställning av nybyggnadskarta via e-tjänst. Beställningen ska skapa ett ärende med fastighet och önskad leveranstid.",
    ),
    Wish(
        2301,
        "Kart & mät",
        "Automatisk fakturering av nybyggnadskarta enligt taxa. Avgiften ska beräknas utifrån tomtarean och skickas till ekonomisystemet.",
    ),
    Wish(
        2302,
        "Kart & mät",
        "Koppling mellan nybyggnadskartan och bygglovsärendet. När kartan har levererats ska den synas i det tillhörande bygglovsärendet.",
    ),
    Wish(
        2303,
        "Kart & mät",
        "Beställning av utstakning med val av grov- eller finutstakning. Ärendet ska innehålla typ av utstakning och antal punkter.",
    ),
    Wish(
        2304,
        "Kart & mät",
        "Lägeskontroll registreras med avvikelser. Mätresultatet ska sparas med avvikelse i plan och höjd jämfört med situationsplanen.",
    ),
    Wish(
        2305,
        "Kart & mät",
        "Påminnelse om lägeskontroll innan slutbesked. Om lägeskontroll krävs enligt startbeskedet ska en bevakning skapas i ärendet.",
    ),
    Wish(
        2306,
        "Kart & mät",
        "Export av mätdata till DWG. Inmätta punkter ska kunna exporteras för användning i CAD-program.",
    ),
    Wish(
        2307,
        "Kart & mät",
        "Import av koordinatfiler från totalstation och GNSS. Mätfilerna ska kunna läsas in direkt i ärendet.",
    ),
    Wish(
        2308,
        "Kart & mät",
        "Transformation mellan kommunens gamla koordinatsystem och SWEREF 99. Koordinater och höjder ska räknas om automatiskt till SWEREF 99 lokal zon och RH 2000.",
    ),
    Wish(
        2309,
        "Kart & mät",
        "Adressbeslut rapporteras till belägenhetsadressregistret. När en ny byggnad får adress ska beslutet skickas till Lantmäteriet automatiskt.",
    ),
    Wish(
        2310,
        "Kart & mät",
        "Karta över felaktiga adresspunkter. Kartan ska visa adresser som saknar byggnad eller ligger på fel plats.",
    ),
    Wish(
        2311,
        "Kart & mät",
        "Fastighetsgränser visas i ärendekartan. Gränserna från Lantmäteriets registerkarta ska visas med osäkerhetsangivelse.",
    ),
    Wish(
        2312,
        "Kart & mät",
        "Beställning av fastighetsförteckning till detaljplan. Planhandläggaren ska kunna beställa fastighetsförteckningen från mätavdelningen i en e-tjänst.",
    ),
    Wish(
        2313,
        "Kart & mät",
        "Webbkarta för allmänheten med beviljade bygglov. Beviljade bygglov ska publiceras i en öppen kartjänst.",
    ),
    Wish(
        2314,
        "Kart & mät",
        "Kartutdrag i PDF med skala och teckenförklaring. Handläggaren ska kunna skriva ut kartan till PDF i valfri skala.",
    ),
    Wish(
        2315,
        "Kart & mät",
        "Uppdatering av primärkartan efter lägeskontroll. Den inmätta byggnaden ska automatiskt föras in i baskartan.",
    ),
    Wish(
        2316,
        "Kart & mät",
        "Tidsregistrering för mätuppdrag. Mätingenjörerna ska kunna rapportera tid och resor per uppdrag.",
    ),
    Wish(
        2317,
        "Kart & mät",
        "Nya byggnader rapporteras till Lantmäteriets byggnadsregister. När slutbesked ges ska byggnaden rapporteras in automatiskt.",
    ),
    # --- Övrigt -----------------------------------------------------------
    Wish(
        2400,
        "Övrigt",
        "Inloggning med BankID i alla e-tjänster. Medborgare ska kunna identifiera sig med BankID eller Freja eID.",
    ),
    Wish(
        2401,
        "Övrigt",
        "Diarieföring av inkommande e-post direkt från Outlook. Registratorn ska kunna dra ett mejl från inkorgen till ärendet.",
    ),
    Wish(
        2402,
        "Övrigt",
        "Export av avslutade ärenden till e-arkiv enligt FGS. Ärendena ska levereras till e-arkivet med fullständig metadata.",
    ),
    Wish(
        2403,
        "Övrigt",
        "Gallring av handlingar enligt dokumenthanteringsplanen. Systemet ska föreslå vilka handlingar som kan gallras.",
    ),
    Wish(
        2404,
        "Övrigt",
        "Behörighet per ärendetyp. Administratören ska kunna begränsa vilka användare som ser vissa ärendetyper.",
    ),
    Wish(
        2405,
        "Övrigt",
        "Sekretessmarkering av enskilda handlingar. En handling ska kunna markeras som sekretess så att den inte syns i det allmänna diariet.",
    ),
    Wish(
        2406,
        "Övrigt",
        "Logg över vem som har öppnat ett ärende. Loggen ska visa alla användare som läst en akt, för uppföljning enligt GDPR.",
    ),
    Wish(
        2407,
        "Övrigt",
        "Registerutdrag enligt GDPR för en person. Alla personuppgifter om en individ ska kunna tas ut i ett samlat utdrag.",
    ),
    Wish(
        2408,
        "Övrigt",
        "Mallar med sammanfogningsfält för ärendeuppgifter. Administratören ska i malleditorn kunna lägga in fält som fastighetsbeteckning och sökande.",
    ),
    Wish(
        2409,
        "Övrigt",
        "Rapportgenerator där användarna själva bygger rapporter. Det ska gå att välja fält och filter och spara rapporten.",
    ),
    Wish(
        2410,
        "Övrigt",
        "Översikt med antal öppna ärenden per handläggare. Chefer ska kunna se arbetsbelastningen i realtid.",
    ),
    Wish(
        2411,
        "Övrigt",
        "SMS-avisering till sökande när ärendet får beslut. Sökanden ska få ett sms automatiskt när beslutet är fattat.",
    ),
    Wish(
        2412,
        "Övrigt",
        "Betalstatus hämtas från ekonomisystemet. I ärendet ska det synas om fakturan är betald.",
    ),
    Wish(
        2413,
        "Övrigt",
        "Beslut skickas till digital brevlåda. Beslut ska kunna skickas till mottagarens digitala brevlåda, till exempel Kivra.",
    ),
    Wish(
        2414,
        "Övrigt",
        "Maskning av personnummer vid utlämnande av allmän handling. När en handling lämnas ut ska personnummer döljas automatiskt i kopian.",
    ),
    Wish(
        2415,
        "Övrigt",
        "Sammanslagning av dubbletter i personregistret. Personer och företag som finns registrerade flera gånger ska kunna slås ihop till en post.",
    ),
    Wish(
        2416,
        "Övrigt",
        "Kontroll mot delegationsordningen vid beslut. Systemet ska kontrollera att den som fattar beslutet har delegation för beslutstypen.",
    ),
    Wish(
        2417,
        "Övrigt",
        "Omfördelning av ärende till annan handläggare med notis. Den nya handläggaren ska få ett meddelande när ett ärende tilldelas henne eller honom.",
    ),
]

QUERIES: list[Query] = [
    # --- Bygg: duplicates -------------------------------------------------
    Query(
        "Larm till handläggaren när ett lov håller på att löpa ut, några månader innan giltighetstiden tar slut om inget slutbesked finns.",
        2000,
        "synonyms",
    ),
    Query("Påminelse innan bygglovet upphör att gälla", 2000, "typos"),
    Query(
        "Avgiften för bygglov ska räknas ut automatiskt enligt taxan när man fyllt i åtgärd och area.",
        2001,
        "compound",
    ),
    Query(
        "Auto-calculate the bygglov fee from the PBL-taxa when measure and area are entered, so we don't have to do it in Excel.",
        2001,
        "english",
    ),
    Query(
        "Vi har dragit över tiden i flera ärenden i år och måste då sätta ned avgiften. Kan systemet räkna ut reduceringen av bygglovsavgiften, en femtedel per påbörjad vecka över tidsfristen?",
        2002,
        "more_detail",
    ),
    Query(
        "Avgiftsreduktion enl. PBL vid överskriden handl.tid, räkna ut 1/5 per påbörjad v.",
        2002,
        "abbreviation",
    ),
    Query(
        "Uppgifter från tekniskt samråd ska hämtas automatiskt in i mallen för startbesked: kontrollplan, kontrollansvarig och villkor.",
        2003,
        "word_order",
    ),
    Query(
        "Startbeskedsmall som fyller i KP, KA och villkor från tekn. samrådet", 2003, "abbreviation"
    ),
    Query("Skicka kallelse till tekniskt samråd från ärendet", 2004, "less_detail"),
    Query(
        "Send the invitation to tekniskt samråd by e-mail to the builder and the KA directly from the case, with date and place.",
        2004,
        "english",
    ),
    Query(
        "Varning om KA:s certifiering har gått ut när man kopplar KA till ärendet",
        2005,
        "abbreviation",
    ),
    Query(
        "När man väljer kontrollansvarig ska man få en signal om behörigheten inte längre gäller, med en förteckning över när certifikaten löper ut.",
        2005,
        "synonyms",
    ),
    Query(
        "E-signature of the final clearance (slutbesked) in Castor, without printing it.",
        2006,
        "english",
    ),
    Query("Digital signring av slutbeked", 2006, "typos"),
    Query("Kungörelse till PoIT direkt från bygglovsärendet", 2007, "abbreviation"),
    Query(
        "Idag kopierar vi texten till Post- och Inrikes Tidningars webbformulär för varje lov vi beviljar, det tar tid och blir fel ibland. Vi vill att bygglovsbeslutet kan kungöras i PoIT direkt från Castor.",
        2007,
        "more_detail",
    ),
    Query(
        "Ta fram ägarna till kringliggande fastigheter med postadress ur fastighetsregistret när vi ska höra sakägare.",
        2008,
        "synonyms",
    ),
    Query(
        "Grannlista för underrättelse hämtas ur fastighetsregistret med ägare och adresser",
        2008,
        "less_detail",
    ),
    Query(
        "Kalkylator för sanktionsavgift när någon byggt olovligt, beräknad enligt plan- och byggförordningen utifrån åtgärd och area.",
        2009,
        "compound",
    ),
    Query(
        "Calculator for byggsanktionsavgift in cases of unauthorized construction, based on measure and area.",
        2009,
        "english",
    ),
    Query(
        "Tidigare bygglovsärenden på fastigheten ska visas när man öppnar ett tillsynsärende på samma fastighet.",
        2010,
        "word_order",
    ),
    Query("Visa bygglovshistoriken i tillsynsärendet", 2010, "less_detail"),
    Query(
        "Påminnelse om uppföljning när tiden i ett rättelseföreläggande löper ut i tillsynen",
        2011,
        "synonyms",
    ),
    Query("Bevakning av forelaggande i tillsynsärenden, sista datum för rättelse", 2011, "typos"),
    Query(
        "Vår statistik till länsstyrelsen blir fel eftersom dispenser från strandskyddet läggs upp som bygglov. Vi behöver en egen ärendetyp för strandskyddsdispens med egna mallar.",
        2012,
        "more_detail",
    ),
    Query("Strandskyddsdisp. som egen ärendetyp m. egna mallar", 2012, "abbreviation"),
    Query("Strandskyddsdispenser som kartlager", 2013, "less_detail"),
    Query(
        "Som ett eget lager i kartan ska alla beviljade strandskyddsdispenser kunna visas, med beslutsdatum.",
        2013,
        "word_order",
    ),
    Query(
        "Remissen om avlopp i förhandsbeskedsärenden utanför detaljplan ska skickas automatiskt till miljöavdelningen.",
        2014,
        "compound",
    ),
    Query(
        "När någon söker besked i förväg om att få bygga utanför planlagt område ska frågan om avloppet gå till miljöenheten utan att vi behöver skicka den själva.",
        2014,
        "synonyms",
    ),
    Query(
        "Registrera OVK-prot. och räkna ut datum för nästa OVK utifrån intervallet",
        2015,
        "abbreviation",
    ),
    Query("Regisrering av OVK protokoll med datum för nästa besiktning", 2015, "typos"),
    Query(
        "Utskick till husägare vars obligatoriska ventilationskontroll snart förfaller, per brev eller mejl.",
        2016,
        "synonyms",
    ),
    Query(
        "Många fastighetsägare missar sin OVK och vi upptäcker det först långt senare. Vi vill kunna skicka brev eller e-post till de ägare vars besiktning går ut inom tre månader.",
        2016,
        "more_detail",
    ),
    Query("Hiss register med besiktnings status per byggnad", 2017, "compound"),
    Query(
        "Elevator register linked to the building, with date of the latest inspection and remarks.",
        2017,
        "english",
    ),
    Query(
        "Ett ärende med rätt ärendetyp och handlingar ska skapas direkt när en anmälan om attefallsåtgärd kommer in via e-tjänsten.",
        2018,
        "word_order",
    ),
    Query("Attefallsanmälan från e-tjänst blir ärende automatiskt", 2018, "less_detail"),
    Query(
        "När vi begär in kompletteringar ska klockan för handläggningstiden stoppas och en påminnelse läggas på dagen då svaret ska vara inne.",
        2019,
        "synonyms",
    ),
    Query(
        "Komplettringsföreläggande med automatisk tidsfrist och bevakning pa svarsdatum",
        2019,
        "typos",
    ),
    Query(
        "Show the processing time in weeks according to PBL, counted from when the application was complete and excluding time for supplements.",
        2020,
        "english",
    ),
    Query(
        "Hur många veckor som gått sedan ansökan blev komplett ska visas av systemet enligt PBL, utan kompletteringstiden.",
        2020,
        "word_order",
    ),
    Query(
        "Mall för protokoll vid besök på arbetsplatsen som handläggaren fyller i i mobilen och sparar i ärendet",
        2021,
        "compound",
    ),
    Query("Protokoll för arbetsplatsbesök i mobilen", 2021, "less_detail"),
    Query(
        "Take photos with the mobile on site visits and save them straight into the bygglovsärende.",
        2022,
        "english",
    ),
    Query(
        "Ta foton vid platsbesok och spara dem direkt i bygglovsärendet fran mobilen", 2022, "typos"
    ),
    Query(
        "Varje år lägger vi flera dagar på att räkna fram siffror till Boverkets plan- och byggenkät för hand. Vi vill att systemet tar fram antal ärenden, beslut och handläggningstider så som enkäten vill ha dem.",
        2023,
        "more_detail",
    ),
    Query("Ta fram statistik till PBE direkt i rätt format", 2023, "abbreviation"),
    Query(
        "Godkända ritningar i PDF ska kunna märkas med en digital stämpel med diarienummer och datum för beslutet.",
        2024,
        "synonyms",
    ),
    Query("Digital stämpel på bygglovsritningar med dnr och beslutsdatum", 2024, "abbreviation"),
    Query(
        "When the applicant confirms delgivning via the link in the e-mail, the date should be registered automatically in the case.",
        2025,
        "english",
    ),
    Query(
        "Kvitto på delgivning via e-post ska registreras automatiskt i ärendet", 2025, "compound"
    ),
    Query("Automatiskt laga kraft-datum på bygglov", 2026, "less_detail"),
    Query(
        "Systemet ska räkna fram när tiden för att överklaga har löpt ut och sätta beslutet som lagakraftvunnet om inget överklagande kommit in.",
        2026,
        "synonyms",
    ),
    Query("Rivningslov med krav pa rivningsplan och materialinventerng", 2027, "typos"),
    Query(
        "En kontroll av att inventering av farligt avfall finns ska ingå i mallen för rivningslov, tillsammans med rivningsplanen.",
        2027,
        "word_order",
    ),
    Query(
        "Signal i bygglovsärendet när huset är utpekat som kulturhistoriskt värdefullt i kulturmiljöregistret",
        2028,
        "synonyms",
    ),
    Query(
        "Warning in the bygglov case if the property is listed in the cultural heritage register (kulturmiljöregistret).",
        2028,
        "english",
    ),
    Query(
        "En enda faktura med både avgiften för bygglov och avgiften för plan till ekonomisystemet",
        2029,
        "compound",
    ),
    Query("Bygglovsavgift och planavgift på samma faktura", 2029, "less_detail"),
    Query("Byte av KA i pågående ärende med historik", 2030, "abbreviation"),
    Query(
        "Ibland hoppar kontrollansvarig av mitt i bygget. Vi vill kunna registrera en ny kontrollansvarig med datum och markera den gamla som avslutad så att historiken finns kvar i ärendet.",
        2030,
        "more_detail",
    ),
    # --- Miljö: duplicates ------------------------------------------------
    Query(
        "Räkna ut kontrolltid tim/år från riskklass + erfarenhetsklass för livsm.anläggning",
        2100,
        "abbreviation",
    ),
    Query(
        "När man har klassat en restaurang efter risk och erfarenhet ska antalet timmar för kontroll per år räknas fram av sig självt.",
        2100,
        "synonyms",
    ),
    Query(
        "Automatisk fakturering av årsavgiften för livsmedelskontroll, underlag för alla anläggningar till ekonomisystemet",
        2101,
        "compound",
    ),
    Query(
        "The annual food control fee should be invoiced automatically for all facilities and sent to the ekonomisystem.",
        2101,
        "english",
    ),
    Query(
        "Enligt kontrollförordningen ska vi ta betalt i efterhand för uppföljande kontroller när vi hittat brister, men idag gör vi det utanför systemet. Vi vill kunna debitera timavgift per nedlagd timme för den extra offentliga kontrollen.",
        2102,
        "more_detail",
    ),
    Query("Avgift för extra offentlig kontrol efter bristande efterlevand", 2102, "typos"),
    Query(
        "Write the livsmedel inspection report on the tablet during the inspection and send it directly to the business.",
        2103,
        "english",
    ),
    Query(
        "Direkt till verksamheten ska kontrollrapporten kunna skickas när inspektören skrivit den i surfplattan under inspektionen.",
        2103,
        "word_order",
    ),
    Query("Export till SLV:s årsrapportering direkt ur systemet", 2104, "abbreviation"),
    Query("Årsrapport till Livsmedelsverket ur systemet", 2104, "less_detail"),
    Query(
        "När ett nytt företag anmäler sin livsmedelsverksamhet digitalt ska objekt och ärende läggas upp i Castor utan handpåläggning.",
        2105,
        "synonyms",
    ),
    Query("Registerring av livsmedelsanlaggning via etjänst", 2105, "typos"),
    Query(
        "Plan för tillsyn ska tas fram ur utredningen av behov, med förslag på vilka objekt som ska besökas under året",
        2106,
        "compound",
    ),
    Query(
        "Generate the yearly tillsynsplan from the behovsutredning, suggesting which objects to visit based on frequency.",
        2106,
        "english",
    ),
    Query(
        "Analyssvar på dricksvattenprover ska läsas in direkt från laboratoriet och hamna på rätt anläggning.",
        2107,
        "synonyms",
    ),
    Query(
        "Vi får analysresultaten för dricksvatten som PDF från labbet och knappar in dem för hand, vilket ger fel. Vi vill att resultaten importeras automatiskt och kopplas till rätt anläggning.",
        2107,
        "more_detail",
    ),
    Query("Varning nar provsvar överskrider gransvärde", 2108, "typos"),
    Query(
        "Notify the inspector when a lab result exceeds the limit value, e.g. otjänligt vatten.",
        2108,
        "english",
    ),
    Query(
        "Avloppsregister över enskilda anläggningar med funktionsbedömning och år", 2109, "compound"
    ),
    Query("Register över enskilda avlopp", 2109, "less_detail"),
    Query(
        "Vi ska inventera alla enskilda avlopp runt sjön i år, ungefär 400 fastigheter. Systemet behöver kunna skicka brev till samtliga fastighetsägare i inventeringsområdet.",
        2110,
        "more_detail",
    ),
    Query(
        "Massutskick till alla ägare inom ett område där vi kartlägger små avlopp", 2110, "synonyms"
    ),
    Query(
        "Med standardvillkor om slamtömning och skyddsavstånd ska mallen för tillstånd till avloppsanläggning vara ifylld från början.",
        2111,
        "word_order",
    ),
    Query(
        "Mall för tillst. enskilt avlopp m. standardvillkor (slamtömning, skyddsavst.)",
        2111,
        "abbreviation",
    ),
    Query(
        "E-service for notification of a ground source heat pump that creates a case with the borehole coordinates.",
        2112,
        "english",
    ),
    Query("Anmalan om värmepump via e-tjanst med koordinater för borrhålet", 2112, "typos"),
    Query(
        "Visa alla anmälda bergvärmehål i kartan så att vi kan kontrollera avståndet till dricksvattenbrunnar.",
        2113,
        "synonyms",
    ),
    Query("Borrhålskarta för bergvärmeanläggningar", 2113, "compound"),
    Query(
        "Kunna skydda namnet på den som klagat i hälsoskyddsärenden så att verksamhetsutövaren inte ser vem det är.",
        2114,
        "synonyms",
    ),
    Query(
        "Grannar som klagar på buller från en restaurang är ofta rädda för att bli utpekade. I klagomålsärenden inom hälsoskydd vill vi kunna dölja anmälarens namn för verksamheten.",
        2114,
        "more_detail",
    ),
    Query("Mall för föreläggande m. vite enl. MB", 2115, "abbreviation"),
    Query(
        "Beslutsmall för vitesföreläggande med belopp, tidsfrist och hänvisning om hur man överklagar",
        2115,
        "compound",
    ),
    Query(
        "Kunna samla alla ärenden i en tillsynskampanj, exempelvis hästgårdar, under ett gemensamt projekt.",
        2116,
        "synonyms",
    ),
    Query("Tillsynsprojekt att koppla ärenden till", 2116, "less_detail"),
    Query("Miljörapporter fr. SMP kopplas till rätt C-verksamhet", 2117, "abbreviation"),
    Query(
        "Fetch the miljörapporter from the SMP portal and link them to the right business.",
        2117,
        "english",
    ),
    Query(
        "Årsavgiften för miljöfarliga verksamheter ska räknas fram ur verksamhetskoden och bilagan till taxan.",
        2118,
        "synonyms",
    ),
    Query("Arlig tillsynsavgift för miljöfarlig verksamhet enligt provningsnivå", 2118, "typos"),
    Query("Rapportering av tid per ärende som underlag för timavgiften", 2119, "compound"),
    Query(
        "Time reporting per case for inspectors, giving the basis for invoicing the hourly fee.",
        2119,
        "english",
    ),
    Query("Ärendetyp för misstänkt matförgiftning", 2120, "less_detail"),
    Query(
        "Egen ärendetyp när någon anmäler att de blivit sjuka av mat, med fält för hur många som insjuknat, vilket livsmedel och prover.",
        2120,
        "synonyms",
    ),
    Query(
        "En checklista med ventilation, buller och städning ska finnas för inspektörernas hälsoskyddstillsyn av förskolor och skolor.",
        2121,
        "word_order",
    ),
    Query("Checklista för tillsyn av skolor och forskolor", 2121, "typos"),
    Query(
        "Radon measurements saved per property and shown when new cases are opened there.",
        2122,
        "english",
    ),
    Query(
        "Vi får in radonmätningar från villaägare och skolor men de hamnar i olika ärenden och glöms bort. Resultaten borde sparas på fastigheten och synas när ett nytt ärende öppnas där.",
        2122,
        "more_detail",
    ),
    Query(
        "Sammanställning av rapporter om köldmedier, summerat per anläggning och år",
        2123,
        "compound",
    ),
    Query("Summering av köldmedierapporter per år", 2123, "less_detail"),
    Query(
        "Utskick före sista mars till alla som har kylaggregat med rapporteringsplikt, som påminnelse om att rapportera köldmedier.",
        2124,
        "synonyms",
    ),
    Query(
        "Påminnelse om köldmedierapport innan 31/3, mejl till alla rapportpliktiga",
        2124,
        "abbreviation",
    ),
    Query(
        "Searchable inspection history per object: previous controls, brister and decisions.",
        2125,
        "english",
    ),
    Query(
        "Alla tidigare kontroller, brister och beslut på anläggningen ska inspektören snabbt kunna se i en sökbar historik.",
        2125,
        "word_order",
    ),
    Query("Provtagningsprogam för dricksvattenanlaggningar", 2126, "typos"),
    Query(
        "Vi har ett tjugotal små vattenverk och det är svårt att hålla koll på när de normala och utvidgade undersökningarna ska göras. Systemet borde hålla reda på provtagningsprogrammet och vilka prover som ska tas när.",
        2126,
        "more_detail",
    ),
    Query(
        "Objekttyp för anmälningspliktiga verksamheter med risk för blodsmitta, som tatueringsstudior och frisersalonger.",
        2127,
        "synonyms",
    ),
    Query("Objekttyp för tatuerare och frisörer", 2127, "less_detail"),
    Query(
        "Beräkning av avgift för miljösanktion enligt förordningen när överträdelsen registreras",
        2128,
        "compound",
    ),
    Query(
        "Calculate the miljösanktionsavgift automatically when the violation is registered.",
        2128,
        "english",
    ),
    Query(
        "Automatiskt utskick av nöjdhetsundersökning till företaget när en kontroll är avslutad.",
        2129,
        "synonyms",
    ),
    Query("NKI-enkät via mejl efter inspektion", 2129, "abbreviation"),
    # --- BAB: duplicates --------------------------------------------------
    Query("E-tjänst för BAB-ansökan som skapar ärende direkt", 2200, "abbreviation"),
    Query(
        "E-service for housing adaptation grant applications that creates the BAB case with attachments.",
        2200,
        "english",
    ),
    Query(
        "Egen inloggning för AT så att intyget laddas upp direkt i BAB-ärendet",
        2201,
        "abbreviation",
    ),
    Query(
        "Arbetsterapeuterna i regionen skickar idag intygen med internpost och vi skannar in dem. Det vore bättre om arbetsterapeuten själv kunde logga in och bifoga intyget till bostadsanpassningsärendet.",
        2201,
        "more_detail",
    ),
    Query(
        "Skicka förfrågan om pris till flera entreprenörer på en gång från ärendet.",
        2202,
        "synonyms",
    ),
    Query("Offertförfrågan till flera hantverkare samtidigt", 2202, "compound"),
    Query("Jämföra offerter i tabell", 2203, "less_detail"),
    Query(
        "I en tabell med pris per åtgärd ska de inkomna offerterna kunna ställas upp och jämföras.",
        2203,
        "word_order",
    ),
    Query(
        "Till entreprenören i stället för till sökanden ska bidraget kunna betalas ut efter slutbesiktningen.",
        2204,
        "word_order",
    ),
    Query("Utbetalning av bidrag direkt till hantverkarn efter slutbesiktnig", 2204, "typos"),
    Query(
        "Underlag för utbetalning skickas elektroniskt till ekonomisystemet efter attest",
        2205,
        "compound",
    ),
    Query("Attesterat utbet.underlag för BAB skickas digitalt till ekonomi", 2205, "abbreviation"),
    Query(
        "Egen ärendetyp och mall för bidrag för att återställa bostaden, till exempel när en trapphiss ska monteras ned.",
        2206,
        "synonyms",
    ),
    Query("Återstallningsbidrag som egen ärendetyp", 2206, "typos"),
    Query(
        "Vi köper nya trapphissar fast det står begagnade i förrådet som ingen vet om. Vi vill ha ett register över hissar och ramper som kan återanvändas.",
        2207,
        "more_detail",
    ),
    Query("Register of reusable stairlifts and ramps in storage.", 2207, "english"),
    Query("BAB-statistik per åtgärdstyp och kostnad", 2208, "abbreviation"),
    Query(
        "Antal bidrag och belopp per år och åtgärd ska visas i en rapport över bostadsanpassningen.",
        2208,
        "word_order",
    ),
    Query(
        "Hyresvärden ska kunna lämna sitt godkännande till anpassningen elektroniskt med BankID.",
        2209,
        "synonyms",
    ),
    Query("Property owner consent (medgivande) signed digitally with BankID.", 2209, "english"),
    Query("Mall för delvis bifall", 2210, "less_detail"),
    Query("Beslutsmall for delvis bifall, bevilja vissa atgärder och avslå andra", 2210, "typos"),
    Query(
        "Påminnelse innan garantin för det utförda anpassningsarbetet löper ut.", 2211, "synonyms"
    ),
    Query("Bevakning av tiden för garanti på utförda anpassningar", 2211, "compound"),
    Query(
        "The applicant or representative can follow the status of the case in the e-tjänst.",
        2212,
        "english",
    ),
    Query(
        "I e-tjänsten ska sökanden och ombudet kunna se var ärendet befinner sig i handläggningen.",
        2212,
        "word_order",
    ),
    Query("Foton vid slutbesiktning av anpassning", 2213, "less_detail"),
    Query("Slutbesiktnig av utförd anpassning med foton fran mobilen", 2213, "typos"),
    Query(
        "Vi har haft fall där samma person fått en ramp beviljad två gånger på olika adresser utan att vi märkte det. Vid en ny ansökan vill vi se om den sökande fått bidrag tidigare.",
        2214,
        "more_detail",
    ),
    Query(
        "Visa om personen har beviljats anpassningsbidrag förut, även för en annan bostad, när en ny ansökan kommer in.",
        2214,
        "synonyms",
    ),
    # --- Kart & mät: duplicates -------------------------------------------
    Query("Beställning av NBK via e-tjänst som skapar ärende", 2300, "abbreviation"),
    Query(
        "E-service to order a new construction map (nybyggnadskarta), creating a case with property and desired delivery date.",
        2300,
        "english",
    ),
    Query("Automatisk fakturering av nybyggnadskarta enligt taxa utifran tomtarean", 2301, "typos"),
    Query("Avgift för NBK beräknas från tomtarea och skickas till ekonomi", 2301, "abbreviation"),
    Query(
        "I det tillhörande bygglovsärendet ska nybyggnadskartan synas när den har levererats.",
        2302,
        "word_order",
    ),
    Query(
        "Den färdiga kartan för nybyggnad ska dyka upp i bygglovsärendet som den hör till.",
        2302,
        "synonyms",
    ),
    Query("Beställa utstakning, grov eller fin", 2303, "less_detail"),
    Query("Utstakningsbeställning med val av typ (grov/fin) och antal punkter", 2303, "compound"),
    Query(
        "Register the lägeskontroll with deviations in plan and height compared to the site plan.",
        2304,
        "english",
    ),
    Query(
        "Spara inmätningsresultatet vid lägeskontroll med avvikelse i plan och höjd mot situationsplanen.",
        2304,
        "synonyms",
    ),
    Query(
        "Det har hänt att vi gett slutbesked utan att lägeskontrollen gjorts trots att den stod i startbeskedet. Vi vill att en bevakning skapas när startbeskedet kräver lägeskontroll.",
        2305,
        "more_detail",
    ),
    Query("Påminelse om lägeskontrol innan slutbesked", 2305, "typos"),
    Query("Export surveyed points to DWG for use in CAD.", 2306, "english"),
    Query("DWG-export av mätdata", 2306, "less_detail"),
    Query(
        "Importera koordinatfiler fr. totalstation/GNSS-mottagare direkt i ärendet",
        2307,
        "abbreviation",
    ),
    Query(
        "Mätfiler från GNSS och totalstation ska kunna läsas in direkt i ärendet.",
        2307,
        "word_order",
    ),
    Query(
        "Automatisk transformering från lokalt system till SWEREF 99 TM/lok. zon och RH 2000",
        2308,
        "abbreviation",
    ),
    Query(
        "Automatic transformation between the municipality's old coordinate system and SWEREF 99 local zone, with heights in RH 2000.",
        2308,
        "english",
    ),
    Query(
        "Beslut om adress för ny byggnad skickas automatiskt till registret för belägenhetsadresser hos Lantmäteriet",
        2309,
        "compound",
    ),
    Query(
        "När vi fastställer gatuadress för ett nytt hus ska beslutet rapporteras till Lantmäteriets adressregister av sig självt.",
        2309,
        "synonyms",
    ),
    Query("Karta över felaktiga adresspunkter", 2310, "less_detail"),
    Query(
        "Räddningstjänsten hittade inte fram förra månaden eftersom en adresspunkt låg på fel tomt. Vi vill ha en karta som visar adresser som saknar byggnad eller ligger fel.",
        2310,
        "more_detail",
    ),
    Query(
        "Show property boundaries from Lantmäteriet's registerkarta in the case map, with accuracy information.",
        2311,
        "english",
    ),
    Query("Fastighetsgranser visas i ärendekartan med osäkerhetsangivelse", 2311, "typos"),
    Query(
        "Beställning av förteckning över fastigheter till detaljplanen via e-tjänst till mätavdelningen",
        2312,
        "compound",
    ),
    Query(
        "E-tjänst där planhandl. beställer fastighetsförteckning till DP från mät",
        2312,
        "abbreviation",
    ),
    Query("Öppen kartjänst där allmänheten kan se vilka bygglov som beviljats.", 2313, "synonyms"),
    Query("Public web map showing granted building permits.", 2313, "english"),
    Query(
        "Till PDF i valfri skala ska handläggaren kunna skriva ut kartan, med skala och teckenförklaring.",
        2314,
        "word_order",
    ),
    Query("Kartutdrag i PDF med skala och teckenforklaring", 2314, "typos"),
    Query(
        "Byggnaden som mätts in vid lägeskontrollen ska läggas in i baskartan automatiskt.",
        2315,
        "synonyms",
    ),
    Query("Uppdatera PK automatiskt efter lägeskontroll", 2315, "abbreviation"),
    Query("Registrering av tid och resor per mätuppdrag för mätingenjörerna", 2316, "compound"),
    Query("Tidrapportering för mätuppdrag", 2316, "less_detail"),
    Query(
        "Vi ligger efter med att rapportera nya hus till Lantmäteriet och det blir fel i registret. När slutbesked ges borde byggnaden rapporteras in till byggnadsregistret automatiskt.",
        2317,
        "more_detail",
    ),
    Query(
        "Rapportera nya byggnader till LM:s byggnadsregister vid slutbesked", 2317, "abbreviation"
    ),
    # --- Övrigt: duplicates -----------------------------------------------
    Query("Login with BankID or Freja eID in all e-services.", 2400, "english"),
    Query("Inloggning med BankId i alla etjänster", 2400, "typos"),
    Query("Diarieföra inkommande mejl direkt från Outlook", 2401, "abbreviation"),
    Query(
        "Registratorn ska kunna dra ett e-brev från inkorgen i Outlook och registrera det på ärendet.",
        2401,
        "synonyms",
    ),
    Query(
        "Export closed cases to the e-arkiv according to FGS, with full metadata.", 2402, "english"
    ),
    Query("Arkivleverans enligt FGS", 2402, "less_detail"),
    Query(
        "Systemet ska föreslå vilka handlingar som får förstöras enligt dokumenthanteringsplanen.",
        2403,
        "synonyms",
    ),
    Query("Förslag på vad som kan galras enligt dokumenthanteringsplanen", 2403, "typos"),
    Query(
        "Vilka användare som ser vissa ärendetyper ska administratören kunna begränsa, alltså behörighet per ärendetyp.",
        2404,
        "word_order",
    ),
    Query(
        "Access rights per case type, so that the admin can restrict who sees certain ärendetyper.",
        2404,
        "english",
    ),
    Query(
        "Markering av sekretess på enskilda handlingar så att de inte syns i det allmänna diariet",
        2405,
        "compound",
    ),
    Query(
        "Vi fick en begäran om allmän handling och höll på att lämna ut ett läkarintyg. Enskilda handlingar borde kunna sekretessmarkeras så att de inte syns i det allmänna diariet.",
        2405,
        "more_detail",
    ),
    Query(
        "Loggning av vilka användare som läst en akt, så att vi kan följa upp enligt dataskyddsförordningen.",
        2406,
        "synonyms",
    ),
    Query("Logg på vem som öppnat ärendet, för GDPR", 2406, "abbreviation"),
    Query("GDPR register extract: export all personal data about one individual.", 2407, "english"),
    Query("Registerutdrag för en person", 2407, "less_detail"),
    Query(
        "Malleditor där admin kan infoga fält som hämtar fastighetsbeteckning och sökande från ärendet.",
        2408,
        "synonyms",
    ),
    Query("Mallar med sammanfogningsfalt för ärendeuppgifter", 2408, "typos"),
    Query(
        "Report builder where users pick fields and filters themselves and save the report.",
        2409,
        "english",
    ),
    Query(
        "Användarna ska själva kunna bygga rapporter i en rapportgenerator och spara dem med valda fält och filter.",
        2409,
        "word_order",
    ),
    Query(
        "Vy för chefer som visar hur många pågående ärenden varje handläggare har just nu.",
        2410,
        "synonyms",
    ),
    Query("Realtidsöversikt över handläggarnas öppna ärenden för chefer", 2410, "compound"),
    Query("sms till sökande när beslut fattats i ärendet", 2411, "abbreviation"),
    Query(
        "Många sökande ringer och frågar om beslutet har kommit. Det skulle spara tid om de fick ett sms automatiskt när ärendet får beslut.",
        2411,
        "more_detail",
    ),
    Query(
        "Show the payment status from the ekonomisystem in the case, whether the invoice has been paid.",
        2412,
        "english",
    ),
    Query(
        "Kunna se i ärendet om fakturan är betald genom att uppgiften hämtas från ekonomisystemet.",
        2412,
        "synonyms",
    ),
    Query("Skicka beslut till Kivra", 2413, "less_detail"),
    Query(
        "Beslut ska kunna gå till mottagarens digitala postlåda, exempelvis Kivra, i stället för vanlig post.",
        2413,
        "synonyms",
    ),
    Query("Maskning av personummer vid utlamnande av allmän handling", 2414, "typos"),
    Query(
        "Automatisk personnummermaskning i kopior när allmänna handlingar lämnas ut",
        2414,
        "compound",
    ),
    Query(
        "Slå ihop personer och företag som finns registrerade flera gånger i partsregistret.",
        2415,
        "synonyms",
    ),
    Query(
        "Personer och företag som är registrerade flera gånger i personregistret ska kunna slås ihop till en post.",
        2415,
        "word_order",
    ),
    Query(
        "Det har hänt att en handläggare fattat beslut utan delegation och att beslutet fick göras om. Systemet borde kontrollera mot delegationsordningen att beslutsfattaren har rätt att fatta den typen av beslut.",
        2416,
        "more_detail",
    ),
    Query(
        "Att beslutsfattaren har delegation för beslutstypen ska kontrolleras av systemet mot delegationsordningen.",
        2416,
        "word_order",
    ),
    Query(
        "När ett ärende flyttas över till en kollega ska kollegan få en avisering.",
        2417,
        "synonyms",
    ),
    Query("Omfördelning av ärende till annan handlaggare med notis", 2417, "typos"),
    # --- Look-alikes (ask for something else) -----------------------------
    # Bygg
    Query(
        "Brev till byggherren när bygglovet snart upphör att gälla, så att de hinner begära slutbesked i tid.",
        None,
        "lookalike",
    ),
    Query(
        "Förskottsfaktura för bygglovsavgiften ska skickas automatiskt när ansökan kommer in.",
        None,
        "lookalike",
    ),
    Query(
        "Återbetalning av bygglovsavgift när sökanden återkallar sin ansökan.", None, "lookalike"
    ),
    Query(
        "Mall för slutbesked som hämtar uppgifter från slutsamrådet och kontrollansvarigs utlåtande.",
        None,
        "lookalike",
    ),
    Query(
        "Protokollet från tekniskt samråd ska skickas automatiskt via e-post till byggherren och kontrollansvarig efter mötet.",
        None,
        "lookalike",
    ),
    Query(
        "Kontrollansvarig ska själv kunna ladda upp sitt utlåtande inför slutbesked via en e-tjänst.",
        None,
        "lookalike",
    ),
    Query(
        "Statistik över hur många ärenden varje kontrollansvarig haft i kommunen under året.",
        None,
        "lookalike",
    ),
    Query(
        "Digital justering av protokollet från byggnadsnämndens sammanträde med e-legitimation.",
        None,
        "lookalike",
    ),
    Query(
        "Grannar ska kunna lämna sitt yttrande över en bygglovsansökan via e-tjänst.",
        None,
        "lookalike",
    ),
    Query(
        "Lista över alla påförda byggsanktionsavgifter per år som rapport till nämnden.",
        None,
        "lookalike",
    ),
    Query(
        "Tillsynsärende ska skapas direkt när någon anmäler olovligt byggande via e-tjänsten.",
        None,
        "lookalike",
    ),
    Query(
        "Mall för ansökan om utdömande av vite till mark- och miljödomstolen i tillsynsärenden.",
        None,
        "lookalike",
    ),
    Query(
        "Beslut om strandskyddsdispens ska skickas automatiskt till länsstyrelsen för överprövning.",
        None,
        "lookalike",
    ),
    Query(
        "Lager i kartan med alla positiva förhandsbesked och datum då de slutar gälla.",
        None,
        "lookalike",
    ),
    Query(
        "Yttrandet från miljöavdelningen på remissen om avlopp ska läsas in automatiskt i förhandsbeskedsärendet.",
        None,
        "lookalike",
    ),
    Query(
        "Register över sakkunniga funktionskontrollanter för OVK med behörighetsnivå och certifikatets giltighet.",
        None,
        "lookalike",
    ),
    Query(
        "Rapport över byggnader där senaste OVK har underkänts och ombesiktning inte gjorts.",
        None,
        "lookalike",
    ),
    Query(
        "Påminnelse till hissägare om att den årliga besiktningen av hissen snart ska göras.",
        None,
        "lookalike",
    ),
    Query(
        "E-tjänst där sökanden kan skicka in kompletteringar till sitt bygglovsärende.",
        None,
        "lookalike",
    ),
    Query(
        "Jämförelse mellan olika versioner av ritningar i ärendet så att man ser vad som ändrats.",
        None,
        "lookalike",
    ),
    Query(
        "Underrättelse om beviljat bygglov till grannar via e-post i stället för brev.",
        None,
        "lookalike",
    ),
    Query(
        "Remiss till kommunantikvarien skickas från bygglovsärendet och svaret sparas i ärendet.",
        None,
        "lookalike",
    ),
    # Miljö
    Query(
        "Beräkning av avgift för registrering av ny livsmedelsanläggning enligt taxan.",
        None,
        "lookalike",
    ),
    Query(
        "Verksamheten ska kunna svara på bristerna i kontrollrapporten via en e-tjänst.",
        None,
        "lookalike",
    ),
    Query(
        "Rapport över livsmedelsanläggningar som inte fått sin kontrolltid under året.",
        None,
        "lookalike",
    ),
    Query(
        "Resultat från badvattenprover ska publiceras automatiskt på Havs- och vattenmyndighetens Badplatsen.",
        None,
        "lookalike",
    ),
    Query(
        "Beställning av analyser till laboratoriet direkt från ärendet med provnummer och provpunkt.",
        None,
        "lookalike",
    ),
    Query(
        "Utskick till fastighetsägare med enskilda avlopp om att det är dags för slamtömning.",
        None,
        "lookalike",
    ),
    Query(
        "Statistik över antal underkända enskilda avlopp per inventeringsområde.", None, "lookalike"
    ),
    Query(
        "Mall för att skicka anmälan om bergvärme till grannarna för yttrande.", None, "lookalike"
    ),
    Query(
        "Den som klagat i ett hälsoskyddsärende ska få besked automatiskt när ärendet avslutas.",
        None,
        "lookalike",
    ),
    Query(
        "Överklagande av föreläggande ska kunna registreras och skickas vidare till länsstyrelsen från ärendet.",
        None,
        "lookalike",
    ),
    Query("Påminnelse till C-verksamheter om att lämna miljörapporten i SMP.", None, "lookalike"),
    Query(
        "Rapport över debiterbar och icke debiterbar tid per inspektör och år.", None, "lookalike"
    ),
    Query("E-tjänst där allmänheten kan anmäla misstänkt matförgiftning.", None, "lookalike"),
    Query("Checklista för livsmedelskontroll i skolkök och förskolekök.", None, "lookalike"),
    Query("Historik över ägarbyten och namnbyten på en livsmedelsanläggning.", None, "lookalike"),
    Query("Rapport som jämför planerade och genomförda besök i tillsynsplanen.", None, "lookalike"),
    Query(
        "E-tjänst för anmälan om installation av nytt aggregat med köldmedier.", None, "lookalike"
    ),
    Query("Kundenkät till klagande grannar efter avslutat hälsoskyddsärende.", None, "lookalike"),
    # BAB
    Query("Överklagande av beslut om bostadsanpassningsbidrag via e-tjänst.", None, "lookalike"),
    Query(
        "Arbetsterapeuten ska få besked automatiskt när beslutet om bidraget har fattats.",
        None,
        "lookalike",
    ),
    Query(
        "Hantverkare ska kunna lämna sin offert direkt i en e-tjänst kopplad till BAB-ärendet.",
        None,
        "lookalike",
    ),
    Query(
        "Utbetalning av bidrag till sökanden i förskott innan arbetet påbörjats.", None, "lookalike"
    ),
    Query(
        "Faktura från hantverkaren ska tas emot elektroniskt och kopplas till bostadsanpassningsärendet.",
        None,
        "lookalike",
    ),
    Query(
        "Brev till fastighetsägaren om att söka återställningsbidrag när den som fick anpassningen har flyttat.",
        None,
        "lookalike",
    ),
    Query(
        "Register över hantverkare som kommunen har ramavtal med för bostadsanpassning.",
        None,
        "lookalike",
    ),
    Query(
        "Begäran om fastighetsägarens medgivande skickas automatiskt med svarsdatum och påminnelse.",
        None,
        "lookalike",
    ),
    Query(
        "Statistik över handläggningstid i bostadsanpassningsärenden från ansökan till beslut.",
        None,
        "lookalike",
    ),
    Query("Ombudet ska kunna ladda upp fullmakten i e-tjänsten.", None, "lookalike"),
    # Kart & mät
    Query(
        "Leverans av nybyggnadskartan via e-post som PDF och DWG till beställaren.",
        None,
        "lookalike",
    ),
    Query("Beställning av lägeskontroll via e-tjänst.", None, "lookalike"),
    Query("Faktura för utstakning skapas automatiskt efter utförd mätning.", None, "lookalike"),
    Query("Import av DWG-filer från konsulter in i kartan.", None, "lookalike"),
    Query(
        "Export av punkter från ärendet till GNSS-mottagaren för utsättning i fält.",
        None,
        "lookalike",
    ),
    Query(
        "Utskick till boende om att deras adress har ändrats efter nytt adressbeslut.",
        None,
        "lookalike",
    ),
    Query("Rapport över hur många nybyggnadskartor som levererats per månad.", None, "lookalike"),
    Query(
        "Webbkarta för allmänheten med pågående detaljplaner och samrådstider.", None, "lookalike"
    ),
    Query(
        "Resultatet av lägeskontrollen skickas automatiskt till byggherren och kontrollansvarig.",
        None,
        "lookalike",
    ),
    Query(
        "Uppdatering av fastighetsgränserna i primärkartan efter lantmäteriförrättning.",
        None,
        "lookalike",
    ),
    # Övrigt
    Query("Inloggning med SITHS-kort för handläggare i Castor.", None, "lookalike"),
    Query("Utgående e-post från ärendet ska sparas automatiskt i diariet.", None, "lookalike"),
    Query(
        "Sökning i e-arkivet direkt från Castor efter ärenden som redan levererats.",
        None,
        "lookalike",
    ),
    Query("Rapport över vilka handlingar som gallrats under året.", None, "lookalike"),
    Query("Logg över ändringar av behörigheter och vem som gjort dem.", None, "lookalike"),
    Query(
        "Radering av alla personuppgifter om en person på begäran enligt GDPR.", None, "lookalike"
    ),
    Query("Mallar ska kunna delas mellan kommuner som använder Castor.", None, "lookalike"),
    Query(
        "Schemalagda rapporter som skickas via e-post till chefer varje månad.", None, "lookalike"
    ),
    Query("Sms-påminnelse till handläggaren när en bevakning förfaller.", None, "lookalike"),
    Query(
        "Statistik över antal begäranden om allmän handling och hur lång tid utlämnandet tog.",
        None,
        "lookalike",
    ),
    Query("Delegationsbeslut ska listas automatiskt för anmälan till nämnden.", None, "lookalike"),
    Query("Omfördelning av alla ärenden på en gång när en handläggare slutar.", None, "lookalike"),
]
