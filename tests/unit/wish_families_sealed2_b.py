"""Sealed, blind evaluation set for duplicate-wish detection (Miljö and Kart & mät).

Written by an AI helper session without reading the project's other evaluation
sets, handlers, benchmarks or documentation. Wishes and queries are fresh text
written from general knowledge of Swedish municipal case handling. Use once.
"""

# ruff: noqa: E501
from __future__ import annotations

from tests.unit.wish_families import Query, Wish

WISHES: list[Wish] = [
    # ------------------------------------------------------------------ Miljö
    Wish(
        6100,
        "Miljö",
        "Automatisk bevakning när föreläggande ska följas upp. När ett föreläggande med tidsfrist skickas ut vill vi att Castor skapar en bevakning på handläggaren till dagen efter att fristen gått ut.",
    ),
    Wish(
        6101,
        "Miljö",
        "Kunna registrera delgivningskvitto på förelägganden. Vi vill att det finns ett fält för delgivningsdatum i beslutet så att vi ser när fristen börjar löpa.",
    ),
    Wish(
        6102,
        "Miljö",
        "Fakturera årsavgifter för hela registret på en gång. Det borde gå att köra faktureringen av fast årlig avgift för alla verksamheter i verksamhetsregistret i en körning i stället för ärende för ärende.",
    ),
    Wish(
        6103,
        "Miljö",
        "Timavgift för extra offentlig kontroll. Önskar att nedlagd tid på ett ärende kan föras över direkt till ett fakturaunderlag för extra offentlig kontroll enligt livsmedelslagstiftningen.",
    ),
    Wish(
        6104,
        "Miljö",
        "Riskklassning av livsmedelsanläggningar i systemet. Vi vill kunna göra riskklassningen enligt Livsmedelsverkets modell direkt i Castor så att kontrolltid och avgift räknas ut automatiskt.",
    ),
    Wish(
        6105,
        "Miljö",
        "Rapportering till Livsmedelsverket. Önskar en färdig export av kontrollstatistiken i det format Livsmedelsverket kräver för den årliga rapporteringen.",
    ),
    Wish(
        6106,
        "Miljö",
        "Lista över årets planerade livsmedelskontroller. Det borde gå att ta fram en lista över vilka livsmedelsanläggningar som ska kontrolleras under året utifrån kontrollfrekvens och senaste kontroll.",
    ),
    Wish(
        6107,
        "Miljö",
        "Mall för inspektionsrapport livsmedel med bedömningspunkter. Vi vill ha en mall där kontrollområdena (t.ex. spårbarhet, märkning, temperatur) finns förifyllda och kan bockas av.",
    ),
    Wish(
        6108,
        "Miljö",
        "Skicka inspektionsrapport med e-post direkt från ärendet. Idag måste vi spara ner rapporten och bifoga den i Outlook.",
    ),
    Wish(
        6109,
        "Miljö",
        "Mobil inspektion på surfplatta utan nätverk. Inspektörerna behöver kunna fylla i kontrollrapporten offline ute i fält och synka när de kommer tillbaka.",
    ),
    Wish(
        6110,
        "Miljö",
        "Foton från inspektion direkt till ärendet. Vill kunna ta bilder med mobilen under tillsynsbesöket och få in dem som handlingar i rätt ärende.",
    ),
    Wish(
        6111,
        "Miljö",
        "Registrering av livsmedelsanläggning via e-tjänst. Önskar att en inkommen registrering från e-tjänsten skapar anläggningen i verksamhetsregistret automatiskt, så vi slipper skriva in uppgifterna igen.",
    ),
    Wish(
        6112,
        "Miljö",
        "Ägarbyte på livsmedelsanläggning. Det borde gå att flytta en anläggning till ny verksamhetsutövare med nytt organisationsnummer och behålla historiken av kontroller.",
    ),
    Wish(
        6113,
        "Miljö",
        "Avregistrering av verksamhet ska avsluta årsavgiften. När en anläggning avregistreras vill vi att den automatiskt tas bort från nästa års fakturering.",
    ),
    Wish(
        6114,
        "Miljö",
        "Anmälan om värmepump via e-tjänst. Vi vill att anmälan om installation av värmepump (bergvärme, ytjordvärme) kan lämnas digitalt och hamna som ärende i Castor med koordinater för borrhålet.",
    ),
    Wish(
        6115,
        "Miljö",
        "Visa borrhål för värmepumpar på kartan. Önskar ett kartlager med alla anmälda energibrunnar så vi kan se avstånd till grannars brunnar och avlopp vid nya anmälningar.",
    ),
    Wish(
        6116,
        "Miljö",
        "Påminnelse om köldmedierapport. Vi vill kunna skicka ett massutskick till alla verksamheter med aggregat över gränsvärdet som inte lämnat in sin årliga köldmedierapport senast 31 mars.",
    ),
    Wish(
        6117,
        "Miljö",
        "Registrera köldmedieaggregat per verksamhet. Det borde finnas ett register över aggregat med köldmedietyp, fyllnadsmängd i kg och CO2-ekvivalenter kopplat till verksamheten.",
    ),
    Wish(
        6118,
        "Miljö",
        "Bevakning av läckagekontroll för köldmedieaggregat. Önskar att systemet räknar ut när nästa läckagekontroll ska ske utifrån CO2-ekvivalenter och lägger en bevakning.",
    ),
    Wish(
        6119,
        "Miljö",
        "Register över enskilda avlopp med status. Vi vill ha ett register där varje avloppsanläggning har uppgifter om typ av anläggning, installationsår och bedömning (godkänd, anmärkning, utsläppsförbud).",
    ),
    Wish(
        6120,
        "Miljö",
        "Brev till fastighetsägare inför avloppsinventering. Önskar att vi kan göra ett massutskick till alla fastighetsägare i ett inventeringsområde med adresser hämtade från fastighetsregistret.",
    ),
    Wish(
        6121,
        "Miljö",
        "Beslutsmall för tillstånd till enskilt avlopp. Önskar en mall för tillstånd till avloppsanordning där standardvillkoren kan väljas från en lista.",
    ),
    Wish(
        6122,
        "Miljö",
        "Bevakning på dokumentation efter anlagt avlopp. Det borde gå att lägga en bevakning på att entreprenörens intyg och dokumentation ska komma in efter att avloppet anlagts.",
    ),
    Wish(
        6123,
        "Miljö",
        "Slamtömningsuppgifter från renhållningen. Vi vill kunna läsa in uppgifter om slamtömning från VA-/renhållningsbolaget till avloppsregistret.",
    ),
    Wish(
        6124,
        "Miljö",
        "Dispens från slamtömning via e-tjänst. Önskar en e-tjänst för ansökan om förlängt tömningsintervall för slamavskiljare som skapar ärende direkt.",
    ),
    Wish(
        6125,
        "Miljö",
        "Klagomål via e-tjänst. Vi vill att klagomål från allmänheten på t.ex. buller, lukt eller nedskräpning kan lämnas på webben och automatiskt skapa ett klagomålsärende med den klagande som part.",
    ),
    Wish(
        6126,
        "Miljö",
        "Skyddad identitet för klagande. Önskar att klaganden i ett klagomålsärende kan markeras så att namnet inte kommer med i utskick eller i kommunicering till verksamhetsutövaren.",
    ),
    Wish(
        6127,
        "Miljö",
        "Statistik över klagomålsärenden per typ. Vi vill kunna ta ut antal klagomål per år fördelat på ärendetyp (buller, lukt, fukt, mögel, djur) till verksamhetsberättelsen.",
    ),
    Wish(
        6128,
        "Miljö",
        "Register över radonmätningar. Det borde gå att registrera radonhalter från mätningar i skolor och flerbostadshus kopplat till fastigheten.",
    ),
    Wish(
        6129,
        "Miljö",
        "Provsvar för bassängbad. Önskar att provsvar från laboratoriet för badvatten i bassängbad kan läsas in automatiskt till tillsynsärendet.",
    ),
    Wish(
        6130,
        "Miljö",
        "Provtagningsplan för dricksvatten. Vi vill kunna lägga in provtagningsplan för små dricksvattenanläggningar och få bevakning när prover ska tas.",
    ),
    Wish(
        6131,
        "Miljö",
        "Beräkning av miljösanktionsavgift. Önskar att Castor föreslår belopp för miljösanktionsavgift utifrån vald överträdelse i förordningen om miljösanktionsavgifter.",
    ),
    Wish(
        6132,
        "Miljö",
        "Miljörapporter från B-verksamheter. Vi vill kunna se i registret vilka verksamheter som lämnat in miljörapport i Svenska Miljörapporteringsportalen (SMP) och vilka som saknas.",
    ),
    Wish(
        6133,
        "Miljö",
        "Verksamhetskod på varje verksamhet. Det borde gå att ange verksamhetskod enligt miljöprövningsförordningen (t.ex. 39.10) på varje verksamhet och söka ut alla med samma kod.",
    ),
    Wish(
        6134,
        "Miljö",
        "Register över cisterner. Önskar ett register över cisterner med volym, placering och datum för senaste revisionsbesiktning, kopplat till fastigheten.",
    ),
    Wish(
        6135,
        "Miljö",
        "Underlag till behovsutredning. Vi vill kunna ta fram ett underlag för behovsutredningen med antal tillsynsobjekt per bransch och beräknad tillsynstid.",
    ),
    Wish(
        6136,
        "Miljö",
        "Planerad tillsyn per inspektör. Det borde gå att se vilka tillsynsbesök varje inspektör har planerade under kvartalet, så att vi kan fördela arbetet.",
    ),
    Wish(
        6137,
        "Miljö",
        "Kommunicering av inspektionsrapport enligt 25 § FL. Önskar en funktion där rapporten skickas för kommunicering med svarstid och där svaret registreras automatiskt i ärendet.",
    ),
    Wish(
        6138,
        "Miljö",
        "Markera tid som debiterbar eller inte. Vi vill kunna välja på varje rad i tidsredovisningen om tiden ska debiteras, t.ex. när ett klagomålsärende leder till tillsyn.",
    ),
    Wish(
        6139,
        "Miljö",
        "Tidsredovisning från mobilen. Önskar att inspektören kan rapportera tid (restid, kontroll, efterarbete) direkt i mobilappen efter besöket.",
    ),
    Wish(
        6140,
        "Miljö",
        "E-tjänst för anmälan om hygienisk verksamhet. Vi vill ha en e-tjänst för anmälan om stickande/skärande verksamhet (tatuering, fotvård m.m.) som skapar ärende och verksamhet i registret.",
    ),
    Wish(
        6141,
        "Miljö",
        "Lista över skolor och förskolor. Det borde gå att ta fram en lista på alla förskolor och skolor i registret med datum för senaste inspektion.",
    ),
    Wish(
        6142,
        "Miljö",
        "Kartbild i beslut om strandskyddsdispens. Önskar att en karta med tomtplatsavgränsning kan infogas automatiskt i beslutsmallen för strandskyddsdispens.",
    ),
    Wish(
        6143,
        "Miljö",
        "Förorenade områden i fastighetsvyn. Vi vill kunna se om en fastighet finns i Länsstyrelsens EBH-register direkt i fastighetsvyn i Castor.",
    ),
    Wish(
        6144,
        "Miljö",
        "Checklista för lantbrukstillsyn. Önskar en checklista för lantbruk (gödsel, växtskydd, cisterner) som kan fyllas i vid besöket och bli inspektionsprotokoll.",
    ),
    Wish(
        6145,
        "Miljö",
        "Automatiskt kvittensbrev vid kompostanmälan. När en anmälan om kompostering av matavfall kommer in via e-tjänsten vill vi att ett bekräftelsebrev skickas automatiskt och att ärendet avslutas.",
    ),
    Wish(
        6146,
        "Miljö",
        "Sök verksamheter på fastighet. Det borde gå att söka fram alla verksamheter och anläggningar som finns på en viss fastighetsbeteckning.",
    ),
    Wish(
        6147,
        "Miljö",
        "Samlad vy per verksamhetsutövare. Önskar en vy där man ser alla anläggningar som en organisation (org.nr) driver, med avgifter och senaste kontroll.",
    ),
    Wish(
        6148,
        "Miljö",
        "Koppla uppföljande kontroll till tidigare inspektion. Vi vill att en uppföljande kontroll kan kopplas till den inspektion där bristen hittades, så att man ser vilka brister som är åtgärdade.",
    ),
    Wish(
        6149,
        "Miljö",
        "Brister som egna poster. Önskar att varje avvikelse i en inspektion registreras som en egen post med status (öppen/åtgärdad) så att man kan följa upp dem.",
    ),
    Wish(
        6150,
        "Miljö",
        "Delegationslista till nämnden. Vi vill kunna ta fram en lista över alla delegationsbeslut inom miljöbalken och livsmedel för en period, för anmälan till nämnden.",
    ),
    Wish(
        6151,
        "Miljö",
        "SMS inför inspektion. Önskar att vi kan skicka sms till verksamhetens kontaktperson några dagar innan ett aviserat besök.",
    ),
    Wish(
        6152,
        "Miljö",
        "Ny timavgift med giltighetsdatum. Det borde gå att lägga in den nya timavgiften med giltighetsdatum så att rätt belopp används automatiskt efter 1 januari.",
    ),
    Wish(
        6153,
        "Miljö",
        "Avgiftsklass utifrån verksamhetskod. Vi vill att verksamhetskoden automatiskt föreslår avgiftsklass och årlig tillsynstid enligt taxebilagan.",
    ),
    Wish(
        6154,
        "Miljö",
        "Ändringsanmälan livsmedel till befintlig anläggning. Önskar att en anmälan om ändring av livsmedelsverksamhet från e-tjänsten kopplas till befintlig anläggning i stället för att skapa en ny.",
    ),
    Wish(
        6155,
        "Miljö",
        "Analysresultat från provtagningsprojekt. Vi vill kunna registrera analysresultat från provtagningsprojekt för livsmedel (t.ex. listeria) kopplat till projektet och ta fram en sammanställning per projekt.",
    ),
    Wish(
        6156,
        "Miljö",
        "Tillsynsprojekt som samlar ärenden. Det borde gå att samla alla ärenden i ett tillsynsprojekt (t.ex. en kontrollkampanj) under ett projekt så att man kan följa status.",
    ),
    Wish(
        6157,
        "Miljö",
        "Fastighetsägare som part i avloppsärenden. Önskar att fastighetsägaren läggs in som part automatiskt från fastighetsregistret när ett avloppsärende skapas på en fastighet.",
    ),
    Wish(
        6158,
        "Miljö",
        "Massbeslut om utsläppsförbud. Vi vill kunna skapa förbudsbeslut för flera avlopp samtidigt efter inventeringen, med samma mall och olika fastigheter.",
    ),
    Wish(
        6159,
        "Miljö",
        "Inspektioner i Outlook-kalendern. Önskar att bokade inspektioner i Castor syns i inspektörens Outlook-kalender.",
    ),
    # ------------------------------------------------------------- Kart & mät
    Wish(
        6300,
        "Kart & mät",
        "Beställning av nybyggnadskarta via e-tjänst. Vi vill att en beställning av nybyggnadskarta från e-tjänsten skapar ett ärende i Castor med fastighet och beställare ifyllda.",
    ),
    Wish(
        6301,
        "Kart & mät",
        "Koppla nybyggnadskartan till bygglovsärendet. Önskar att NBK-ärendet automatiskt länkas till bygglovsärendet på samma fastighet så att bygglovshandläggaren ser när kartan är klar.",
    ),
    Wish(
        6302,
        "Kart & mät",
        "Avgift för nybyggnadskarta enligt taxan. Det borde gå att välja typ av nybyggnadskarta (enkel, normal, utökad) och få avgiften från PBL-taxan automatiskt.",
    ),
    Wish(
        6303,
        "Kart & mät",
        "Leverans av nybyggnadskarta som DWG och PDF. Vi vill kunna skicka den färdiga nybyggnadskartan till beställaren direkt från ärendet i både dwg- och pdf-format.",
    ),
    Wish(
        6304,
        "Kart & mät",
        "Giltighetstid på nybyggnadskarta. Önskar att det syns i ärendet när en nybyggnadskarta är för gammal och behöver uppdateras innan den används i bygglov.",
    ),
    Wish(
        6305,
        "Kart & mät",
        "Beställning av utstakning. Vi vill att byggherren kan beställa utstakning via e-tjänst och att ärendet kopplas till bygglovet.",
    ),
    Wish(
        6306,
        "Kart & mät",
        "Bevakning för lägeskontroll. Det borde skapas en bevakning på mätningsingenjören när startbesked getts för ett bygglov där lägeskontroll krävs.",
    ),
    Wish(
        6307,
        "Kart & mät",
        "Resultat från lägeskontroll i bygglovsärendet. Önskar att protokollet från lägeskontrollen hamnar som handling i bygglovsärendet så bygglovshandläggaren inte behöver leta.",
    ),
    Wish(
        6308,
        "Kart & mät",
        "Import av mätdata. Vi vill kunna läsa in mätfiler från totalstation och GNSS direkt i ärendet och se punkterna på kartan.",
    ),
    Wish(
        6309,
        "Kart & mät",
        "Mätärenden med status på kartan. Önskar ett kartlager som visar alla pågående mätärenden med färg efter status (beställd, mätt, levererad).",
    ),
    Wish(
        6310,
        "Kart & mät",
        "Lokal projektionszon. Det borde gå att ställa in kommunens lokala projektionszon i SWEREF 99 (t.ex. SWEREF 99 15 00) för all kartvisning och export.",
    ),
    Wish(
        6311,
        "Kart & mät",
        "Utskrift av karta i skala. Vi vill kunna skriva ut ett kartutsnitt i valfri skala (1:400, 1:1000) i A4 och A3 med norrpil och skalstock.",
    ),
    Wish(
        6312,
        "Kart & mät",
        "Egna WMS-lager. Önskar att vi kan lägga till egna WMS-lager, t.ex. Lantmäteriets ortofoto och topografiska webbkarta, i Castors karta.",
    ),
    Wish(
        6313,
        "Kart & mät",
        "Primärkartan ska uppdateras automatiskt. Vi vill att ändringar i primärkartan från vårt GIS-system slår igenom i Castors karta utan manuell inläsning.",
    ),
    Wish(
        6314,
        "Kart & mät",
        "Baskarta för hela kommunen. Det borde finnas en enklare baskarta för områden utanför primärkartan så att kartan inte blir tom på landsbygden.",
    ),
    Wish(
        6315,
        "Kart & mät",
        "Fastighetsförteckning till nybyggnadskarta. Önskar att fastighetsförteckning med fastighetsägare och rättigheter kan hämtas automatiskt från Lantmäteriet och bifogas nybyggnadskartan.",
    ),
    Wish(
        6316,
        "Kart & mät",
        "Fastigheter och ägare inom radie. Vi vill kunna markera ett område på kartan och få ut en lista på fastigheter och ägare inom t.ex. 100 meter.",
    ),
    Wish(
        6317,
        "Kart & mät",
        "Mall för adressbeslut. Det borde finnas en mall för beslut om belägenhetsadress som fylls i med gatunamn, nummer och fastighet.",
    ),
    Wish(
        6318,
        "Kart & mät",
        "Adresser till Lantmäteriets adressregister. Önskar att nya och ändrade adresser skickas direkt till belägenhetsadressregistret utan att vi behöver mata in dem i Lantmäteriets tjänst.",
    ),
    Wish(
        6319,
        "Kart & mät",
        "Utskick till boende vid adressändring. Vi vill kunna skicka brev till alla boende och fastighetsägare som berörs när en adress eller ett gatunamn ändras.",
    ),
    Wish(
        6320,
        "Kart & mät",
        "Adresspunkt i kartan. Önskar att man kan placera ut adresspunkt och entré direkt i kartan när en ny adress beslutas.",
    ),
    Wish(
        6321,
        "Kart & mät",
        "Lägenhetsnummer. Det borde gå att hantera lägenhetsnummer kopplat till adressen i samma ärende som adressättningen.",
    ),
    Wish(
        6322,
        "Kart & mät",
        "Detaljplaner som lager i kartan. Vi vill se gällande detaljplaner med plangräns och användningsgränser som lager och kunna klicka fram planbeskrivningen.",
    ),
    Wish(
        6323,
        "Kart & mät",
        "Stompunkter i kartan. Önskar att kommunens stompunkter (polygonpunkter, fixar) syns som lager med koordinater och höjd.",
    ),
    Wish(
        6324,
        "Kart & mät",
        "Rita i kartan och spara som handling. Vi vill kunna rita en skiss i kartan (linjer, ytor, text) och spara den som bilaga i ärendet.",
    ),
    Wish(
        6325,
        "Kart & mät",
        "Mätverktyg i kartan. Det borde finnas ett verktyg för att mäta avstånd och area direkt i Castors kartvy.",
    ),
    Wish(
        6326,
        "Kart & mät",
        "Tid per mätuppdrag. Önskar att mätpatrullen kan registrera tid och fordonskostnad per mätuppdrag så att vi kan fakturera enligt timtaxan.",
    ),
    Wish(
        6327,
        "Kart & mät",
        "Fakturaunderlag för kart- och mättjänster. Vi vill att avgifter för nybyggnadskarta, utstakning och lägeskontroll samlas i ett fakturaunderlag som exporteras till ekonomisystemet.",
    ),
    Wish(
        6328,
        "Kart & mät",
        "Statistik över nybyggnadskartor. Det borde gå att ta ut statistik över levererade nybyggnadskartor per månad och handläggningstid från beställning till leverans.",
    ),
    Wish(
        6329,
        "Kart & mät",
        "Ortofoto med tidsreglage. Önskar att man kan välja mellan olika årgångar av flygbilder i kartan för att se hur en fastighet har förändrats.",
    ),
    Wish(
        6330,
        "Kart & mät",
        "Import av DXF som lager. Vi vill kunna läsa in en DXF-fil från en konsult (t.ex. situationsplan) och visa den som tillfälligt lager över kartan.",
    ),
    Wish(
        6331,
        "Kart & mät",
        "Sökfält i kartan. Önskar ett sökfält i kartan där man kan skriva adress, fastighetsbeteckning eller koordinat och zooma dit.",
    ),
    Wish(
        6332,
        "Kart & mät",
        "Ärendets position från kartan. Det borde gå att hämta ärendets position genom att klicka i kartan i stället för att skriva in koordinater för hand.",
    ),
    Wish(
        6333,
        "Kart & mät",
        "VA-ledningar som kartlager. Vi vill kunna visa VA-ledningar från VA-huvudmannens GIS i Castors karta när vi gör nybyggnadskartor.",
    ),
    Wish(
        6334,
        "Kart & mät",
        "Höjdkurvor och höjdmodell. Önskar att vi kan visa höjdkurvor från Lantmäteriets markhöjdmodell i kartan och få ut höjden för en klickad punkt.",
    ),
    Wish(
        6335,
        "Kart & mät",
        "Behörighet till kartlager. Det borde gå att styra vilka användare som får se vissa kartlager, t.ex. skyddsobjekt och ledningar.",
    ),
    Wish(
        6336,
        "Kart & mät",
        "Avvikelse mot situationsplan vid lägeskontroll. Vi vill att avvikelsen mellan inmätt läge och godkänd situationsplan räknas ut och visas i protokollet.",
    ),
    Wish(
        6337,
        "Kart & mät",
        "Nattlig uppdatering av fastighetsindelningen. Önskar att fastighetsgränser och fastighetsbeteckningar uppdateras varje natt från Lantmäteriets Direktåtkomst så att nybildade fastigheter syns.",
    ),
    Wish(
        6338,
        "Kart & mät",
        "Förslag på gatunamn till namnberedningen. Vi vill kunna samla förslag på nya gatunamn i ett ärende och ta fram en lista för namnberedningen.",
    ),
    Wish(
        6339,
        "Kart & mät",
        "Påminnelse om lägeskontroll till byggherren. Önskar att vi kan skicka en påminnelse till byggherren om att beställa lägeskontroll när det gått 3 månader efter startbesked och ingen beställning kommit in.",
    ),
]

QUERIES: list[Query] = [
    # ------------------------------------------------------------------ Miljö duplicates
    Query(
        "Påminnelse när tiden i ett föreläggande har gått ut. Castor borde själv lägga upp en uppföljning åt inspektören när sista dag för åtgärd passerat, så vi inte missar att kontrollera.",
        6100,
        "synonyms",
    ),
    Query(
        "Bevakning på förelägganden. Vi har haft flera fall där fristen i ett föreläggande gått ut utan att någon följt upp, eftersom bevakningen läggs manuellt och glöms bort. Vi önskar att Castor automatiskt lägger en bevakning på ansvarig handläggare dagen efter att tidsfristen löpt ut.",
        6100,
        "more_detail",
    ),
    Query(
        "Fält för datum för delgivning i beslut om föreläggande, så att vi vet när tidsfristen börjar räknas.",
        6101,
        "compound",
    ),
    Query(
        "Kunna registrera delgivingskvitto på förelägganden. Ett fält för delgivningsdatum i beslutet så vi ser nar fristen börjar.",
        6101,
        "typos",
    ),
    Query(
        "Idag fakturerar vi årsavgifterna ett ärende i taget. Det borde gå att köra faktureringen av fast årlig avgift för hela verksamhetsregistret på en gång.",
        6102,
        "word_order",
    ),
    Query("Fakturera alla årsavgifter i en körning", 6102, "less_detail"),
    Query(
        "Tid i EOK-ärenden direkt till fakt.underlag. Nedlagd tid vid extra off. kontroll enl. livsm.lagst. ska föras över utan handpåläggning.",
        6103,
        "abbreviation",
    ),
    Query(
        "Debitera registrerade timmar vid extra kontroll av livsmedel. Timmarna som lagts på ärendet borde automatiskt hamna på underlaget till fakturan för den extra offentliga kontrollen.",
        6103,
        "synonyms",
    ),
    Query(
        "Klassning av risk för anläggningar för livsmedel direkt i systemet enligt Livsmedelsverkets modell, med automatisk uträkning av tid för kontroll och avgift.",
        6104,
        "compound",
    ),
    Query(
        "Riskklasning av livsmedelsanlägningar i Castor så kontrolltid och avgift räknas ut automatiskt.",
        6104,
        "typos",
    ),
    Query(
        "Export till SLV för årsrapp. Färdig export av kontrollstatistiken i SLV:s format.",
        6105,
        "abbreviation",
    ),
    Query("Årsrapport till Livsmedelsverket direkt ur Castor", 6105, "less_detail"),
    Query(
        "Planering av årets livsmedelskontroller. Varje januari sitter vi med Excel och räknar fram vilka anläggningar som ska besökas utifrån kontrollfrekvens och datum för senaste kontroll. Det borde gå att få fram den listan direkt i Castor.",
        6106,
        "more_detail",
    ),
    Query(
        "Utifrån kontrollfrekvens och senaste kontroll borde Castor kunna ta fram en lista över de livsmedelsanläggningar som ska kontrolleras under året.",
        6106,
        "word_order",
    ),
    Query(
        "Template for food inspection report with pre-filled kontrollområden (spårbarhet, märkning, temperatur etc.) that you can tick off.",
        6107,
        "english",
    ),
    Query(
        "Mall för rapport från inspektion av livsmedel där områdena för kontroll redan finns med och kan kryssas i.",
        6107,
        "compound",
    ),
    Query(
        "Skicka inspektionsraport med epost direkt från ärendet. Nu måste vi spara ner den och bifoga i outlook.",
        6108,
        "typos",
    ),
    Query("Skicka inspektionsrapporten via e-post från Castor", 6108, "less_detail"),
    Query(
        "Offline mode for inspections on iPad – inspektörerna ska kunna fylla i kontrollrapporten i fält utan uppkoppling och synka sen.",
        6109,
        "english",
    ),
    Query(
        "Inspektion utan täckning. Vi har många lantbruk och anläggningar på landsbygden där det saknas mobiltäckning, så surfplattan tappar kontakten med Castor mitt i kontrollen. Vi behöver kunna fylla i rapporten offline och synka när vi är tillbaka på kontoret.",
        6109,
        "more_detail",
    ),
    Query(
        "Ladda upp bilder från telefonen under tillsynen. Fotona man tar på plats borde hamna direkt som dokument i det aktuella ärendet.",
        6110,
        "synonyms",
    ),
    Query(
        "Under tillsynsbesöket tar vi bilder med mobilen. De borde kunna kopplas direkt till rätt ärende som handlingar.",
        6110,
        "word_order",
    ),
    Query(
        "Reg. av livsm.anläggning via e-tj. ska skapa anl. i verks.registret autom.",
        6111,
        "abbreviation",
    ),
    Query(
        "Registrering av livsmedelsanläggning. Vi får in ungefär 150 registreringar om året via e-tjänsten och varje gång måste registratorn skriva in namn, org.nr, adress och verksamhetstyp igen i verksamhetsregistret. Önskar att anläggningen skapas automatiskt från e-tjänstens uppgifter.",
        6111,
        "more_detail",
    ),
    Query(
        "Byte av verksamhetsutövare på en livsmedelsverksamhet. Man borde kunna föra över objektet till den nya ägaren med nytt org.nr utan att tidigare kontroller försvinner.",
        6112,
        "synonyms",
    ),
    Query(
        "Agarbyte på livsmedelsanläggning – flytta till ny verksamhetsutövare och behålla historiken av kontroler.",
        6112,
        "typos",
    ),
    Query(
        "Avregistrerad verksamhet ska inte få avgift för året. När anläggningen avregistreras borde den automatiskt plockas bort från faktureringen för kommande år.",
        6113,
        "compound",
    ),
    Query(
        "Den årliga avgiften ska upphöra automatiskt när en anläggning avregistreras, så att den inte kommer med i nästa års fakturering.",
        6113,
        "word_order",
    ),
    Query(
        "E-tj. för anmälan om VP (berg/ytjord) som blir ärende i Castor m. koordinater för borrhålet.",
        6114,
        "abbreviation",
    ),
    Query("Digital anmälan av värmepump", 6114, "less_detail"),
    Query(
        "Kartlager med brunnar för energi. Vi vill se alla anmälda bergvärmebrunnar på kartan för att kunna kontrollera avståndet till grannarnas brunnar och avlopp.",
        6115,
        "compound",
    ),
    Query(
        "Påminelse om köldmedierapport. Vi vill kunna göra ett massutskick till alla verksamheter med agregat över gränsvärdet som inte lämnat in årsrapporten senast 31 mars.",
        6116,
        "typos",
    ),
    Query("Påminnelse till de som inte lämnat köldmedierapport", 6116, "less_detail"),
    Query(
        "Register för aggregat med köldmedium per verksamhet, med typ av köldmedium, mängd av fyllning i kg och ekvivalenter av CO2.",
        6117,
        "compound",
    ),
    Query(
        "Räkna fram datum för nästa läcksökning på kylanläggningar. Castor borde räkna ut intervallet utifrån koldioxidekvivalenterna och lägga in en påminnelse.",
        6118,
        "synonyms",
    ),
    Query(
        "Utifrån CO2-ekvivalenter borde systemet kunna räkna ut när nästa läckagekontroll av köldmedieaggregat ska göras och lägga en bevakning på det.",
        6118,
        "word_order",
    ),
    Query(
        "Avloppsreg. m. status: typ av anl., inst.år, bedömning (godk./anm./förbud).",
        6119,
        "abbreviation",
    ),
    Query(
        "Avloppsregister. Vi har ca 4 000 enskilda avlopp i kommunen och idag håller vi koll på deras status i en separat Excelfil. Vi vill ha ett register i Castor där varje anläggning har typ, installationsår och vår bedömning (godkänd, anmärkning eller utsläppsförbud).",
        6119,
        "more_detail",
    ),
    Query(
        "Skicka brev till alla markägare i ett område som ska inventeras för avlopp. Adresserna borde hämtas från fastighetsregistret så vi slipper ta fram dem själva.",
        6120,
        "synonyms",
    ),
    Query(
        "Bulk letter to all property owners in an avloppsinventering area, with addresses from fastighetsregistret.",
        6120,
        "english",
    ),
    Query(
        "Mall för beslut om avloppstillstånd där vanliga standardvillkor kan väljas från en lista.",
        6121,
        "compound",
    ),
    Query(
        "Beslutmall för tillstånd till enskilt avlopp där standarvillkoren kan väljas från lista.",
        6121,
        "typos",
    ),
    Query("Bevakning på entreprenörens intyg efter anlagt avlopp", 6122, "less_detail"),
    Query(
        "After an avlopp has been installed we want a bevakning that the contractor's certificate and documentation are submitted.",
        6122,
        "english",
    ),
    Query("Import av slamtömningsuppg. från VA/renhålln. till avloppsreg.", 6123, "abbreviation"),
    Query(
        "En ansökan om förlängt tömningsintervall för slamavskiljare borde kunna göras via e-tjänst och skapa ett ärende direkt.",
        6124,
        "word_order",
    ),
    Query(
        "E-tjänst för dispens från slamtömnig (förlängt tömningsintervall) som skapar ärende direkt i castor.",
        6124,
        "typos",
    ),
    Query("Klagomål på webben ska bli ärende automatiskt", 6125, "less_detail"),
    Query(
        "Medborgare ska kunna anmäla störningar digitalt. Tipset om t.ex. oväsen eller dålig lukt borde bli ett ärende av sig självt med anmälaren registrerad som part.",
        6125,
        "synonyms",
    ),
    Query(
        "Dölja klagandes namn. Det har hänt att en verksamhetsutövare fått reda på vilken granne som klagat, eftersom namnet följde med i kommuniceringen. Vi vill kunna markera klaganden så att namnet inte kommer med i utskick eller kommunicering till verksamhetsutövaren.",
        6126,
        "more_detail",
    ),
    Query(
        "Så att namnet inte följer med i utskick eller kommunicering till verksamhetsutövaren vill vi kunna markera klaganden i klagomålsärenden.",
        6126,
        "word_order",
    ),
    Query(
        "Statistik över ärenden om klagomål per år och typ av klagomål (buller, lukt, fukt, mögel, djur) till verksamhetsberättelsen.",
        6127,
        "compound",
    ),
    Query(
        "Registera radonhalter från mätningar i skolor och flerbostadshus kopplat till fastigeten.",
        6128,
        "typos",
    ),
    Query(
        "Labbsvar för badvatten direkt in i Castor. Analysresultaten från simhallarna borde importeras till tillsynsärendet automatiskt i stället för att vi knappar in dem.",
        6129,
        "synonyms",
    ),
    Query(
        "Provsvar för vatten i bassängbad från labbet ska läsas in automatiskt i ärendet för tillsyn.",
        6129,
        "compound",
    ),
    Query(
        "Dricksvattenkontroll. Vi har ett 40-tal små vattenverk (campingar, skolor, samfällighetsföreningar) med olika provtagningsfrekvens. Vi vill lägga in provtagningsplanen för varje anläggning i Castor och få en bevakning när det är dags för prov.",
        6130,
        "more_detail",
    ),
    Query("Provtagn.plan för små dricksv.anl. + bevakn. när prov ska tas.", 6130, "abbreviation"),
    Query(
        "MSA – Castor borde föreslå beloppet utifrån vald överträdelse enl. förordningen (2012:259).",
        6131,
        "abbreviation",
    ),
    Query("Automatiskt förslag på miljösanktionsavgift", 6131, "less_detail"),
    Query(
        "See in the register which B-verksamheter have submitted their miljörapport in SMP and which ones are missing.",
        6132,
        "english",
    ),
    Query(
        "Ange verks.kod enl. MPF (t.ex. 39.10) på verksamheten och kunna söka ut alla med samma kod.",
        6133,
        "abbreviation",
    ),
    Query(
        "Alla verksamheter med samma verksamhetskod, t.ex. 39.10, borde gå att söka ut. Då måste koden enligt miljöprövningsförordningen kunna anges på varje verksamhet.",
        6133,
        "word_order",
    ),
    Query(
        "Cisternregister kopplat till fastigheten, med volym, placering och datum för senaste revisionsbesiktning.",
        6134,
        "compound",
    ),
    Query(
        "Register över cistener med volym, placering och datum för senaste revisionsbesiktnig.",
        6134,
        "typos",
    ),
    Query(
        "Data for the behovsutredning: number of supervision objects per industry and estimated tillsynstid.",
        6135,
        "english",
    ),
    Query("Underlag till behovsutredningen ur Castor", 6135, "less_detail"),
    Query(
        "Översikt över kommande besök per handläggare. Vi vill se hur många inspektioner varje kollega har inbokade de närmaste tre månaderna så att vi kan jämna ut arbetsbelastningen.",
        6136,
        "synonyms",
    ),
    Query(
        "Lista over planerad tillsyn per inspektör så att vi kan fördela arbetet. Se vilka tillsynsbesök var och en har under kvartalet.",
        6136,
        "typos",
    ),
    Query(
        "Inspektionsrapporten ska kunna skickas för kommunicering enligt 25 § förvaltningslagen, med svarstid och automatisk registrering av svaret i ärendet.",
        6137,
        "abbreviation",
    ),
    Query(
        "Kommunicering av inspektionsrapporter. Idag skickar vi rapporten, skriver svarstid i följebrevet och lägger en manuell bevakning, och när svaret kommer måste registratorn koppla det rätt. Vi önskar en funktion där rapporten skickas för kommunicering med svarstid och där svaret registreras automatiskt i ärendet.",
        6137,
        "more_detail",
    ),
    Query(
        "Välja om tiden ska faktureras eller inte. På varje tidrad borde man kunna bocka i om den ska tas betalt för, t.ex. när ett klagomål övergår i tillsyn.",
        6138,
        "synonyms",
    ),
    Query(
        "Rapportera tid från mobilen direkt efter besöket – tid för resa, tid för kontroll och arbete efteråt.",
        6139,
        "compound",
    ),
    Query("Tidrapport i mobilappen", 6139, "less_detail"),
    Query(
        "E-tj. för anmälan om stickande/skärande verks. (tatuering, fotvård m.m.) som skapar ärende + verksamhet i reg.",
        6140,
        "abbreviation",
    ),
    Query(
        "Ärende och verksamhet i registret borde skapas automatiskt när någon anmäler tatuering, fotvård eller annan stickande/skärande verksamhet via en e-tjänst.",
        6140,
        "word_order",
    ),
    Query(
        "Lista på skolor och förskolor. Nämnden har bett om en redovisning av hur länge sedan vi inspekterade varje skola. Det borde gå att ta fram en lista på alla förskolor och skolor i registret med datum för senaste inspektion utan att gå igenom varje objekt.",
        6141,
        "more_detail",
    ),
    Query(
        "Insert a map with tomtplatsavgränsning automatically in the decision template for strandskyddsdispens.",
        6142,
        "english",
    ),
    Query(
        "Kartbild med tomtplatsavgrändsning i beslutet om strandskydsdispens automatiskt.",
        6142,
        "typos",
    ),
    Query(
        "Visa om marken kan vara förorenad. I fastighetsbilden borde det framgå om fastigheten finns med i länsstyrelsens databas över potentiellt förorenade områden.",
        6143,
        "synonyms",
    ),
    Query(
        "Checklist for farm inspections (manure, pesticides, tanks) to fill in on site that becomes the inspektionsprotokoll.",
        6144,
        "english",
    ),
    Query(
        "Lista för kontroll vid tillsyn av lantbruk (gödsel, växtskydd, cisterner) som fylls i på plats och blir protokoll för inspektionen.",
        6144,
        "compound",
    ),
    Query(
        "Ett bekräftelsebrev borde skickas ut automatiskt och ärendet avslutas när en anmälan om kompostering av matavfall kommer in via e-tjänsten.",
        6145,
        "word_order",
    ),
    Query(
        "Automatsikt kvittensbrev vid kompostanmälan via e-tjänsten och att ärendet avslutas direkt.",
        6145,
        "typos",
    ),
    Query("Sök verksamheter per fastighetsbeteckning", 6146, "less_detail"),
    Query(
        "Sökning på beteckning för fastighet som visar alla verksamheter och anläggningar på fastigheten.",
        6146,
        "compound",
    ),
    Query("Vy: alla anl. per org.nr m. avg. och senaste kontroll.", 6147, "abbreviation"),
    Query(
        "Överblick per företag. Vi har en restaurangkedja med sju anläggningar i kommunen och när de ringer om fakturorna måste vi söka fram varje anläggning för sig. Vi önskar en vy där man ser alla anläggningar som ett organisationsnummer driver, med avgifter och senaste kontroll.",
        6147,
        "more_detail",
    ),
    Query(
        "Länka återbesöket till det första besöket. När vi gör en uppföljning vill vi knyta den till kontrollen där avvikelsen upptäcktes så det framgår vad som rättats till.",
        6148,
        "synonyms",
    ),
    Query(
        "Så att man ser vilka brister som är åtgärdade vill vi kunna koppla den uppföljande kontrollen till inspektionen där bristen hittades.",
        6148,
        "word_order",
    ),
    Query(
        "Each deviation (avvikelse) found at an inspection as its own record with status open/fixed, so that we can follow them up.",
        6149,
        "english",
    ),
    Query("Avvikelser som egna poster med status", 6149, "less_detail"),
    Query(
        "Lista över deleg.beslut MB och LIV för en period för anmälan till MHN.",
        6150,
        "abbreviation",
    ),
    Query(
        "Lista över alla delegationsbelsut inom miljöbalken och livsmedel för en period, att anmäla till nämden.",
        6150,
        "typos",
    ),
    Query(
        "Textmeddelande till kontaktpersonen inför kontrollbesök. Ett par dagar före ett aviserat besök borde verksamheten få ett sms som påminnelse.",
        6151,
        "synonyms",
    ),
    Query(
        "Byte av timavgift vid årsskifte. Fullmäktige beslutar ny taxa i november och idag måste vi byta beloppet manuellt exakt vid årsskiftet, annars blir fakturor fel. Det borde gå att lägga in nya timavgiften med giltighetsdatum i förväg så att rätt belopp används automatiskt från 1 januari.",
        6152,
        "more_detail",
    ),
    Query(
        "Lägga in ny avgift per timme med datum för giltighet, så att rätt belopp används automatiskt från 1 januari.",
        6152,
        "compound",
    ),
    Query(
        "Enligt taxebilagan ska avgiftsklass och årlig tillsynstid föreslås automatiskt utifrån verksamhetskoden.",
        6153,
        "word_order",
    ),
    Query(
        "When a change notification for a food business comes in via e-tjänst, link it to the existing anläggning instead of creating a new one.",
        6154,
        "english",
    ),
    Query(
        "Ändringsanmälan från e-tjänsten ska kopplas till befintlig anlaggning istället för att skapa en ny. Gäller ändring av livsmedelsverksamhet.",
        6154,
        "typos",
    ),
    Query(
        "Provtagningsprojekt livsmedel. Vi deltar varje år i regionala projekt där vi tar prover på t.ex. listeria i kallrökt fisk, och resultaten hamnar idag i Word-dokument. Vi vill kunna registrera analysresultaten i Castor kopplat till projektet och ta fram en sammanställning per projekt.",
        6155,
        "more_detail",
    ),
    Query(
        "Registrera resultat från analyser i projekt för provtagning av livsmedel och få en sammanställning för varje projekt.",
        6155,
        "compound",
    ),
    Query(
        "Gruppera ärenden under en gemensam kampanj. Vi vill kunna knyta ihop alla tillsynsärenden i t.ex. ett nationellt kontrollprojekt så att vi ser hur långt vi har kommit.",
        6156,
        "synonyms",
    ),
    Query("Tillsynsprojekt som samlar flera ärenden", 6156, "less_detail"),
    Query(
        "Fastighetsägare som part autom. från fastighetsreg. när avloppsärende skapas på en fastighet.",
        6157,
        "abbreviation",
    ),
    Query(
        "När ett avloppsärende skapas på en fastighet borde Castor hämta fastighetsägaren från fastighetsregistret och lägga in hen som part.",
        6157,
        "word_order",
    ),
    Query(
        "Mass decisions – create utsläppsförbud for several avlopp at once after the inventering, same template but different properties.",
        6158,
        "english",
    ),
    Query(
        "Massbeslut om utsläppsförbud. Efter förra årets inventering skulle vi fatta drygt 200 förbudsbeslut som var i princip identiska, och varje beslut fick skapas ett och ett. Vi vill kunna skapa förbudsbeslut för många avlopp samtidigt med samma mall.",
        6158,
        "more_detail",
    ),
    Query("Inspektioner i Outlook-kalendern", 6159, "less_detail"),
    # ------------------------------------------------------------- Kart & mät duplicates
    Query(
        "Beställning av NBK via e-tj. ska skapa ärende i Castor m. fastighet och beställare ifyllda.",
        6300,
        "abbreviation",
    ),
    Query(
        "Beställning av nybyggnadskarta i e-tjänsten ska skapa ett ärende i castor med fastighet och beställare ifylda.",
        6300,
        "typos",
    ),
    Query(
        "Koppling mellan kartärendet och lovärendet. När nybyggnadskartan är färdig vill bygglovshandläggaren se det direkt i sitt ärende på samma fastighet.",
        6301,
        "synonyms",
    ),
    Query(
        "NBK-ärende ska länkas autom. till BL-ärendet på samma fastighet så bygglovshandl. ser när kartan är klar.",
        6301,
        "abbreviation",
    ),
    Query(
        "Avgift för nybyggnadskarta. Vi har tre typer av nybyggnadskartor i taxan och det blir ofta fel när handläggaren räknar ut beloppet själv. Det borde gå att välja typ (enkel, normal, utökad) och få avgiften enligt PBL-taxan automatiskt.",
        6302,
        "more_detail",
    ),
    Query(
        "Nybyggnadskartavgiften ska beräknas automatiskt utifrån vald karttyp (enkel, normal, utökad) enligt taxan för PBL.",
        6302,
        "compound",
    ),
    Query(
        "Send the finished nybyggnadskarta to the customer directly from the case, both as DWG and PDF.",
        6303,
        "english",
    ),
    Query(
        "Både i dwg- och pdf-format vill vi kunna skicka den färdiga nybyggnadskartan direkt från ärendet till beställaren.",
        6303,
        "word_order",
    ),
    Query("Varning när nybyggnadskartan är för gammal", 6304, "less_detail"),
    Query(
        "Markera inaktuella grundkartor. Det borde framgå när en nybyggnadskarta har passerat sin giltighet och måste uppdateras innan den används till lovet.",
        6304,
        "synonyms",
    ),
    Query(
        "Byggherren ska kunna beställa utstakning via e-tjänst och arendet ska kopplas till bygglovet.",
        6305,
        "typos",
    ),
    Query(
        "Let the builder order utstakning (setting out) through an e-service and connect the case to the building permit.",
        6305,
        "english",
    ),
    Query(
        "Bevakning för lägeskontroll. Vi missar ibland lägeskontroller eftersom mätavdelningen inte får veta när bygglovsenheten har gett startbesked. Det borde skapas en bevakning på mätningsingenjören när startbesked getts för ett bygglov där lägeskontroll krävs.",
        6306,
        "more_detail",
    ),
    Query(
        "När startbesked getts för ett bygglov där lägeskontroll krävs borde en bevakning skapas på mätningsingenjören.",
        6306,
        "word_order",
    ),
    Query(
        "Lägeskontrollens mätprotokoll ska dyka upp i lovärendet. Då behöver bygglovshandläggaren inte fråga mätenheten om resultatet.",
        6307,
        "synonyms",
    ),
    Query(
        "The lägeskontroll protocol should end up as a document in the bygglov case automatically.",
        6307,
        "english",
    ),
    Query(
        "Läsa in filer från mätningen (totalstation och GNSS) direkt i ärendet och visa mätpunkterna på kartan.",
        6308,
        "compound",
    ),
    Query("Importera mätfiler från GNSS/totalstation", 6308, "less_detail"),
    Query(
        "Kartlager som visar alla pågående mätärenden med färg efter staus (beställd, mätt, levererad).",
        6309,
        "typos",
    ),
    Query(
        "Inställning av lokal proj.zon (SWEREF 99 15 00) för all kartvisn. och export.",
        6310,
        "abbreviation",
    ),
    Query(
        "Med norrpil och skalstock i A4 och A3 vill vi kunna skriva ut ett kartutsnitt i valfri skala, t.ex. 1:400 eller 1:1000.",
        6311,
        "word_order",
    ),
    Query(
        "Utskrift av ett utsnitt av kartan i en skala man väljer själv, med pil mot norr och skalstock, i A4 och A3.",
        6311,
        "compound",
    ),
    Query(
        "Skalenlig utskrift av karta. Vi behöver ofta skriva ut en karta i exakt 1:400 till fältbesök och som bilaga, men idag blir skalan fel när man skriver ut från webbläsaren. Önskar att man kan skriva ut ett kartutsnitt i valfri skala i A4 och A3 med norrpil och skalstock.",
        6311,
        "more_detail",
    ),
    Query(
        "Möjlighet att lägga till egna WMS-lagger, t.ex. Lantmäteriets ortofoto och topografiska webkarta, i Castors karta.",
        6312,
        "typos",
    ),
    Query(
        "Castors karta ska synka med vårt GIS. Förändringar i kommunens primärkarta borde synas automatiskt utan att vi läser in nya filer.",
        6313,
        "synonyms",
    ),
    Query(
        "Primärkartan should be updated automatically from our GIS, no manual import.",
        6313,
        "english",
    ),
    Query("Baskarta där primärkarta saknas", 6314, "less_detail"),
    Query(
        "En enklare karta som bas för hela kommunen, så att kartan inte blir tom på landsbygden utanför området för primärkartan.",
        6314,
        "compound",
    ),
    Query(
        "Fastighetsförteckning till NBK hämtas autom. från LM och bifogas.", 6315, "abbreviation"
    ),
    Query(
        "Fastighetsförteckning. Till varje nybyggnadskarta gör vi idag en fastighetsförteckning genom att manuellt ta fram ägare och rättigheter i Lantmäteriets tjänster och klistra in. Önskar att förteckningen hämtas automatiskt och bifogas kartan.",
        6315,
        "more_detail",
    ),
    Query(
        "Select an area in the map and get a list of properties and owners within e.g. 100 m.",
        6316,
        "english",
    ),
    Query(
        "Ta fram berörda grannar genom att rita i kartan. Alla fastigheter och deras ägare inom ett visst avstånd, t.ex. hundra meter, borde kunna listas.",
        6316,
        "synonyms",
    ),
    Query(
        "Mall för belägenhetsadressbeslut, där gatunamn, nummer och fastighet fylls i.",
        6317,
        "compound",
    ),
    Query(
        "Mall för beslut om belägenhetsaddress som fylls i med gatunam, nummer och fastighet.",
        6317,
        "typos",
    ),
    Query(
        "Nya/ändrade adresser ska skickas direkt till BAR utan dubbelregistrering i LM:s tjänst.",
        6318,
        "abbreviation",
    ),
    Query(
        "Utan att vi ska behöva mata in dem i Lantmäteriets tjänst borde nya och ändrade adresser rapporteras direkt till belägenhetsadressregistret.",
        6318,
        "word_order",
    ),
    Query(
        "Informera de som bor på en gata som byter namn. Vi vill kunna skicka ut brev till alla hushåll och fastighetsägare som får ny adress.",
        6319,
        "synonyms",
    ),
    Query("Brev till berörda vid ändrad adress", 6319, "less_detail"),
    Query(
        "Place the address point and entrance directly in the map when a new address is decided.",
        6320,
        "english",
    ),
    Query(
        "När en ny adress beslutas vill vi kunna placera ut adresspunkten och entrén direkt i kartan.",
        6320,
        "word_order",
    ),
    Query(
        "Hantera lägenhetsnumer kopplat till adressen i samma ärende som adressätningen.",
        6321,
        "typos",
    ),
    Query(
        "Lägenhetsnummer i adressärendet. När ett nytt flerbostadshus får adress gör vi lägenhetsnumren i ett separat system och det blir lätt fel. Det borde gå att hantera lägenhetsnumren kopplat till adressen i samma ärende som adressättningen.",
        6321,
        "more_detail",
    ),
    Query(
        "Show current detaljplaner as a map layer with plangräns and be able to click to open the planbeskrivning.",
        6322,
        "english",
    ),
    Query(
        "Kommunens punkter i stomnätet (polygonpunkter och fixpunkter) som lager med koordinat och höjd.",
        6323,
        "compound",
    ),
    Query("Stompunkter som kartlager", 6323, "less_detail"),
    Query(
        "Rita i kartan och spara som handlig. Vi vill kunna rita en skiss i kartan (linjer, ytor, text) och spara den som bilga i ärendet.",
        6324,
        "typos",
    ),
    Query("Measuring tool for distance and area in the map view.", 6325, "english"),
    Query(
        "Registrera tid och kostnad för fordon per uppdrag för mätning, så vi kan fakturera enligt taxan per timme.",
        6326,
        "compound",
    ),
    Query(
        "Tid per mätuppdrag. Vår mätpatrull åker ofta flera mil till uppdragen och idag skrivs tid och bilkostnad på papper som sedan ska föras in. Önskar att de kan registrera tid och fordonskostnad per mätuppdrag i Castor så att vi kan fakturera enligt timtaxan.",
        6326,
        "more_detail",
    ),
    Query(
        "Avg. för NBK, utstakning och LK samlas i ett fakturaunderlag som exporteras till ekonomisyst.",
        6327,
        "abbreviation",
    ),
    Query(
        "Till ekonomisystemet vill vi exportera ett samlat fakturaunderlag med avgifterna för nybyggnadskarta, utstakning och lägeskontroll.",
        6327,
        "word_order",
    ),
    Query(
        "Statistics on number of delivered nybyggnadskartor per month and lead time from order to delivery.",
        6328,
        "english",
    ),
    Query(
        "Hur många grundkartor levererar vi? Vi vill få fram antal per månad och hur lång tid det tar från beställning tills kunden fått kartan.",
        6328,
        "synonyms",
    ),
    Query("Välja årgång på flygbilder i kartan", 6329, "less_detail"),
    Query(
        "Ortofoto med tidsreglage så man kan välja mellan olika årgångar av flygbider och se hur en fastighet förändrats.",
        6329,
        "typos",
    ),
    Query(
        "Import a DXF file from a consultant (e.g. situationsplan) and show it as a temporary layer on top of the map.",
        6330,
        "english",
    ),
    Query(
        "Sökning i kartan på adress, fastighetsbeteckning eller koordinat – ett fält för sökning som zoomar dit direkt.",
        6331,
        "compound",
    ),
    Query(
        "Zooma till rätt plats genom att skriva adress, fastighetsbeteckning eller koordinat i ett sökfält i kartan.",
        6331,
        "word_order",
    ),
    Query(
        "Peka ut ärendets läge på kartan. Det är krångligt att knappa in koordinater manuellt, det borde räcka att klicka på platsen.",
        6332,
        "synonyms",
    ),
    Query(
        "Position på ärendet. Många av våra ärenden ligger på platser utan adress, t.ex. i skog eller vid sjöar, och då får vi slå upp koordinater i en annan karttjänst och skriva in dem för hand. Det borde gå att hämta ärendets position genom att klicka i kartan.",
        6332,
        "more_detail",
    ),
    Query(
        "Visa VA-ledn. från VA-huvudmannens GIS i kartan vid framtagning av NBK.",
        6333,
        "abbreviation",
    ),
    Query(
        "Show water and sewer pipes (VA-ledningar) from the utility's GIS as a layer in Castor when we make nybyggnadskartor.",
        6333,
        "english",
    ),
    Query(
        "Visa höjdkruvor från Lantmäteriets markhöjdmodell i kartan och få ut höjden för en klickad punkt.",
        6334,
        "typos",
    ),
    Query(
        "Behörighetsstyrning av kartlager. Vi vill lägga in VA- och elledningar och skyddsobjekt i kartan men får inte göra det så länge alla användare, även praktikanter, kan se dem. Det borde gå att styra vilka användare som får se vissa kartlager.",
        6335,
        "more_detail",
    ),
    Query(
        "Avvikelse mot situationsplan i lägeskontrollprotokollet. Skillnaden mellan inmätt läge och godkänd situationsplan ska räknas fram automatiskt.",
        6336,
        "compound",
    ),
    Query(
        "I protokollet ska avvikelsen visas – alltså skillnaden mellan det inmätta läget och den godkända situationsplanen, uträknad automatiskt.",
        6336,
        "word_order",
    ),
    Query(
        "Fastighetsgränser och fbet ska uppdateras nattligen från LM Direktåtkomst så nybildade fastigheter syns.",
        6337,
        "abbreviation",
    ),
    Query("Samla gatunamnsförslag till namnberedningen", 6338, "less_detail"),
    Query(
        "Collect proposals for new street names in one case and produce a list for the naming committee (namnberedningen).",
        6338,
        "english",
    ),
    Query(
        "Skicka ut ett påminnelsebrev till den som bygger om att lägeskontroll ska beställas, om ingen beställning kommit in tre månader efter startbeskedet.",
        6339,
        "synonyms",
    ),
    Query(
        "Utskick av påminelse om lägeskontroll till byggherren när det gått 3 månader efter startbesked och ingen bestälning kommit in.",
        6339,
        "typos",
    ),
    # ------------------------------------------------------------------ Miljö look-alikes
    Query(
        "Påminnelse till verksamhetsutövaren innan fristen i ett föreläggande går ut. Vi vill kunna skicka ett brev eller mejl till mottagaren en vecka innan tidsfristen löper ut.",
        None,
        "lookalike",
    ),
    Query(
        "Digital delgivning av förelägganden. Önskar att förelägganden kan delges med elektronisk kvittens via e-legitimation i stället för att skicka papperskvitto.",
        None,
        "lookalike",
    ),
    Query(
        "Förhandsgranskning av årsavgifter innan fakturering. Vi vill kunna ta ut en lista på alla årsavgifter som kommer att faktureras för hela verksamhetsregistret så att vi kan kontrollera beloppen innan körningen.",
        None,
        "lookalike",
    ),
    Query(
        "Separat timavgift för extra offentlig kontroll. Vi vill kunna lägga upp en egen timtaxa för extra offentlig kontroll som skiljer sig från den ordinarie timavgiften för livsmedelskontroll.",
        None,
        "lookalike",
    ),
    Query(
        "Nytt avgiftsbeslut vid ändrad riskklass. När riskklassningen av en livsmedelsanläggning ändras vill vi att ett nytt beslut om årlig kontrollavgift skapas och skickas till företagaren.",
        None,
        "lookalike",
    ),
    Query(
        "Rapportering av miljöbalkstillsynen. Önskar en färdig export av uppgifter om tillsynen enligt miljöbalken (antal objekt, förelägganden, sanktionsavgifter) till Naturvårdsverkets årliga enkät.",
        None,
        "lookalike",
    ),
    Query(
        "Ändra kontrollfrekvens manuellt. Vi vill kunna sätta en annan kontrollfrekvens på en anläggning än den som riskklassningen ger, t.ex. efter upprepade brister, och ange skälet.",
        None,
        "lookalike",
    ),
    Query(
        "Inspektionsrapport livsmedel på engelska. Många restaurangägare förstår inte svenska och vi vill kunna skriva ut rapporten med kontrollområdena på engelska.",
        None,
        "lookalike",
    ),
    Query(
        "Signering av inspektionsrapport på plats. Vi vill att företagaren kan skriva under inspektionsrapporten på surfplattan vid besöket.",
        None,
        "lookalike",
    ),
    Query(
        "Foton i inspektionsrapporten. Vi vill kunna välja bilder som redan finns i ärendet och infoga dem i själva inspektionsrapporten med bildtext.",
        None,
        "lookalike",
    ),
    Query(
        "Hämta företagsuppgifter från Bolagsverket i registreringen. När företagaren fyller i org.nr i e-tjänsten för registrering av livsmedelsanläggning ska namn och adress fyllas i automatiskt.",
        None,
        "lookalike",
    ),
    Query(
        "Brev till ny ägare vid ägarbyte. När vi får veta att en livsmedelsanläggning bytt ägare vill vi skicka ett standardbrev till den nya verksamhetsutövaren om att registrera verksamheten.",
        None,
        "lookalike",
    ),
    Query(
        "Återbetalning av årsavgift vid avregistrering. Vi vill att Castor räknar ut hur mycket av årets avgift som ska betalas tillbaka när en verksamhet upphör mitt i året.",
        None,
        "lookalike",
    ),
    Query(
        "Beslutsmall för värmepump med villkor. Vi vill kunna välja standardvillkor om borrhålets avstånd och köldbärarvätska ur en lista när vi skriver beslut om värmepumpsanläggning.",
        None,
        "lookalike",
    ),
    Query(
        "Energibrunnar från SGU:s brunnsarkiv. Önskar att borrhål som registrerats hos SGU kan läsas in till Castor så vi har kompletta uppgifter om brunnarna på fastigheten.",
        None,
        "lookalike",
    ),
    Query(
        "Köldmedierapport via e-tjänst. Vi vill att verksamheterna kan lämna in den årliga köldmedierapporten digitalt och att uppgifterna läses in i ärendet.",
        None,
        "lookalike",
    ),
    Query(
        "Statistik från avloppsinventeringen. Vi vill kunna ta fram hur många avlopp per område som fått godkänt, anmärkning eller utsläppsförbud, till rapporten för vattenplanen.",
        None,
        "lookalike",
    ),
    Query(
        "Resultatbrev efter avloppsinventering. Önskar att varje fastighetsägare får ett individuellt brev med bedömningen av just deras avlopp när inventeringen i området är klar.",
        None,
        "lookalike",
    ),
    Query(
        "Grannehörande i avloppsärenden. Vi vill kunna skicka ansökan om tillstånd till enskilt avlopp på remiss till berörda grannar med svarsdatum direkt från ärendet.",
        None,
        "lookalike",
    ),
    Query(
        "Uppgifter om nya avlopp till renhållningen. Vi vill att uppgifter om nya slamavskiljare skickas från Castor till VA-/renhållningsbolaget så att de läggs in i tömningsschemat.",
        None,
        "lookalike",
    ),
    Query(
        "Bevakning när dispens från slamtömning går ut. Beslut om förlängt tömningsintervall är tidsbegränsade och vi vill få en påminnelse när de löper ut.",
        None,
        "lookalike",
    ),
    Query(
        "Klagande ska kunna följa sitt ärende. Vi vill att den som lämnat ett klagomål via e-tjänsten kan se status på klagomålsärendet på Mina sidor.",
        None,
        "lookalike",
    ),
    Query(
        "Handläggningstid för klagomål. Vi vill ta ut statistik på hur lång tid det tar från att ett klagomål kommer in tills vi har första kontakt med den klagande.",
        None,
        "lookalike",
    ),
    Query(
        "Utskick om radonmätning. Vi vill göra ett massutskick till alla ägare av flerbostadshus som inte har redovisat någon radonmätning.",
        None,
        "lookalike",
    ),
    Query(
        "Provsvar för strandbad till HaV. Provsvaren för EU-baden vill vi kunna skicka direkt från Castor till Havs- och vattenmyndighetens badvattenregister i stället för att mata in dem igen.",
        None,
        "lookalike",
    ),
    Query(
        "Varning vid otjänligt dricksvattenprov. När ett provsvar med bedömningen otjänligt registreras vill vi att ansvarig handläggare får en notis direkt.",
        None,
        "lookalike",
    ),
    Query(
        "Massuppdatering av verksamhetskoder. När miljöprövningsförordningen ändras vill vi kunna byta en gammal verksamhetskod till den nya på alla berörda verksamheter samtidigt.",
        None,
        "lookalike",
    ),
    Query(
        "Byta ansvarig inspektör på många objekt samtidigt. När tillsynsobjekten fördelas om vill vi kunna flytta en hel grupp verksamheter till en annan handläggare på en gång.",
        None,
        "lookalike",
    ),
    Query(
        "Rapport över debiterad tid per inspektör. Vi vill kunna se hur stor andel av varje inspektörs registrerade tid som faktiskt har fakturerats under året.",
        None,
        "lookalike",
    ),
    Query(
        "En faktura per organisationsnummer. Vi vill att alla årsavgifter för samma företag samlas på en faktura i stället för en faktura per anläggning.",
        None,
        "lookalike",
    ),
    Query(
        "Åtgärdslista till verksamhetsutövaren. Vi vill kunna skriva ut alla brister från inspektionen som en separat lista som företagaren kan bocka av och skicka tillbaka.",
        None,
        "lookalike",
    ),
    Query(
        "Bevakning inför revisionsbesiktning av cisterner. Vi vill få en påminnelse när nästa revisionsbesiktning av en cistern ska göras, utifrån intervallet för cisternens klass.",
        None,
        "lookalike",
    ),
    Query(
        "Skicka beslut om strandskyddsdispens till Länsstyrelsen. Beslutet med kartbilaga borde kunna skickas digitalt till Länsstyrelsen för överprövning direkt från ärendet.",
        None,
        "lookalike",
    ),
    # ------------------------------------------------------------- Kart & mät look-alikes
    Query(
        "Orderbekräftelse för nybyggnadskarta. När en beställning av nybyggnadskarta kommer in vill vi att beställaren automatiskt får ett mejl med bekräftelse och beräknad leveranstid.",
        None,
        "lookalike",
    ),
    Query(
        "Beställa nybyggnadskarta från bygglovsärendet. Bygglovshandläggaren ska kunna skapa ett NBK-ärende direkt från lovet med ett knapptryck.",
        None,
        "lookalike",
    ),
    Query(
        "Förskottsfakturering av nybyggnadskarta. Avgiften för nybyggnadskartan ska kunna faktureras innan kartan levereras.",
        None,
        "lookalike",
    ),
    Query(
        "Lagerstruktur i DWG-export. Vi vill kunna ställa in vilka lagernamn som används när kartan exporteras till DWG, så att det följer vår CAD-standard.",
        None,
        "lookalike",
    ),
    Query(
        "Uppdatera en gammal nybyggnadskarta. Vi vill kunna skapa ett nytt ärende som kopierar uppgifterna från den tidigare nybyggnadskartan på samma fastighet.",
        None,
        "lookalike",
    ),
    Query(
        "Utstakningsprotokoll till byggherren. Efter utstakningen vill vi kunna skicka protokollet med de utsatta punkterna till byggherren direkt från ärendet.",
        None,
        "lookalike",
    ),
    Query(
        "Lista över utestående lägeskontroller. Vi vill se alla bygglov med startbesked där lägeskontroll krävs men ännu inte har utförts.",
        None,
        "lookalike",
    ),
    Query(
        "Beställ lägeskontroll från bygglovet. Bygglovshandläggaren ska kunna skicka en beställning av lägeskontroll till mätenheten direkt från bygglovsärendet.",
        None,
        "lookalike",
    ),
    Query(
        "Export av punkter till mätinstrumentet. Vi vill kunna exportera koordinater från ärendet till en fil som kan läsas in i totalstationen eller GNSS-mottagaren inför utstakning.",
        None,
        "lookalike",
    ),
    Query(
        "Veckoplanering för mätpatrullen. Vi vill se vilka mätuppdrag varje patrull har bokade för veckan i en lista.",
        None,
        "lookalike",
    ),
    Query(
        "Transformation från RT 90. Vid import av äldre koordinater och ritningar i RT 90 ska de automatiskt räknas om till SWEREF 99.",
        None,
        "lookalike",
    ),
    Query(
        "Egna utskriftsmallar för kartor. Vi vill kunna lägga in kommunens logga och en egen titelruta i kartutskrifterna.",
        None,
        "lookalike",
    ),
    Query(
        "Publicera ärenden som WMS. Castors ärendelager borde kunna publiceras som WMS/WFS så att vi kan visa ärendena i kommunens egen GIS-portal.",
        None,
        "lookalike",
    ),
    Query(
        "Inmätta byggnader till primärkartan. Byggnader som mätts in vid lägeskontroll ska kunna skickas vidare från Castor för ajourhållning av primärkartan.",
        None,
        "lookalike",
    ),
    Query(
        "Fastighetsförteckning till detaljplan. Vi vill kunna ta fram en fastighetsförteckning för ett planområde och uppdatera den med ändrade ägare fram till antagandet.",
        None,
        "lookalike",
    ),
    Query(
        "Påminnelse om skyltning av adressnummer. Vi vill kunna skicka brev till fastighetsägaren om att sätta upp adressnummer på huset ett par månader efter adressbeslutet.",
        None,
        "lookalike",
    ),
    Query(
        "Hämta adresser från belägenhetsadressregistret. Adresserna i Castor ska uppdateras varje natt från Lantmäteriets register så att adresser som andra lagt in också syns.",
        None,
        "lookalike",
    ),
    Query(
        "Beslutade och föreslagna adresser i kartan. Vi vill se alla adresspunkter i kartan med olika symbol beroende på om adressen är beslutad eller bara föreslagen.",
        None,
        "lookalike",
    ),
    Query(
        "Genomförandetid för detaljplaner. Vi vill få ut en lista över de detaljplaner vars genomförandetid löper ut under det kommande året.",
        None,
        "lookalike",
    ),
    Query(
        "Höjdprofil i kartan. Vi vill kunna dra en linje i kartan och få fram en höjdprofil längs linjen.",
        None,
        "lookalike",
    ),
    Query(
        "Olika timpris för en- och tvåmanspatrull. Vi vill kunna ställa in separata timavgifter för mätning beroende på hur många mätare som var ute på uppdraget.",
        None,
        "lookalike",
    ),
    Query(
        "Statistik över avvikelser vid lägeskontroll. Vi vill se hur många lägeskontroller per år som visat avvikelse utanför toleransen.",
        None,
        "lookalike",
    ),
]
