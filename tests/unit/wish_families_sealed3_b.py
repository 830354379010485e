"""Sealed, blind evaluation set (modules Miljö and Kart & mät).

Written by an AI helper session from its own knowledge of Swedish municipal
case handling, without reading the project's other wish or query sets. Meant
to be used once, as a sealed measurement of duplicate detection.
"""

# ruff: noqa: E501
from __future__ import annotations

from tests.unit.wish_families import Query, Wish

WISHES: list[Wish] = [
    # --- Miljö -------------------------------------------------------------
    Wish(
        7100,
        "Miljö",
        "Automatisk beräkning av årlig kontrollavgift för livsmedel. När riskklassningen sparas ska systemet räkna fram kontrolltid och årsavgift enligt taxan. Idag räknar vi i Excel och skriver in beloppet för hand.",
    ),
    Wish(
        7101,
        "Miljö",
        "Fakturera årsavgifter för miljöfarlig verksamhet i en körning. Vi vill kunna skapa alla årliga tillsynsavgifter för C- och U-verksamheter på en gång i början av året i stället för ärende för ärende.",
    ),
    Wish(
        7102,
        "Miljö",
        "Historik för riskklassning. Det borde gå att se när riskklassningen för en livsmedelsanläggning ändrats, av vilken handläggare och vilka poäng som gällde innan.",
    ),
    Wish(
        7103,
        "Miljö",
        "Fylla i kontrollrapport i mobilen under inspektion. Inspektören ska kunna skriva kontrollrapporten på plats i mobil eller surfplatta och skicka den till verksamheten direkt efter besöket.",
    ),
    Wish(
        7104,
        "Miljö",
        "Koppla foton till kontrollpunkt. Önskar att bilder som tas vid inspektion kan kopplas till en viss kontrollpunkt eller avvikelse och följa med i rapporten under rätt rubrik.",
    ),
    Wish(
        7105,
        "Miljö",
        "Kontrollområden enligt Livsmedelsverkets lista. Vid registrering av offentlig kontroll vill vi välja kontrollområden ur Livsmedelsverkets aktuella lista, så att uppgifterna blir rätt inför årsrapporteringen.",
    ),
    Wish(
        7106,
        "Miljö",
        "Export till Livsmedelsverkets årsrapportering. Vi vill kunna ta ut den årliga rapporten om livsmedelskontrollen (antal anläggningar, kontroller, avvikelser, sanktioner) som fil i det format Livsmedelsverket tar emot.",
    ),
    Wish(
        7107,
        "Miljö",
        "Registrering av livsmedelsanläggning via e-tjänst ska skapa anläggningen. När en verksamhet registrerar sig i e-tjänsten ska anläggning, verksamhetsutövare och ärende skapas med uppgifterna ifyllda så att registratorn slipper skriva av blanketten.",
    ),
    Wish(
        7108,
        "Miljö",
        "Automatisk bevakning för uppföljande kontroll. När en avvikelse registreras vid en kontroll ska det skapas en bevakning för uppföljning, med ett förslag på datum som handläggaren kan ändra.",
    ),
    Wish(
        7109,
        "Miljö",
        "Lista över planerade kontroller för året. Vi vill få fram vilka anläggningar som ska kontrolleras under året utifrån kontrollfrekvens och datum för senaste kontroll, så att vi kan fördela dem mellan inspektörerna.",
    ),
    Wish(
        7110,
        "Miljö",
        "Flytta historik vid byte av verksamhetsutövare. När en restaurang byter ägare och ny registrering görs vill vi kunna koppla tidigare kontroller och ärenden för lokalen till den nya anläggningen, så att historiken inte försvinner.",
    ),
    Wish(
        7111,
        "Miljö",
        "Avregistrerad anläggning ska inte få årsavgift. Vi vill att systemet slutar skapa årlig kontrollavgift för en livsmedelsanläggning när den avregistrerats, idag måste vi komma ihåg att ta bort den manuellt.",
    ),
    Wish(
        7112,
        "Miljö",
        "Rita avloppets placering på karta i e-tjänsten. Den som ansöker om enskilt avlopp ska kunna markera var slamavskiljare och infiltration ska ligga direkt i en karta i e-tjänsten i stället för att bifoga en handritad skiss.",
    ),
    Wish(
        7113,
        "Miljö",
        "Status per avloppsanläggning vid inventering. Vid avloppsinventering vill vi kunna sätta bedömning (godkänd, anmärkning, underkänd) på varje anläggning och sedan filtrera och söka på bedömningen.",
    ),
    Wish(
        7114,
        "Miljö",
        "Massutskick till fastighetsägare med underkänt avlopp. Efter en inventering vill vi kunna skicka samma brev eller föreläggande till alla fastighetsägare med underkända avlopp inom ett område, med rätt adress och fastighet ifylld.",
    ),
    Wish(
        7115,
        "Miljö",
        "Bevakning när åtgärdstid för avlopp gått ut. Systemet ska påminna handläggaren när tidsfristen i ett föreläggande om att åtgärda ett avlopp har passerat, så att vi kan följa upp.",
    ),
    Wish(
        7116,
        "Miljö",
        "Import av slamtömningar. Vi vill läsa in tömningsuppgifter från renhållningens system så att man ser datum för senaste slamtömning på varje avloppsanläggning.",
    ),
    Wish(
        7117,
        "Miljö",
        "Egna fält för avloppsanläggningens delar. Det borde gå att registrera slamavskiljare, infiltration, markbädd och minireningsverk var för sig med fabrikat, storlek och installationsår.",
    ),
    Wish(
        7118,
        "Miljö",
        "Förenklat flöde för värmepumpsanmälningar. Vi får hundratals anmälningar om värmepump varje år och vill kunna registrera och besluta i ett steg med ett standardbeslut utan att gå igenom alla flikar.",
    ),
    Wish(
        7119,
        "Miljö",
        "Visa energibrunnar i kartan. Befintliga bergvärmeanläggningar med koordinater ska synas som ett eget lager i kartan så att vi ser avstånd till andra borrhål och vattenbrunnar vid nya anmälningar.",
    ),
    Wish(
        7120,
        "Miljö",
        "Köldmedierapport via e-tjänst. Operatörer ska kunna lämna den årliga kontrollrapporten för köldmedier digitalt och rapporten ska hamna på rätt anläggning automatiskt.",
    ),
    Wish(
        7121,
        "Miljö",
        "Påminnelse till dem som inte lämnat köldmedierapport. Efter 31 mars vill vi ta fram en lista över operatörer som inte rapporterat och skicka en påminnelse till alla i ett utskick.",
    ),
    Wish(
        7122,
        "Miljö",
        "Räkna om köldmediemängd till koldioxidekvivalenter. När köldmedium och fyllnadsmängd i kg anges ska systemet räkna ut ton CO2e och visa om aggregatet omfattas av läckagekontroll.",
    ),
    Wish(
        7123,
        "Miljö",
        "Skydda klagandens identitet. Vi vill kunna markera en klagande i ett klagomålsärende så att namn och kontaktuppgifter inte kommer med i handlingar och utskick som går till verksamheten.",
    ),
    Wish(
        7124,
        "Miljö",
        "E-tjänst för klagomål. Allmänheten ska kunna anmäla klagomål på till exempel buller, lukt eller fukt i lägenhet i en e-tjänst som skapar ärendet och skickar ett mottagningskvitto.",
    ),
    Wish(
        7125,
        "Miljö",
        "Egna verksamhetskoder för hygienlokaler. Önskar att vi kan lägga upp egna verksamhetstyper för tatuering, fotvård, piercing och liknande stickande verksamheter så att de kommer med i tillsynsplaneringen.",
    ),
    Wish(
        7126,
        "Miljö",
        "Importera provsvar för bassängbad. Analysresultat från laboratoriet för badvattenprover ska kunna läsas in i ärendet, och handläggaren ska få en varning när ett värde överskrider gränsvärdet.",
    ),
    Wish(
        7127,
        "Miljö",
        "Bevakning av nästa dricksvattenprov. För små dricksvattenanläggningar vill vi få en påminnelse när nästa prov ska tas enligt anläggningens undersökningsprogram.",
    ),
    Wish(
        7128,
        "Miljö",
        "Register över radonmätningar. Vi behöver kunna registrera radonhalt per byggnad eller flerbostadshus med mätår och se vilka som ligger över referensnivån 200 Bq/m3.",
    ),
    Wish(
        7129,
        "Miljö",
        "Hämta miljörapporter från SMP. Årliga miljörapporter som verksamheterna lämnar i Svenska miljörapporteringsportalen ska kopplas till rätt anläggning i systemet utan att vi laddar ner och registrerar dem manuellt.",
    ),
    Wish(
        7130,
        "Miljö",
        "Stöd för miljösanktionsavgift. Vi vill ha en mall för beslut om miljösanktionsavgift där beloppet hämtas från förordningen när man väljer överträdelse.",
    ),
    Wish(
        7131,
        "Miljö",
        "Statistik över tillsynstid per verksamhetstyp. Till behovsutredningen behöver vi ta fram nedlagd tid per verksamhetskod och år, uppdelat på avgiftsfinansierad och skattefinansierad tid.",
    ),
    Wish(
        7132,
        "Miljö",
        "Start/stopp-klocka för tidredovisning. Det borde finnas en knapp i ärendet för att starta och stoppa tidtagning, så att tiden registreras på ärendet utan att man behöver skriva in den efteråt.",
    ),
    Wish(
        7133,
        "Miljö",
        "Avgift i samma beslut som föreläggandet. Vi vill kunna ta med avgiften för handläggningstiden i samma beslutsdokument som föreläggandet i stället för att skriva ett separat avgiftsbeslut.",
    ),
    Wish(
        7134,
        "Miljö",
        "Import av objekt från EBH-stödet. Potentiellt förorenade områden som finns i Länsstyrelsens EBH-stöd ska kunna läsas in som objekt på fastigheten med MIFO-klass.",
    ),
    Wish(
        7135,
        "Miljö",
        "Cisternregister med besiktningsbevakning. Vi vill registrera cisterner med volym och placering och få bevakning när det är dags för nästa revisionsbesiktning.",
    ),
    Wish(
        7136,
        "Miljö",
        "Räkna ut djurenheter. Ange antal djur per djurslag på gården och få antal djurenheter uträknat automatiskt, så att man ser om verksamheten är anmälnings- eller tillståndspliktig.",
    ),
    Wish(
        7137,
        "Miljö",
        "Ärendetyp för tillstånd till djurhållning inom detaljplan. Vi saknar en egen ärendetyp med mallar för ansökan om tillstånd att hålla häst, nöt eller höns inom detaljplanelagt område.",
    ),
    Wish(
        7138,
        "Miljö",
        "Beslut om uppehåll i sophämtning ska gå till renhållaren. När vi beviljat uppehåll eller dispens från hämtning av hushållsavfall ska beslutet skickas automatiskt till renhållningen/avfallsbolaget.",
    ),
    Wish(
        7139,
        "Miljö",
        "Lista över fastigheter med hemkompostering. Vi vill kunna ta fram en rapport över alla fastigheter som har anmält kompostering av matavfall, med fastighetsbeteckning och datum för anmälan.",
    ),
    Wish(
        7140,
        "Miljö",
        "Registrera provköp av tobak. Vi vill registrera kontrollköp av tobak och folköl med datum, resultat och koppling till försäljningsstället och tillståndet.",
    ),
    Wish(
        7141,
        "Miljö",
        "Mall för kommunicering inför beslut. Önskar en mall för kommunicering som automatiskt förifylls med förslaget till beslut och svarsdatum, så att verksamhetsutövaren kan yttra sig.",
    ),
    Wish(
        7142,
        "Miljö",
        "Bevakning av delgivningskvitto. När ett föreläggande skickas med delgivning ska en bevakning skapas, och handläggaren ska få en påminnelse om kvittot inte kommit tillbaka inom två veckor.",
    ),
    Wish(
        7143,
        "Miljö",
        "Registrera överklagande och laga kraft. Vi vill kunna markera att ett beslut har överklagats och sedan registrera datum när beslutet vunnit laga kraft, så att det syns i ärendelistan.",
    ),
    Wish(
        7144,
        "Miljö",
        "Rapport över förelägganden med vite där tiden gått ut. Vi behöver en lista över alla vitesförelägganden där tidsfristen passerat, som underlag för ansökan om utdömande av vite.",
    ),
    Wish(
        7145,
        "Miljö",
        "Vattenskyddsområden i kartan vid avloppsansökan. När en avloppsansökan handläggs vill vi se vattenskyddsområden, sjöar och vattendrag i kartan runt fastigheten för att bedöma skyddsnivå.",
    ),
    Wish(
        7146,
        "Miljö",
        "Samlad vy över anläggningen. Vi vill ha ett anläggningskort där alla ärenden, kontroller, avgifter och beslut för anläggningen syns på ett ställe.",
    ),
    Wish(
        7147,
        "Miljö",
        "Sök anläggning på organisationsnummer. Det ska gå att söka fram en anläggning genom att skriva verksamhetsutövarens organisationsnummer.",
    ),
    Wish(
        7148,
        "Miljö",
        "Hämta företagsuppgifter från Bolagsverket. Vid registrering av ny verksamhetsutövare vill vi att namn, adress och firmatecknare hämtas från Bolagsverket när man anger organisationsnummer.",
    ),
    Wish(
        7149,
        "Miljö",
        "Flera inspektörer på samma kontroll. Vi vill kunna registrera två eller fler handläggare på en kontroll och fördela den debiterbara tiden mellan dem.",
    ),
    Wish(
        7150,
        "Miljö",
        "Skicka bokningsbekräftelse för inspektion. När vi bokar ett kontrollbesök ska verksamheten få en bekräftelse med datum och tid via SMS eller e-post direkt från systemet.",
    ),
    Wish(
        7151,
        "Miljö",
        "Markera kontroll som anmäld eller oanmäld. Vi vill kunna ange på kontrollen om den var föranmäld eller oanmäld så att det kommer med i statistiken.",
    ),
    Wish(
        7152,
        "Miljö",
        "Avgiftsbeslut för extra offentlig kontroll. När en uppföljande kontroll görs på grund av en avvikelse vill vi skapa beslut om avgift för extra offentlig kontroll från en mall med tid och timtaxa förifyllt.",
    ),
    Wish(
        7153,
        "Miljö",
        "Egna checklistor per verksamhetstyp. Vi vill kunna bygga egna checklistor för till exempel förskolor, skolor och bassängbad som inspektören bockar av vid tillsynen.",
    ),
    Wish(
        7154,
        "Miljö",
        "Bevakning av Länsstyrelsens överprövning av strandskyddsdispens. När vi beslutat om strandskyddsdispens ska en bevakning på tre veckor skapas automatiskt så att vi vet när Länsstyrelsens prövotid gått ut.",
    ),
    Wish(
        7155,
        "Miljö",
        "Reducerad kontrolltid för säsongsverksamhet. För anläggningar som bara har öppet del av året, till exempel glasskiosker och campingcaféer, vill vi kunna ange säsong så att kontrolltiden och avgiften reduceras.",
    ),
    Wish(
        7156,
        "Miljö",
        "Registrera bullermätningar. Vi vill kunna föra in mätvärden från ljudmätningar i ärendet och få dem jämförda mot Folkhälsomyndighetens riktvärden för inomhusbuller.",
    ),
    Wish(
        7157,
        "Miljö",
        "Statistik över avloppsbeslut. Vi behöver ta fram antal beviljade tillstånd och anmälningar för enskilda avlopp per år och reningsteknik, till rapporteringen till Länsstyrelsen.",
    ),
    Wish(
        7158,
        "Miljö",
        "Koppla avloppsärendet till bygglovsärendet. När en ny fritidshusfastighet söker bygglov och avloppstillstånd samtidigt vill vi kunna länka ärendena så att både bygg och miljö ser status i det andra ärendet.",
    ),
    Wish(
        7159,
        "Miljö",
        "Kontrollprojekt för livsmedel. Vi vill kunna gruppera kontroller i ett projekt, till exempel ett nationellt kontrollprojekt, och ta fram resultatet för hela projektet.",
    ),
    # --- Kart & mät --------------------------------------------------------
    Wish(
        7300,
        "Kart & mät",
        "Beställa nybyggnadskarta via e-tjänst. Sökande ska kunna beställa nybyggnadskarta i en e-tjänst som skapar ärende i Kart & mät med fastighet och kontaktuppgifter ifyllda.",
    ),
    Wish(
        7301,
        "Kart & mät",
        "Leverera nybyggnadskartan automatiskt. När nybyggnadskartan är klar vill vi att PDF och DWG skickas till beställaren via e-post direkt från ärendet, i stället för att vi mejlar filerna manuellt.",
    ),
    Wish(
        7302,
        "Kart & mät",
        "Avgift för nybyggnadskarta enligt taxan. Avgiften ska räknas ut automatiskt utifrån tomtens area och typ av karta (förenklad eller fullständig) enligt kommunens taxa.",
    ),
    Wish(
        7303,
        "Kart & mät",
        "Se startbesked i lägeskontrollärendet. Mätningsingenjören behöver se när startbesked har getts i bygglovsärendet för att kunna planera lägeskontrollen.",
    ),
    Wish(
        7304,
        "Kart & mät",
        "Resultat av lägeskontroll till bygglovsärendet. När lägeskontrollen är klar ska protokollet automatiskt sparas i bygglovsärendet och byggnadsinspektören få en notis.",
    ),
    Wish(
        7305,
        "Kart & mät",
        "Beställning av utstakning via e-tjänst. Vi vill att byggherren ska kunna beställa grov- och finutstakning i en e-tjänst och välja önskat datum.",
    ),
    Wish(
        7306,
        "Kart & mät",
        "Kalender för mätuppdrag. Vi behöver en kalender som visar inbokade mätningar per mätlag och dag så att vi kan planera fältarbetet.",
    ),
    Wish(
        7307,
        "Kart & mät",
        "Importera mätdata från instrumentet. Koordinatfiler från totalstation och GNSS ska kunna läsas in direkt till ärendet utan att gå via ett separat program.",
    ),
    Wish(
        7308,
        "Kart & mät",
        "Rapportera adresser till Lantmäteriet. Nya och ändrade belägenhetsadresser ska skickas till Lantmäteriets adressregister direkt från systemet när adressbeslutet är fattat.",
    ),
    Wish(
        7309,
        "Kart & mät",
        "Utskick vid adressändring. När en gatuadress ändras vill vi kunna skicka information till alla berörda fastighetsägare och boende i ett utskick med brevmall.",
    ),
    Wish(
        7310,
        "Kart & mät",
        "Registrera lägenhetsnummer. Vi vill kunna registrera lägenhetsnummer för flerbostadshus och rapportera dem till lägenhetsregistret från systemet.",
    ),
    Wish(
        7311,
        "Kart & mät",
        "Skapa adressärende när bygglov beviljas. När bygglov ges för en ny byggnad som behöver adress ska ett adressärende skapas automatiskt hos adressättaren.",
    ),
    Wish(
        7312,
        "Kart & mät",
        "Logga ändringar i primärkartan. Vi vill se vem som ändrat vad i primärkartan, när det gjordes och vilket ärende eller vilken lägeskontroll ändringen kom från.",
    ),
    Wish(
        7313,
        "Kart & mät",
        "Baskartan som bakgrund i alla moduler. Kommunens baskarta ska kunna väljas som bakgrundskarta även i Bygg, Miljö och BAB, inte bara i Kart & mät.",
    ),
    Wish(
        7314,
        "Kart & mät",
        "Lägga till egna WMS-lager. Det borde gå att lägga till WMS-tjänster från kommunens egen GIS-server som lager i kartan och tända och släcka dem.",
    ),
    Wish(
        7315,
        "Kart & mät",
        "Klickbara detaljplaner i kartan. När man klickar på ett planområde i kartan vill vi se planbestämmelser och länk till plankartan.",
    ),
    Wish(
        7316,
        "Kart & mät",
        "Fastighetsförteckning inom avstånd. Vi vill kunna ta fram en fastighetsförteckning över alla fastigheter inom ett valt avstånd från en fastighet direkt ur kartan, till exempel för grannehörande.",
    ),
    Wish(
        7317,
        "Kart & mät",
        "Exportera fastighetsförteckning till Excel. Fastighetsförteckningen ska gå att exportera till Excel med ägare och adresser, och personer med skyddade personuppgifter ska markeras.",
    ),
    Wish(
        7318,
        "Kart & mät",
        "Daglig uppdatering av fastighetsuppgifter. Ägaruppgifter och fastighetsregistret hämtas från Lantmäteriet en gång i veckan, vi vill att det uppdateras varje natt.",
    ),
    Wish(
        7319,
        "Kart & mät",
        "Stöd för lokala SWEREF-zoner och RH 2000. Vid import och export av koordinater ska man kunna välja kommunens SWEREF 99-zon och höjdsystem RH 2000.",
    ),
    Wish(
        7320,
        "Kart & mät",
        "Rita och spara geometri på ärendet. Handläggaren ska kunna rita en yta eller linje i kartan och spara den på ärendet, till exempel för ett område som berörs.",
    ),
    Wish(
        7321,
        "Kart & mät",
        "Mäta avstånd och area i kartan. Vi önskar ett mätverktyg i kartan för att mäta avstånd och area direkt.",
    ),
    Wish(
        7322,
        "Kart & mät",
        "Skriva ut karta i skala till PDF. Det ska gå att skriva ut kartutsnittet i vald skala, till exempel 1:500, med teckenförklaring och norrpil till PDF.",
    ),
    Wish(
        7323,
        "Kart & mät",
        "Sök på koordinat i kartan. Sökrutan i kartan ska klara koordinater i SWEREF 99 och inte bara adress och fastighetsbeteckning.",
    ),
    Wish(
        7324,
        "Kart & mät",
        "Varning när nybyggnadskartan är för gammal. Om en nybyggnadskarta som bifogas i bygglovsärendet är äldre än två år ska handläggaren få en varning.",
    ),
    Wish(
        7325,
        "Kart & mät",
        "Register över stompunkter. Vi vill ha ett register över stompunkter med status (kontrollerad, skadad, förstörd) och datum för senaste kontroll.",
    ),
    Wish(
        7326,
        "Kart & mät",
        "Offline-karta i fält. Kartan i surfplattan ska fungera utan uppkoppling ute i fält, med förhandsnedladdat område.",
    ),
    Wish(
        7327,
        "Kart & mät",
        "Tidredovisning per mätuppdrag. Vi vill registrera nedlagd tid per mätuppdrag så att mätningstiden kan faktureras enligt timtaxa.",
    ),
    Wish(
        7328,
        "Kart & mät",
        "Visa pågående ärenden i kartan. Alla pågående ärenden ska kunna visas som symboler i kartan, filtrerade på ärendetyp och status.",
    ),
    Wish(
        7329,
        "Kart & mät",
        "Exportera ärenden med geometri till GIS-format. Vi vill exportera ärenden med deras geometrier till GeoPackage eller shapefil för vidare analys i QGIS.",
    ),
    Wish(
        7330,
        "Kart & mät",
        "Rapportera byggnader till Lantmäteriet efter lägeskontroll. När en ny byggnad är inmätt vill vi skicka byggnadens läge och uppgifter till Lantmäteriets byggnadsregister direkt från systemet.",
    ),
    Wish(
        7331,
        "Kart & mät",
        "Ladda ner enkel karta själv. Sökande ska kunna ta fram och ladda ner ett utdrag ur baskartan för situationsplan i e-tjänsten, utan att det blir ett ärende för oss.",
    ),
    Wish(
        7332,
        "Kart & mät",
        "Jämföra ortofoton från olika år. Vi vill kunna välja mellan flera årgångar av flygbilder i kartan och jämföra dem med ett reglage.",
    ),
    Wish(
        7333,
        "Kart & mät",
        "Visa höjdkurvor och höjd i punkt. Det borde gå att tända höjdkurvor och få höjden i en punkt genom att klicka i kartan.",
    ),
    Wish(
        7334,
        "Kart & mät",
        "Granskning av nybyggnadskarta innan leverans. Vi vill ha ett granskningssteg där en annan mätningsingenjör godkänner nybyggnadskartan innan den kan levereras.",
    ),
    Wish(
        7335,
        "Kart & mät",
        "Välja fastighet genom att klicka i kartan. När man registrerar ett ärende ska man kunna välja fastighet genom att klicka på den i kartan i stället för att skriva beteckningen.",
    ),
    Wish(
        7336,
        "Kart & mät",
        "Söka på gamla fastighetsbeteckningar. Efter avstyckning eller sammanläggning ska man kunna söka på den tidigare fastighetsbeteckningen och hitta ärendena.",
    ),
    Wish(
        7337,
        "Kart & mät",
        "Statistik över nybyggnadskartor och lägeskontroller. Vi behöver antal levererade nybyggnadskartor och lägeskontroller per år och per mätningsingenjör.",
    ),
    Wish(
        7338,
        "Kart & mät",
        "Behörighet per kartlager. Vissa kartlager, som VA-ledningar och skyddsobjekt, ska bara synas för användare med en viss roll.",
    ),
    Wish(
        7339,
        "Kart & mät",
        "Flytta adresspunkter i kartan. Adressättaren ska kunna flytta en adresspunkt genom att dra den i kartan, och koordinaten ska uppdateras på adressen.",
    ),
]

QUERIES: list[Query] = [
    # --- Miljö: duplicates -------------------------------------------------
    Query(
        "Räkna fram årsavgiften för livsmedelsanläggningar automatiskt när man sätter riskklass. Nu gör vi uträkningen i ett kalkylark och för in summan manuellt.",
        7100,
        "synonyms",
    ),
    Query(
        "Autoberäkning av årl. kontrollavg. (livsm.) utifrån riskklassning enl. taxan, så vi slipper Excel.",
        7100,
        "abbreviation",
    ),
    Query(
        "Skapa de årliga avgifterna för tillsyn av miljöfarliga verksamheter (C och U) på en gång vid årets början, i stället för ett ärende i taget.",
        7101,
        "compound",
    ),
    Query("Massfakturering av årsavgift för miljöfarlig verksamhet", 7101, "less_detail"),
    Query(
        "Historik för riskklasning. Vill kunna se när riskklassen på en livsmedelsanlaggning ändrades, vem som gjorde det och vilka poäng som gällde före.",
        7102,
        "typos",
    ),
    Query(
        "Vilka poäng gällde innan, vem ändrade och när? Det vill vi kunna se för riskklassningen av livsmedelsanläggningar, alltså en historik.",
        7102,
        "word_order",
    ),
    Query(
        "Skriva inspektionsrapporten på plats med surfplattan och mejla den till företaget direkt när vi är klara med besöket.",
        7103,
        "synonyms",
    ),
    Query(
        "Idag skriver vi anteckningar på papper under kontrollen och skriver sedan rent rapporten på kontoret, ofta flera dagar senare. Vi vill kunna fylla i kontrollrapporten i mobilen medan vi är på plats och skicka den till verksamheten direkt efter besöket.",
        7103,
        "more_detail",
    ),
    Query(
        "Bilderna från inspektionen ska kunna knytas till den kontrollpunkt eller avvikelse de gäller och hamna under rätt rubrik i rapporten från kontrollen.",
        7104,
        "compound",
    ),
    Query(
        "Kopla foton till kontrollpunkt. Bilder som tas vid inspektionen ska kunna kopplas till en avvikelse och följa med i rapporten under rätt rubirk.",
        7104,
        "typos",
    ),
    Query(
        "Välja kontrollområden från SLV:s aktuella lista vid reg. av offentlig kontroll, så att årsrapp. blir rätt.",
        7105,
        "abbreviation",
    ),
    Query(
        "Export of the annual report to Livsmedelsverket – antal anläggningar, kontroller, avvikelser and sanktioner – as a file in their format.",
        7106,
        "english",
    ),
    Query("Exportfil för årsrapporteringen till Livsmedelsverket", 7106, "less_detail"),
    Query(
        "Reg. av livsm.anläggning via e-tj. ska skapa anläggning, VU och ärende automatiskt.",
        7107,
        "abbreviation",
    ),
    Query(
        "Registratorn ska slippa skriva av blanketten: anläggning, verksamhetsutövare och ärende bör skapas med ifyllda uppgifter när en verksamhet registrerar sig via e-tjänsten.",
        7107,
        "word_order",
    ),
    Query(
        "Automatisk uppföljningsbevakning vid avvikelse. När en avvikelse registreras ska en uppföljningsbevakning skapas med ett datumförslag som handläggaren kan ändra.",
        7108,
        "compound",
    ),
    Query(
        "Vi glömmer ibland att följa upp avvikelser eftersom bevakningen måste läggas in för hand. Det vore bra om en bevakning för uppföljande kontroll skapades automatiskt när man registrerar en avvikelse, med ett föreslaget datum som man kan ändra.",
        7108,
        "more_detail",
    ),
    Query(
        "Vi behöver en årsplanering som visar vilka objekt som står på tur för kontroll i år, baserat på hur ofta de ska kontrolleras och när de senast besöktes, så vi kan dela upp dem i gruppen.",
        7109,
        "synonyms",
    ),
    Query(
        "Lista over planerade kontroller för året utifrån kontrollfrekvens och senaste kontrol, så vi kan fördela mellan inspektörerna.",
        7109,
        "typos",
    ),
    Query(
        "When a restaurant changes owner and gets a new registrering, we want to link the old kontroller and ärenden for the premises to the new anläggning so the history is kept.",
        7110,
        "english",
    ),
    Query("Behålla historiken vid ägarbyte på restaurang", 7110, "less_detail"),
    Query(
        "Idag måste vi komma ihåg att ta bort årsavgiften manuellt. När en livsmedelsanläggning har avregistrerats bör systemet inte längre skapa någon årlig kontrollavgift för den.",
        7111,
        "word_order",
    ),
    Query(
        "Den som söker tillstånd för egen avloppsanläggning ska kunna peka ut läget för slamavskiljare och infiltration på en karta i den digitala ansökan, så vi slipper handritade skisser.",
        7112,
        "synonyms",
    ),
    Query(
        "I e-tjänsten för avloppsansökan ska sökanden kunna rita ut slamavskiljarläge och infiltrationsläge i en karta i stället för att bifoga en handritad skiss.",
        7112,
        "compound",
    ),
    Query(
        "Status per avloppsanlägning vid inventering – sätta bedömning godkänd/anmärkning/underkänd och kunna filtrera på den.",
        7113,
        "typos",
    ),
    Query(
        "Avloppsinventering: set a status per anläggning (godkänd, anmärkning, underkänd) and be able to filter/search on it.",
        7113,
        "english",
    ),
    Query(
        "Vi har inventerat ca 400 avlopp i ett område och 120 blev underkända. Nu måste vi skapa varje brev ett i taget. Vi vill kunna skicka samma föreläggande till alla fastighetsägare med underkänt avlopp i området på en gång, med adress och fastighet ifyllt.",
        7114,
        "more_detail",
    ),
    Query("Gemensamt utskick till ägare med underkända avlopp", 7114, "less_detail"),
    Query(
        "Påminnelse till handläggaren när sista datum för att åtgärda ett avlopp enligt föreläggandet har löpt ut, så att vi kommer ihåg att kontrollera.",
        7115,
        "synonyms",
    ),
    Query(
        "Så att vi kan följa upp ska handläggaren påminnas av systemet när åtgärdstiden i ett föreläggande om avlopp har gått ut.",
        7115,
        "word_order",
    ),
    Query(
        "Läsa in uppgifter om tömning från renhållningens verksamhetssystem, så att datum för den senaste tömningen av slam syns på avloppsanläggningen.",
        7116,
        "compound",
    ),
    Query(
        "Import slamtömning data from renhållningen's system so we can see the last emptying date per avloppsanläggning.",
        7116,
        "english",
    ),
    Query(
        "Vid tillsyn av äldre avlopp vill vi veta hur gammal slamavskiljaren är och vilket fabrikat minireningsverket har. Det borde finnas egna fält för varje del av avloppsanläggningen – slamavskiljare, infiltration, markbädd, minireningsverk – med fabrikat, storlek och installationsår.",
        7117,
        "more_detail",
    ),
    Query(
        "Förenklat flöde för VP-anmälningar – reg. och beslut i ett steg med standardbeslut.",
        7118,
        "abbreviation",
    ),
    Query(
        "Förenkla handlägningen av värmepumpsanmälnigar, vi får hundratals per år och vill kunna besluta i ett steg med standarbeslut utan att klicka igenom alla flikar.",
        7118,
        "typos",
    ),
    Query(
        "Lägg in befintliga bergvärmehål som ett kartlager, så vi ser hur nära andra borrhål och dricksvattenbrunnar ligger när en ny anmälan kommer in.",
        7119,
        "synonyms",
    ),
    Query("Energibrunnar som kartlager", 7119, "less_detail"),
    Query(
        "E-service for köldmedierapport: operators submit the annual kontrollrapport digitally and it gets linked to the right anläggning automatically.",
        7120,
        "english",
    ),
    Query(
        "Årlig rapport om kontroll av köldmedier ska kunna lämnas av operatörerna i en e-tjänst och kopplas automatiskt till anläggningen.",
        7120,
        "compound",
    ),
    Query(
        "Ett utskick med påminnelse till alla operatörer som efter 31 mars inte lämnat sin köldmedierapport – det vill vi kunna göra, med en lista över vilka som saknas först.",
        7121,
        "word_order",
    ),
    Query(
        "Påminelse till dom som inte lämnat köldmedierapport efter 31 mars, lista + utskick till alla på en gång.",
        7121,
        "typos",
    ),
    Query(
        "Räkna om kg köldm. till ton CO2-ekv. automatiskt och visa om aggr. kräver läckagekontroll.",
        7122,
        "abbreviation",
    ),
    Query(
        "Vi vill kunna dölja vem som klagat i ett klagomålsärende, så att den klagandes namn och telefon eller adress inte syns i det som skickas till företaget.",
        7123,
        "synonyms",
    ),
    Query(
        "Protect the complainant's identity – mark the klagande so name and contact details don't appear in handlingar and utskick to the verksamhet.",
        7123,
        "english",
    ),
    Query(
        "E-tjänst där allmänheten kan lämna klagomål, t.ex. om buller, lukt eller fukt i sin lägenhet, som skapar ärendet och skickar kvitto på mottagandet.",
        7124,
        "compound",
    ),
    Query("Klagomål via e-tjänst med mottagningskvitto", 7124, "less_detail"),
    Query(
        "Egna verksamhetskoder för hygienlokaler – tatueirng, fotvård, piercing o liknande stickande verksamheter ska kunna läggas upp så de kommer med i tillsynsplanerigen.",
        7125,
        "typos",
    ),
    Query(
        "Laboratoriet skickar provsvar för badvatten som PDF och vi skriver in värdena för hand, och missar ibland att ett värde ligger över gränsen. Vi vill kunna importera analysresultaten för bassängbad till ärendet och få en varning när ett gränsvärde överskrids.",
        7126,
        "more_detail",
    ),
    Query(
        "Import av lab-svar för bassängbad till ärendet + varning vid överskridet gränsvärde.",
        7126,
        "abbreviation",
    ),
    Query(
        "Påminnelse när det är dags att ta nästa vattenprov på en liten dricksvattenanläggning enligt dess provtagningsprogram.",
        7127,
        "synonyms",
    ),
    Query(
        "Enligt undersökningsprogrammet ska små dricksvattenanläggningar provtas regelbundet – vi vill få en bevakning när nästa prov ska tas.",
        7127,
        "word_order",
    ),
    Query(
        "Register för mätningar av radon: registrera halten av radon per byggnad med år för mätningen och se vilka som ligger över referensnivån 200 Bq/m3.",
        7128,
        "compound",
    ),
    Query(
        "Miljörapp. som lämnas i SMP ska kopplas autom. till anläggningen i Castor.",
        7129,
        "abbreviation",
    ),
    Query("Miljörapporter från SMP direkt in på anläggningen", 7129, "less_detail"),
    Query(
        "Beslutsmall för sanktionsavgift enligt miljöbalken där beloppet hämtas ur förordningen när man väljer vilken överträdelse det gäller.",
        7130,
        "compound",
    ),
    Query(
        "Stöd för miljösanktionsavgit – mall för beslut där beloppet hämtas från förordingen när man väljer överträdelse.",
        7130,
        "typos",
    ),
    Query(
        "Statistics on tillsynstid per verksamhetskod and year for behovsutredningen, split between avgiftsfinansierad and skattefinansierad time.",
        7131,
        "english",
    ),
    Query(
        "Varje år när vi gör behovsutredningen får vi handräkna timmar från tidredovisningen. Vi behöver en rapport över nedlagd tid per verksamhetskod och år, uppdelat på avgiftsfinansierad och skattefinansierad tid.",
        7131,
        "more_detail",
    ),
    Query(
        "En tidtagarknapp i ärendet – tryck start när man börjar jobba och stopp när man är klar, så sparas tiden på ärendet utan att man behöver fylla i den i efterhand.",
        7132,
        "synonyms",
    ),
    Query("Stoppur för tidredovisning i ärendet", 7132, "less_detail"),
    Query(
        "I stället för ett separat avgiftsbeslut vill vi att avgiften för handläggningstiden kan tas med i samma beslutsdokument som föreläggandet.",
        7133,
        "word_order",
    ),
    Query(
        "Avg. för handl.tid i samma beslut som föreläggandet, inte separat avgiftsbeslut.",
        7133,
        "abbreviation",
    ),
    Query(
        "Vi har över 300 objekt i EBH-stödet som vi i dag har i en separat Excellista. Vi vill kunna läsa in potentiellt förorenade områden från Länsstyrelsens EBH-stöd som objekt på fastigheten, med MIFO-klass.",
        7134,
        "more_detail",
    ),
    Query(
        "Cistenregister med volym och placering, och bevakning när det är dags för nästa revisionsbesiktnig.",
        7135,
        "typos",
    ),
    Query(
        "Register of cisterner (tanks) with volume and location, plus bevakning for the next revisionsbesiktning.",
        7135,
        "english",
    ),
    Query("Automatisk beräkning av djurenheter", 7136, "less_detail"),
    Query("Ärendetyp för tillstånd att hålla djur inom detaljplan", 7137, "less_detail"),
    Query(
        "Saknar ärendetyp + mallar för tillst. att hålla häst/nöt/höns inom dp-område.",
        7137,
        "abbreviation",
    ),
    Query(
        "När vi godkänt ett uppehåll i avfallshämtningen ska beslutet gå över till avfallsbolaget av sig självt.",
        7138,
        "synonyms",
    ),
    Query(
        "Beslut om dispens från hämtning av sopor eller uppehåll i hämtningen ska automatiskt skickas till renhållaren.",
        7138,
        "compound",
    ),
    Query(
        "Med fastighetsbeteckning och anmälningsdatum: en rapport över alla fastigheter som anmält att de komposterar matavfall. Det vill vi kunna ta fram.",
        7139,
        "word_order",
    ),
    Query(
        "Register provköp/kontrollköp of tobacco and folköl with date and result, linked to the försäljningsställe and tillstånd.",
        7140,
        "english",
    ),
    Query(
        "Registrera provkop av tobak och folköl med datum och resultat, kopplat till försäljningstället och tillståndet.",
        7140,
        "typos",
    ),
    Query(
        "Vi vill ha en mall för att ge verksamhetsutövaren tillfälle att yttra sig innan beslut, där beslutsförslaget och sista svarsdag fylls i automatiskt.",
        7141,
        "synonyms",
    ),
    Query("Kommuniceringsmall med förifyllt beslutsförslag", 7141, "less_detail"),
    Query(
        "Bevakn. av delgivn.kvitto – påminnelse till handl. om kvittot inte kommit tillbaka inom 2 v.",
        7142,
        "abbreviation",
    ),
    Query(
        "Det händer att vi inte märker att ett delgivningskvitto aldrig kom tillbaka, och då kan vi inte gå vidare. När ett föreläggande skickas med delgivning vill vi att en bevakning skapas och att handläggaren påminns om kvittot saknas efter två veckor.",
        7142,
        "more_detail",
    ),
    Query(
        "Mark a decision as överklagat and register the date when it vann laga kraft, visible in the ärendelista.",
        7143,
        "english",
    ),
    Query(
        "Datum för laga kraft och att beslutet har överklagats – båda ska gå att registrera på beslutet och synas i listan över ärenden.",
        7143,
        "word_order",
    ),
    Query(
        "Vi behöver få ut alla förelägganden förenade med vite där sista datum har passerat, som stöd när vi ska begära att vitet döms ut.",
        7144,
        "synonyms",
    ),
    Query(
        "Rapport över vitesförelägganen där tidsfristen gått ut, som underlag för ansökan om utdömmande av vite.",
        7144,
        "typos",
    ),
    Query(
        "Vid handläggning av ansökan om avlopp vill vi se skyddsområden för vatten, sjöar och vattendrag runt fastigheten i kartan.",
        7145,
        "compound",
    ),
    Query("Vattenskyddsområden i kartan för avloppsärenden", 7145, "less_detail"),
    Query(
        "One overview per anläggning – all ärenden, kontroller, avgifter and beslut in one place (anläggningskort).",
        7146,
        "english",
    ),
    Query(
        "När en verksamhetsutövare ringer måste vi idag klicka runt i flera flikar för att se vad som hänt. Vi vill ha ett anläggningskort där alla ärenden, kontroller, avgifter och beslut för anläggningen syns på ett ställe.",
        7146,
        "more_detail",
    ),
    Query("Sök anläggning på org.nr", 7147, "abbreviation"),
    Query(
        "Vi skriver av uppgifter från allabolag.se varje gång ett nytt bolag registrerar en livsmedelsverksamhet. När man anger organisationsnummer för en ny verksamhetsutövare borde namn, adress och firmatecknare hämtas från Bolagsverket.",
        7148,
        "more_detail",
    ),
    Query("Företagsuppgifter från Bolagsverket vid ny verksamhetsutövare", 7148, "less_detail"),
    Query(
        "Den debiterbara tiden ska kunna fördelas mellan handläggarna när två eller fler inspektörer registreras på samma kontroll.",
        7149,
        "word_order",
    ),
    Query(
        "Flera inspektörer per kontrollbesök – kunna lägga till mer än en handläggare och dela upp debiteringstiden.",
        7149,
        "compound",
    ),
    Query(
        "Bokn.bekräftelse för insp. via SMS/mejl till verksamheten direkt från systemet.",
        7150,
        "abbreviation",
    ),
    Query(
        "När vi bestämt tid för ett kontrollbesök ska företaget automatiskt få ett meddelande på telefon eller mejl som bekräftar dag och klockslag.",
        7150,
        "synonyms",
    ),
    Query("Ange om kontrollen var föranmäld eller oanmäld", 7151, "less_detail"),
    Query(
        "Avgiftsbeslut för extra offentlig kontrol – när uppföljande kontroll görs pga avvikelse vill vi skapa beslutet från mall med tid och timtaxa förifyld.",
        7152,
        "typos",
    ),
    Query(
        "Avgiftsbeslut for extra offentlig kontroll from a template with time and timtaxa prefilled, when a follow-up inspection is made because of an avvikelse.",
        7152,
        "english",
    ),
    Query(
        "Kunna sätta ihop egna kontrollfrågor för olika typer av verksamheter, t.ex. skolor, förskolor och badhus, som inspektören går igenom och bockar av vid besöket.",
        7153,
        "synonyms",
    ),
    Query(
        "Vi har egna checklistor i Word för förskolor och bassängbad som vi skriver ut och tar med. Vi vill kunna bygga egna checklistor per verksamhetstyp i systemet som inspektören bockar av vid tillsynen.",
        7153,
        "more_detail",
    ),
    Query(
        "Autom. bevakning 3 v. efter beslut om strandskyddsdisp. för Lst:s överprövning.",
        7154,
        "abbreviation",
    ),
    Query(
        "Så att vi vet när Länsstyrelsens prövotid gått ut ska en treveckorsbevakning skapas automatiskt när vi beslutat om dispens från strandskyddet.",
        7154,
        "word_order",
    ),
    Query(
        "För verksamheter med öppet under en säsong, t.ex. kiosker för glass och kaféer på camping, vill vi kunna ange säsongen så att tiden för kontroll och avgiften blir lägre.",
        7155,
        "compound",
    ),
    Query(
        "Register noise measurements (ljudmätning) in the ärende and compare with Folkhälsomyndighetens riktvärden for inomhusbuller.",
        7156,
        "english",
    ),
    Query(
        "Registrera bullermätnignar i ärendet och jämföra mot Folkhälsomyndigetens riktvärden för inomhusbuller.",
        7156,
        "typos",
    ),
    Query(
        "Länsstyrelsen ber varje år om uppgifter om hur många avlopp vi gett tillstånd till och med vilken teknik, och vi räknar för hand i diariet. Vi behöver statistik över antal beviljade tillstånd och anmälningar för enskilda avlopp per år och reningsteknik.",
        7157,
        "more_detail",
    ),
    Query(
        "Vid nybyggnation av fritidshus kommer ofta bygglov och avloppsansökan samtidigt, och bygglovshandläggaren ringer oss för att få veta hur det går. Vi vill kunna länka avloppsärendet till bygglovsärendet så att både bygg och miljö ser status i det andra ärendet.",
        7158,
        "more_detail",
    ),
    Query(
        "Koppla MB-ärendet för avlopp till PBL-ärendet för bygglov så båda förvaltningarna ser status.",
        7158,
        "abbreviation",
    ),
    Query(
        "Kontrollprojekt – gruppera kontroller och få resultat för hela projektet",
        7159,
        "less_detail",
    ),
    Query(
        "Group kontroller into a project (e.g. nationellt kontrollprojekt) and get results for the whole project.",
        7159,
        "english",
    ),
    # --- Kart & mät: duplicates -------------------------------------------
    Query(
        "Order nybyggnadskarta via e-tjänst – create an ärende in Kart & mät with fastighet and contact details filled in.",
        7300,
        "english",
    ),
    Query(
        "Beställning av NBK via e-tj. som skapar ärende med fastighet + kontaktuppg. ifyllda.",
        7300,
        "abbreviation",
    ),
    Query(
        "Levererera nybyggnadskartan automatiskt – PDF och DWG skickas till beställaren via epost direkt från ärendet när den är klar.",
        7301,
        "typos",
    ),
    Query(
        "Varje vecka mejlar vi ut ett tjugotal nybyggnadskartor manuellt och det händer att fel fil skickas till fel kund. När nybyggnadskartan är klar vill vi att PDF och DWG skickas automatiskt till beställaren direkt från ärendet.",
        7301,
        "more_detail",
    ),
    Query(
        "Räkna ut avgiften för nybyggnadskartor automatiskt efter kommunens taxa, baserat på tomtarea och karttyp (förenklad/fullständig).",
        7302,
        "compound",
    ),
    Query(
        "Enligt kommunens taxa, utifrån om kartan är förenklad eller fullständig och hur stor tomten är – så ska avgiften för nybyggnadskartan räknas ut automatiskt.",
        7302,
        "word_order",
    ),
    Query(
        "Den som mäter behöver kunna se datum för startbeskedet i bygglovet för att kunna boka in lägeskontrollen.",
        7303,
        "synonyms",
    ),
    Query(
        "Show the startbesked date from the bygglovsärende in the lägeskontroll case so mätningsingenjören can plan.",
        7303,
        "english",
    ),
    Query(
        "Lägeskontrollprotokollet ska sparas autom. i bygglovsärendet + notis till bygginsp. när LK är klar.",
        7304,
        "abbreviation",
    ),
    Query("Lägeskontrollresultat direkt till bygglovsärendet", 7304, "less_detail"),
    Query(
        "Beställning av utstackning via e-tjänst – byggherren ska kunna beställa grov- och finutstakning och välja önskat datm.",
        7305,
        "typos",
    ),
    Query(
        "Beställningstjänst för utstakning: byggherren väljer grov utstakning eller fin utstakning och önskat datum.",
        7305,
        "compound",
    ),
    Query(
        "Calendar for mätuppdrag showing bookings per mätlag and day, to plan fältarbetet.",
        7306,
        "english",
    ),
    Query(
        "Vi vill ha en planeringsvy där man ser vilka inmätningar varje mätgrupp har bokade varje dag.",
        7306,
        "synonyms",
    ),
    Query("Import av koordinatfiler från totalst./GNSS direkt till ärendet.", 7307, "abbreviation"),
    Query(
        "Idag för vi över mätfilerna från totalstationen till ett separat beräkningsprogram och sedan manuellt in i ärendet. Vi vill kunna läsa in koordinatfiler från totalstation och GNSS direkt till ärendet.",
        7307,
        "more_detail",
    ),
    Query(
        "Nya och ändrade adresser ska föras över till Lantmäteriets belägenhetsadressregister automatiskt när beslutet om adress tagits.",
        7308,
        "synonyms",
    ),
    Query(
        "Rapportering av adresser till LM direkt från systemet vid adressbeslut.",
        7308,
        "abbreviation",
    ),
    Query(
        "Alla berörda fastighetsägare och boende ska kunna få information via ett utskick med brevmall när en gatuadress ändras.",
        7309,
        "word_order",
    ),
    Query("Utskick till berörda vid adressändring", 7309, "less_detail"),
    Query(
        "Registrera lägenhetsnumer för flerbostadshus och rapportera dem till lägenhetsregistret från sytemet.",
        7310,
        "typos",
    ),
    Query(
        "Register lägenhetsnummer for apartment buildings and report them to lägenhetsregistret from the system.",
        7310,
        "english",
    ),
    Query(
        "När lov för nybyggnad beviljas och byggnaden behöver adress ska ett ärende för adressättning skapas automatiskt.",
        7311,
        "compound",
    ),
    Query(
        "Adressättaren får ofta veta om nya hus först när hemtjänsten eller räddningstjänsten ringer. När bygglov beviljas för en ny byggnad som behöver adress vill vi att ett adressärende skapas automatiskt hos adressättaren.",
        7311,
        "more_detail",
    ),
    Query(
        "Change log for primärkartan – who changed what, when, and from which ärende or lägeskontroll.",
        7312,
        "english",
    ),
    Query(
        "Baskartan som bakrund i alla moduler, även i Bygg, Miljö och BAB och inte bara Kart & mät.",
        7313,
        "typos",
    ),
    Query(
        "Inte bara i Kart & mät utan även i Bygg, Miljö och BAB vill vi kunna välja kommunens baskarta som bakgrundskarta.",
        7313,
        "word_order",
    ),
    Query(
        "Add our own WMS layers from kommunens GIS server to the map and toggle them on/off.",
        7314,
        "english",
    ),
    Query(
        "Kunna lägga in egna kartlager från kommunens GIS-server (WMS-tjänster) och slå av och på dem.",
        7314,
        "compound",
    ),
    Query(
        "När man pekar på en detaljplan i kartan ska bestämmelserna och en länk till plandokumentet visas.",
        7315,
        "synonyms",
    ),
    Query("Klickbara detaljplaner med planbestämmelser", 7315, "less_detail"),
    Query(
        "Fastighetsförteckn. inom valt avstånd direkt ur kartan, t.ex. för grannehörande.",
        7316,
        "abbreviation",
    ),
    Query(
        "När vi gör grannehörande tar vi idag fram fastighetsförteckningen genom att markera varje grannfastighet för hand. Vi vill kunna välja ett avstånd, t.ex. 100 meter, och få en fastighetsförteckning över alla fastigheter inom det direkt ur kartan.",
        7316,
        "more_detail",
    ),
    Query(
        "Exportera fastighetsförtekning till Excel med ägare och adresser, med markering av skyddade personuppgfiter.",
        7317,
        "typos",
    ),
    Query(
        "Ägare, adresser och markering av personer med skyddade personuppgifter ska följa med när fastighetsförteckningen exporteras till Excel.",
        7317,
        "word_order",
    ),
    Query(
        "Fastighets- och ägaruppgifter från Lantmäteriet läses bara in veckovis – vi vill ha nattlig inläsning.",
        7318,
        "synonyms",
    ),
    Query(
        "Vi ligger nära gränsen mellan två SWEREF-zoner och får idag räkna om koordinater i ett annat program före import. Vid import och export av koordinater vill vi kunna välja kommunens lokala SWEREF 99-zon och höjdsystemet RH 2000.",
        7319,
        "more_detail",
    ),
    Query(
        "Ritverktyg i kartan där handläggaren kan rita en ytgeometri eller linjegeometri och spara den på ärendet.",
        7320,
        "compound",
    ),
    Query(
        "Rita och spara geometri på ärendet – rita yta eller linje i kartan och spara den på ärendet, t ex berört omårde.",
        7320,
        "typos",
    ),
    Query("Mätverktyg för avstånd och area", 7321, "less_detail"),
    Query(
        "Print the map to PDF in a chosen scale like 1:500, with legend and north arrow.",
        7322,
        "english",
    ),
    Query(
        "Med teckenförklaring och norrpil, och i vald skala som 1:500 – så vill vi kunna skriva ut kartutsnittet till PDF.",
        7322,
        "word_order",
    ),
    Query(
        "Inte bara adress och fastighetsbeteckning – även koordinater i SWEREF 99 ska gå att söka på i kartans sökruta.",
        7323,
        "word_order",
    ),
    Query(
        "Sök på koord. (SWEREF) i kartsöket, inte bara adr./fastighetsbet.", 7323, "abbreviation"
    ),
    Query(
        "Vi har haft bygglov där nybyggnadskartan var tre år gammal och inte visade en nybyggd grannbyggnad. Om en bifogad nybyggnadskarta är äldre än två år ska handläggaren få en varning i bygglovsärendet.",
        7324,
        "more_detail",
    ),
    Query("Varning till handl. om bifogad NBK är äldre än 2 år.", 7324, "abbreviation"),
    Query(
        "Förteckning över stompunkter med tillstånd (kontrollerad, skadad, borta) och när de senast kontrollerades.",
        7325,
        "synonyms",
    ),
    Query(
        "Stompunktsregister där stompunktsstatus (kontrollerad, skadad, förstörd) och senaste kontrolldatum anges.",
        7325,
        "compound",
    ),
    Query(
        "Offline-karta i fällt – kartan i surfplattan ska fungera utan uppkopling med förhandsnedladdat område.",
        7326,
        "typos",
    ),
    Query(
        "Med ett område som laddats ner i förväg ska kartan i surfplattan fungera ute i fält även utan uppkoppling.",
        7326,
        "word_order",
    ),
    Query(
        "Registrera tid per uppdrag för mätning så att tiden för mätning kan faktureras enligt taxa per timme.",
        7327,
        "compound",
    ),
    Query("Tidredovisning på mätuppdrag för fakturering", 7327, "less_detail"),
    Query(
        "Show all pågående ärenden as symbols in the map, filtered by ärendetyp and status.",
        7328,
        "english",
    ),
    Query("Export av ärenden m. geometri till GPKG/shp för analys i QGIS.", 7329, "abbreviation"),
    Query(
        "Vi vill analysera var det kommer in flest ärenden och jämföra med planer och naturvärden i QGIS, men kan inte få ut geometrierna. Vi vill kunna exportera ärenden med geometri till GeoPackage eller shapefil.",
        7329,
        "more_detail",
    ),
    Query(
        "Byggnadens läge och uppgifter ska skickas från systemet direkt till Lantmäteriets byggnadsregister när en ny byggnad är inmätt.",
        7330,
        "word_order",
    ),
    Query(
        "Rapportera byggnader till Lantmäterit efter lägeskontrol, direkt från systemet.",
        7330,
        "typos",
    ),
    Query(
        "Den som söker bygglov ska själv kunna hämta en kartbild att rita sin situationsplan på via webben, utan att vi behöver handlägga något.",
        7331,
        "synonyms",
    ),
    Query(
        "Nedladdning av baskartutdrag för situationsplan direkt i e-tjänsten, utan att det blir ärende hos oss.",
        7331,
        "compound",
    ),
    Query("Compare ortofoton from different years in the map with a slider.", 7332, "english"),
    Query("Jämföra flygbilder från olika år", 7332, "less_detail"),
    Query(
        "Visa höjdkurvor och höjd i punkt – tända höjdkuvor och klicka i kartan för att få höjden i en pukt.",
        7333,
        "typos",
    ),
    Query(
        "Innan nybyggnadskartan skickas ut ska en kollega kontrollera och godkänna den, alltså ett tvåstegsgodkännande.",
        7334,
        "synonyms",
    ),
    Query(
        "Det har hänt att nybyggnadskartor med fel i höjderna gått ut till kunden. Vi vill ha ett granskningssteg där en annan mätningsingenjör måste godkänna nybyggnadskartan innan den kan levereras.",
        7334,
        "more_detail",
    ),
    Query(
        "I stället för att skriva fastighetsbeteckningen vill vi kunna klicka på fastigheten i kartan när vi registrerar ett ärende.",
        7335,
        "word_order",
    ),
    Query(
        "Välj fastighet via klick i kartan vid reg. av nytt ärende i st.f. att skriva fastighetsbet.",
        7335,
        "abbreviation",
    ),
    Query(
        "Söka på gamla fastighetsbeteckingar efter avstyckning eller sammanlägning och hitta ärendena.",
        7336,
        "typos",
    ),
    Query(
        "Många av våra äldre ärenden ligger på fastigheter som har styckats av eller slagits samman och fått ny beteckning, och då hittar vi dem inte. Det ska gå att söka på den tidigare fastighetsbeteckningen och få fram ärendena.",
        7336,
        "more_detail",
    ),
    Query(
        "Per år och per mätningsingenjör vill vi få fram hur många nybyggnadskartor och lägeskontroller som har levererats.",
        7337,
        "word_order",
    ),
    Query(
        "Vissa lager i kartan, t.ex. vatten- och avloppsledningar och skyddsvärda objekt, ska bara visas för den som har rätt roll.",
        7338,
        "synonyms",
    ),
    Query(
        "Behörighetsstyrda lager i kartan: VA-ledningar och skyddsobjekt ska bara synas för vissa roller.",
        7338,
        "compound",
    ),
    Query("Dra och flytta adresspunkter i kartan", 7339, "less_detail"),
    Query(
        "Genom att dra adresspunkten i kartan ska adressättaren kunna flytta den, och adressens koordinat ska då uppdateras.",
        7339,
        "word_order",
    ),
    # --- Miljö: look-alikes ------------------------------------------------
    Query(
        "Beslut om årlig kontrollavgift ska kunna skickas till verksamheten direkt efter riskklassningen, som ett eget dokument med överklagandehänvisning.",
        None,
        "lookalike",
    ),
    Query(
        "Vi vill kunna kreditera en årsfaktura för miljöfarlig verksamhet direkt i systemet när verksamheten har upphört mitt i året.",
        None,
        "lookalike",
    ),
    Query(
        "När Livsmedelsverkets nya riskklassningsmodell införs vill vi kunna göra om riskklassningen för alla anläggningar på en gång i stället för en och en.",
        None,
        "lookalike",
    ),
    Query(
        "Kontrollrapporten ska kunna signeras digitalt av verksamhetsutövaren på plats i surfplattan som bekräftelse på att de tagit del av den.",
        None,
        "lookalike",
    ),
    Query(
        "Foton som tas i mobilen vid inspektion ska sparas direkt i ärendet som handlingar med datum och plats, utan att gå via kamerarullen och datorn.",
        None,
        "lookalike",
    ),
    Query(
        "Kontrollrapporten ska automatiskt lista alla kontrollområden som ingick i kontrollen, även de utan avvikelse, med texten 'inga avvikelser'.",
        None,
        "lookalike",
    ),
    Query(
        "När vi har godkänt en registrering av livsmedelsanläggning ska ett registreringsbevis skickas automatiskt till verksamheten.",
        None,
        "lookalike",
    ),
    Query(
        "Bevakningar för uppföljande kontroll ska synas i en gemensam lista för hela livsmedelsgruppen, så att någon annan kan ta över när en inspektör är borta.",
        None,
        "lookalike",
    ),
    Query(
        "Kontrollfrekvensen ska kunna ändras för flera anläggningar samtidigt, t.ex. alla skolkök, när vi reviderar tillsynsplanen.",
        None,
        "lookalike",
    ),
    Query(
        "Vid ägarbyte av en restaurang vill vi kunna skicka ett brev till den tidigare ägaren om att registreringen upphör och att en slutfaktura kommer.",
        None,
        "lookalike",
    ),
    Query(
        "Avregistrerade livsmedelsanläggningar ska som standard döljas i sökresultat och kartan, men gå att visa med ett filter.",
        None,
        "lookalike",
    ),
    Query(
        "Den som sökt tillstånd för enskilt avlopp ska kunna följa status på sin ansökan i e-tjänsten: mottagen, under handläggning eller beslutad.",
        None,
        "lookalike",
    ),
    Query(
        "Vid avloppsinventering vill vi kunna registrera bedömningen ute i fält i mobilen, även där det saknas täckning.",
        None,
        "lookalike",
    ),
    Query(
        "Vid avloppsinventering vill vi att fastighetsägaren själv kan fylla i en enkät om sitt avlopp i en e-tjänst och att svaren hamnar på avloppsanläggningen.",
        None,
        "lookalike",
    ),
    Query(
        "När ett avlopp har åtgärdats enligt föreläggandet vill vi kunna avsluta föreläggandet och bevakningen i ett steg och skicka en bekräftelse till fastighetsägaren.",
        None,
        "lookalike",
    ),
    Query(
        "Nya godkända avloppsanläggningar ska skickas över till renhållningen så att de läggs in i schemat för slamtömning.",
        None,
        "lookalike",
    ),
    Query(
        "Vi vill kunna registrera fabrikat, modell och köldmedium för värmepumpar och söka fram alla anläggningar med en viss pumpmodell.",
        None,
        "lookalike",
    ),
    Query(
        "Beslut på värmepumpsanmälan ska kunna skickas till sökanden via e-post som PDF i stället för med vanligt brev.",
        None,
        "lookalike",
    ),
    Query(
        "Vi vill få en rapport över antal värmepumpsanmälningar per år och typ (berg, sjö, mark) till kommunens energistatistik.",
        None,
        "lookalike",
    ),
    Query(
        "Köldmedier: vi vill kunna registrera läckage som operatören anmäler och koppla det till rätt aggregat.",
        None,
        "lookalike",
    ),
    Query(
        "Vi vill kunna ta fram vilka köldmedieaggregat som haft läckage flera år i rad, som underlag för att välja ut tillsynsbesök.",
        None,
        "lookalike",
    ),
    Query(
        "Den som klagat ska automatiskt få ett brev när klagomålsärendet avslutas, med information om vad vi har gjort.",
        None,
        "lookalike",
    ),
    Query(
        "Klagomål som kommer in via e-tjänsten ska fördelas automatiskt till rätt handläggare utifrån typ av klagomål och geografiskt område.",
        None,
        "lookalike",
    ),
    Query(
        "Provsvar för bassängbad ska kunna skickas vidare till badanläggningen direkt från ärendet, med en kommentar från inspektören.",
        None,
        "lookalike",
    ),
    Query(
        "Radon: vi vill kunna göra ett utskick till alla ägare av flerbostadshus som ännu inte har mätt radon.",
        None,
        "lookalike",
    ),
    Query(
        "Vi vill kunna skicka våra granskningssynpunkter på miljörapporten tillbaka till verksamheten via SMP i stället för med brev.",
        None,
        "lookalike",
    ),
    Query(
        "När man registrerar tid på ett ärende ska man kunna ange om tiden är debiterbar eller inte.",
        None,
        "lookalike",
    ),
    Query(
        "Vi vill kunna sätta ned eller efterskänka en avgift i avgiftsbeslutet och ange skälet, så att det syns i fakturaunderlaget.",
        None,
        "lookalike",
    ),
    Query(
        "Cisternägaren ska själv få ett brev eller mejl när det är dags för revisionsbesiktning av deras cistern.",
        None,
        "lookalike",
    ),
    Query(
        "Tobak: vi vill kunna registrera försäljningstillstånd med tillståndshavare, föreståndare och datum för när tillståndet gäller från.",
        None,
        "lookalike",
    ),
    Query(
        "Mallen för föreläggande ska automatiskt få med delgivningskvitto som bilaga och överklagandehänvisning sist i dokumentet.",
        None,
        "lookalike",
    ),
    Query(
        "När ett beslut överklagas vill vi kunna skicka överklagandet och ärendets handlingar digitalt till Länsstyrelsen direkt från ärendet.",
        None,
        "lookalike",
    ),
    Query(
        "Vi vill kunna skapa ansökan om utdömande av vite till mark- och miljödomstolen från en mall där uppgifterna från föreläggandet är förifyllda.",
        None,
        "lookalike",
    ),
    # --- Kart & mät: look-alikes -------------------------------------------
    Query(
        "Den som beställt nybyggnadskarta ska kunna se i e-tjänsten hur långt beställningen har kommit och när kartan beräknas vara klar.",
        None,
        "lookalike",
    ),
    Query(
        "Nybyggnadskartan ska levereras med vattenstämpel och giltighetsdatum tryckt i PDF:en.",
        None,
        "lookalike",
    ),
    Query(
        "Vi vill kunna ändra avgiften för en nybyggnadskarta manuellt med motivering, när taxan inte passar ärendet.",
        None,
        "lookalike",
    ),
    Query(
        "När lägeskontroll är inbokad ska byggherren få ett SMS dagen innan med tid för mätningen.",
        None,
        "lookalike",
    ),
    Query(
        "Byggnadsinspektören ska kunna beställa lägeskontroll direkt från bygglovsärendet, så att ett mätuppdrag skapas hos oss på mät.",
        None,
        "lookalike",
    ),
    Query(
        "Efter utförd utstakning ska ett utstakningsprotokoll skapas från mall och skickas till byggherren.",
        None,
        "lookalike",
    ),
    Query(
        "Vi vill kunna se hur många timmar varje mätlag har lagt på fältarbete per månad.",
        None,
        "lookalike",
    ),
    Query(
        "Exportera koordinater från ärendet till en fil som kan laddas in i totalstationen inför utstakningen.",
        None,
        "lookalike",
    ),
    Query(
        "Belägenhetsadresser ska hämtas från Lantmäteriet till systemet, så att adresser som registrerats av andra syns hos oss.",
        None,
        "lookalike",
    ),
    Query(
        "Vid adressändring ska räddningstjänsten och andra berörda myndigheter få ett automatiskt meddelande om den nya adressen.",
        None,
        "lookalike",
    ),
    Query(
        "Vi vill kunna ta fram en lista över flerbostadshus som fortfarande saknar lägenhetsnummer.",
        None,
        "lookalike",
    ),
    Query(
        "När ett adressärende har beslutats ska bygglovshandläggaren se den nya adressen i bygglovsärendet.",
        None,
        "lookalike",
    ),
    Query(
        "Vi vill kunna visa primärkartan som den såg ut ett visst datum, till exempel den dag bygglovet beviljades.",
        None,
        "lookalike",
    ),
    Query(
        "Varje användare ska själv kunna välja vilken bakgrundskarta som är förvald när kartan öppnas.",
        None,
        "lookalike",
    ),
    Query(
        "När man väljer en fastighet i kartan vill vi se detaljplanens genomförandetid och få en varning om den har gått ut.",
        None,
        "lookalike",
    ),
    Query(
        "Fastighetsförteckningen ska kunna användas direkt som mottagarlista för ett utskick till alla grannar.",
        None,
        "lookalike",
    ),
    Query(
        "Fastighetsförteckningen för detaljplaner ska även innehålla rättigheter, servitut och ledningsrätter, inte bara ägare.",
        None,
        "lookalike",
    ),
    Query(
        "Vi vill få en notis när ägaren till en fastighet med pågående ärende har ändrats i fastighetsregistret.",
        None,
        "lookalike",
    ),
    Query(
        "Import av geometrier från DWG eller shapefil till ärendet, t.ex. en tomtgräns som konsulten har ritat.",
        None,
        "lookalike",
    ),
    Query(
        "Vi vill kunna spara egna utskriftsmallar för kartor med kommunens logga och sidhuvud.",
        None,
        "lookalike",
    ),
    Query(
        "Fältpersonal ska kunna rapportera en skadad stompunkt med foto och position via mobilen.",
        None,
        "lookalike",
    ),
    Query(
        "Vi vill kunna logga vilka användare som har tittat på skyddade kartlager.",
        None,
        "lookalike",
    ),
]
