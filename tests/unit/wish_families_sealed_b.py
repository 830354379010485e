"""Sealed, blind evaluation set (part B: Miljö and Kart & mät).

Written by an AI helper session from its own knowledge of Swedish municipal
case handling, without reading the project's other data sets, handlers,
benchmarks or documentation. Use it once, as a sealed measurement of how
well the bot finds existing development wishes that express the same need.
"""

# ruff: noqa: E501
from __future__ import annotations

from tests.unit.wish_families import Query, Wish

WISHES: list[Wish] = [
    # ------------------------------------------------------------------ Miljö
    Wish(
        5100,
        "Miljö",
        "Riskklassning av livsmedelsanläggningar direkt i ärendet. Vi vill kunna göra riskklassningen enligt Livsmedelsverkets modell i anläggningens ärende, så att kontrolltid och årlig avgift räknas fram automatiskt.",
    ),
    Wish(
        5101,
        "Miljö",
        "Skriva kontrollrapporten på plats. Det borde gå att skriva kontrollrapporten i surfplattan under inspektionen och skicka den till verksamheten direkt efter besöket.",
    ),
    Wish(
        5102,
        "Miljö",
        "Kvittens när verksamheten har läst kontrollrapporten. Önskar att vi får en notis i ärendet när livsmedelsföretagaren har öppnat den digitalt skickade kontrollrapporten.",
    ),
    Wish(
        5103,
        "Miljö",
        "Automatisk bevakning för uppföljande kontroll. När en avvikelse noteras i kontrollrapporten vill vi att en bevakning för uppföljande kontroll skapas automatiskt på handläggaren.",
    ),
    Wish(
        5104,
        "Miljö",
        "Årsrapportering till Livsmedelsverket. Statistiken för årsrapporteringen borde kunna tas ut direkt ur systemet i rätt format, i stället för att vi räknar kontroller och avvikelser för hand.",
    ),
    Wish(
        5105,
        "Miljö",
        "Fakturera alla årliga avgifter i ett svep. Vi vill kunna skapa fakturaunderlag för samtliga årliga avgifter inom livsmedel på en gång, med en körning per år.",
    ),
    Wish(
        5106,
        "Miljö",
        "Efterhandsdebitering av timavgift. Önskar att den nedlagda kontrolltiden som registrerats i tidredovisningen automatiskt blir en efterhandsdebitering enligt taxan när ärendet avslutas.",
    ),
    Wish(
        5107,
        "Miljö",
        "Tidsregistrering med aktivitetstyp. Vi vill kunna registrera tid per aktivitet (inspektion, restid, handläggning) i ärendet så att vi ser vad tiden går till.",
    ),
    Wish(
        5108,
        "Miljö",
        "Registrering av livsmedelsanläggning via e-tjänst. Anmälan om registrering som kommer in via e-tjänsten ska skapa ett ärende och en anläggning i Castor utan att registratorn behöver skriva in uppgifterna igen.",
    ),
    Wish(
        5109,
        "Miljö",
        "Ägarbyte av livsmedelsanläggning. När en verksamhet byter ägare vill vi kunna flytta anläggningens historik, kontrollintervall och objekt till den nya verksamhetsutövaren med några klick.",
    ),
    Wish(
        5110,
        "Miljö",
        "Import av provsvar från laboratoriet. Önskar att analysresultat från labbet (t.ex. dricksvattenprov) kan läsas in automatiskt i ärendet i stället för att vi skannar in PDF:er.",
    ),
    Wish(
        5111,
        "Miljö",
        "Bevakning av provtagning för dricksvattenanläggningar. Vi vill ha en bevakning per dricksvattenanläggning som påminner när nästa prov enligt provtagningsprogrammet ska tas.",
    ),
    Wish(
        5112,
        "Miljö",
        "Enskilda avlopp på kartan med status. Det borde gå att se alla enskilda avlopp på kartan, färgade efter status (godkänd, underkänd, ej inventerad), så att vi kan planera inventeringen områdesvis.",
    ),
    Wish(
        5113,
        "Miljö",
        "Avloppsinventering i mobilen. Vi vill kunna fylla i inventeringsprotokollet för enskilda avlopp i mobilen ute i fält, med foton, och att det sparas direkt på fastighetens avloppsanläggning.",
    ),
    Wish(
        5114,
        "Miljö",
        "Utskick inför avloppsinventering. Önskar ett massutskick av informationsbrev till alla fastighetsägare inom ett inventeringsområde, med adresser hämtade från fastighetsregistret.",
    ),
    Wish(
        5115,
        "Miljö",
        "Bevakning av sista datum i föreläggande om avlopp. När vi skickar ett föreläggande med vite om att åtgärda avloppet ska systemet lägga en bevakning på sista dag för åtgärd.",
    ),
    Wish(
        5116,
        "Miljö",
        "Avloppsansökan via e-tjänst med bilagor. Ansökan om tillstånd för enskild avloppsanläggning via e-tjänst ska kunna ta emot situationsplan och andra bilagor och lägga dem i rätt ärende.",
    ),
    Wish(
        5117,
        "Miljö",
        "Entreprenören laddar upp intyg. Vi vill att installationsintyg och egenkontroll från entreprenören för ett nyanlagt avlopp kan laddas upp av entreprenören själv via en länk.",
    ),
    Wish(
        5118,
        "Miljö",
        "E-tjänst för anmälan om värmepump. Anmälan om installation av värmepump (bergvärme) ska kunna göras i e-tjänst med kartmarkering av borrhålet.",
    ),
    Wish(
        5119,
        "Miljö",
        "Borrhål som eget lager i kartan. Önskar att borrhål för bergvärme visas som ett eget lager i kartan, så att vi ser avståndet till grannens brunn och borrhål vid handläggningen.",
    ),
    Wish(
        5120,
        "Miljö",
        "Import av köldmedierapporter. Vi vill att de årliga köldmedierapporterna som operatörerna skickar in kan importeras och kopplas till rätt aggregat och anläggning.",
    ),
    Wish(
        5121,
        "Miljö",
        "Bevakning av läckagekontroll för köldmedier. Det borde finnas en bevakning som varnar om ett aggregat med F-gaser saknar inrapporterad läckagekontroll inom intervallet.",
    ),
    Wish(
        5122,
        "Miljö",
        "Lista över saknade miljörapporter. Vi vill få en lista den 1 april över B-verksamheter som inte har lämnat in sin miljörapport.",
    ),
    Wish(
        5123,
        "Miljö",
        "Verksamhetskoder enligt miljöprövningsförordningen. Önskar att verksamhetskoderna finns som valbar lista och uppdateras av leverantören när förordningen ändras.",
    ),
    Wish(
        5124,
        "Miljö",
        "Underlag till behovsutredningen. Vi vill kunna ta fram antal objekt per verksamhetskod och planerad tillsynstid per år som underlag för nämndens behovsutredning.",
    ),
    Wish(
        5125,
        "Miljö",
        "Skyddade uppgifter för klagande. Det borde gå att markera klaganden i klagomålsärenden som skyddad så att namn och adress inte syns i handlingar som lämnas ut eller skickas till den som klagomålet gäller.",
    ),
    Wish(
        5126,
        "Miljö",
        "Mottagningsbevis i klagomålsärenden. När ett klagomål om t.ex. buller eller fukt registreras vill vi kunna skicka ett mottagningsbevis till klaganden med handläggarens namn och kontaktuppgifter.",
    ),
    Wish(
        5127,
        "Miljö",
        "Register över radonmätningar. Önskar ett register över radonmätningar i flerbostadshus där vi kan se mätvärde, mätperiod och om referensnivån 200 Bq/m3 överskrids.",
    ),
    Wish(
        5128,
        "Miljö",
        "Checklistor för skolor och förskolor. Vi vill ha färdiga checklistor för hälsoskyddstillsyn av skolor och förskolor som kan fyllas i under besöket och sedan bli underlag till inspektionsrapporten.",
    ),
    Wish(
        5129,
        "Miljö",
        "Badvattenprover med gränsvärden. Önskar att badvattenprover från bassängbaden registreras per parameter med gränsvärde så att vi direkt ser när ett prov är otjänligt.",
    ),
    Wish(
        5130,
        "Miljö",
        "Beslutsmall för miljösanktionsavgift. Vi vill ha en beslutsmall där beloppet enligt förordningen om miljösanktionsavgifter hämtas automatiskt utifrån vilken överträdelse som valts.",
    ),
    Wish(
        5131,
        "Miljö",
        "Flera inspektörer på samma kontroll. Det borde gå att registrera att två inspektörer deltog i en kontroll och fördela kontrolltiden mellan dem.",
    ),
    Wish(
        5132,
        "Miljö",
        "Årsplanering av livsmedelskontroller. Vi vill kunna ta fram en lista över vilka livsmedelsanläggningar som ska kontrolleras under året utifrån kontrollfrekvens och senaste kontroll, och fördela dem på inspektörer.",
    ),
    Wish(
        5133,
        "Miljö",
        "Planerade kontroller på kartan. Önskar att planerade kontroller kan visas på en karta så att inspektören kan planera en dagsrutt med flera besök i samma område.",
    ),
    Wish(
        5134,
        "Miljö",
        "Kontrollområde på avvikelser. När vi registrerar avvikelser vill vi välja kontrollområde enligt Livsmedelsverkets lista (t.ex. spårbarhet, märkning) så att det följer med till rapporten.",
    ),
    Wish(
        5135,
        "Miljö",
        "Avgift för extra offentlig kontroll. Vi vill att avgift för extra offentlig kontroll föreslås automatiskt när en uppföljande kontroll registreras efter en avvikelse.",
    ),
    Wish(
        5136,
        "Miljö",
        "Cisternregister. Önskar ett register över cisterner för brandfarliga vätskor med volym, placering och datum för senaste återkommande kontroll.",
    ),
    Wish(
        5137,
        "Miljö",
        "Kopia av beslut till renhållningen. När vi beslutar om kompostering eller uppehåll i sophämtning vill vi att beslutet automatiskt skickas som kopia till kommunens renhållningsbolag.",
    ),
    Wish(
        5138,
        "Miljö",
        "Förorenade områden i fastighetsvyn. Vi vill kunna se om en fastighet finns med i Länsstyrelsens EBH-stöd (potentiellt förorenade områden) direkt i fastighetsvyn.",
    ),
    Wish(
        5139,
        "Miljö",
        "Djurenheter på lantbruksobjekt. Önskar att vi kan registrera antal djurenheter per lantbruksobjekt, så att vi enkelt ser vilka gårdar som är anmälningspliktiga (över 100 DE).",
    ),
    Wish(
        5140,
        "Miljö",
        "Delgivning av föreläggande. Vi vill kunna registrera delgivningskvitto och delgivningsdatum på förelägganden så att vi ser när beslutet vunnit laga kraft.",
    ),
    Wish(
        5141,
        "Miljö",
        "Underlag för utdömande av vite. Inför ansökan om utdömande av vite hos mark- och miljödomstolen vill vi kunna samla alla handlingar ur ärendet i en PDF i kronologisk ordning.",
    ),
    Wish(
        5142,
        "Miljö",
        "Tidslinje över tidigare tillsyn. Vi vill se all tidigare tillsyn på ett objekt i en tidslinje: kontroller, avvikelser, beslut och avgifter, även från avslutade ärenden.",
    ),
    Wish(
        5143,
        "Miljö",
        "Flera kontaktpersoner per verksamhet. Önskar att vi kan ha flera kontaktpersoner per verksamhet med roller (ägare, driftansvarig, faktura) och välja vilken som ska få kontrollrapporten.",
    ),
    Wish(
        5144,
        "Miljö",
        "Separat fakturamottagare för årlig avgift. Det borde gå att ange en annan fakturamottagare än verksamhetsutövaren, t.ex. en kedjas huvudkontor, och att den används för alla årliga avgifter.",
    ),
    Wish(
        5145,
        "Miljö",
        "Nedsättning av årlig avgift. Vi vill kunna registrera ett beslut om nedsättning av årlig avgift så att den nedsatta avgiften används vid nästa årsfakturering.",
    ),
    Wish(
        5146,
        "Miljö",
        "Vattenskyddsområden i miljökartan. Önskar att vattenskyddsområden visas i kartan och att en varning visas när ett avlopps- eller värmepumpsärende ligger inom ett skyddsområde.",
    ),
    Wish(
        5147,
        "Miljö",
        "Skyddsnivå för avlopp per område. Vi vill kunna ange hög eller normal skyddsnivå för hälsoskydd och miljöskydd per område, och att den följer med automatiskt till avloppsärendet.",
    ),
    Wish(
        5148,
        "Miljö",
        "Uppgifter om slamtömning från renhållningen. Integration med renhållningens system så att vi får veta vilka enskilda avlopp som inte har tömts på slam under de senaste två åren.",
    ),
    Wish(
        5149,
        "Miljö",
        "Anmälan om misstänkt matförgiftning. Anmälan ska kunna registreras med symtom och måltid och kopplas till flera anläggningar samtidigt.",
    ),
    Wish(
        5150,
        "Miljö",
        "Kontrollrapportmall med grupperade avvikelser. Önskar att mallen för kontrollrapport listar avvikelserna grupperade per kontrollområde med hänvisning till lagstiftningen.",
    ),
    Wish(
        5151,
        "Miljö",
        "Verksamheten svarar på avvikelser digitalt. Vi vill att verksamheter ska kunna svara på en avvikelse i kontrollrapporten via en e-tjänst och bifoga bilder som visar att bristen är åtgärdad.",
    ),
    Wish(
        5152,
        "Miljö",
        "Mätvärden i klagomålsärenden. Det borde gå att registrera mätvärden från bullermätningar (LAeq, LAFmax, tid och plats) strukturerat i ärendet, inte bara som bilaga.",
    ),
    Wish(
        5153,
        "Miljö",
        "Ärendeslag för spridning av bekämpningsmedel. Vi vill ha ett eget ärendeslag för ansökan om tillstånd att sprida bekämpningsmedel inom vattenskyddsområde, med beslutsmall och bevakning av att spridningsjournalen kommer in.",
    ),
    Wish(
        5154,
        "Miljö",
        "Enkelt avslut av värmepumpsanmälan. När en anmälan om värmepump kommer in och inga försiktighetsmått behövs vill vi kunna avsluta ärendet med ett kvitto till sökanden utan formellt beslut, med ett klick.",
    ),
    Wish(
        5155,
        "Miljö",
        "Fast avgift på avloppstillstånd. Önskar att fast avgift för tillstånd till avloppsanläggning läggs automatiskt på beslutet enligt taxan, med rätt taxeår.",
    ),
    Wish(
        5156,
        "Miljö",
        "Statistik över enskilda avlopp. Vi vill kunna ta fram antal underkända och åtgärdade avlopp per år för rapportering till nämnden.",
    ),
    Wish(
        5157,
        "Miljö",
        "Anmäld eller oanmäld kontroll. Vi vill kunna markera om kontrollen var anmäld eller oanmäld, och att det syns i statistiken till Livsmedelsverket.",
    ),
    Wish(
        5158,
        "Miljö",
        "Foton i inspektionsrapporten. Foton som tas under inspektionen ska kunna väljas ut och infogas direkt i inspektionsrapporten med bildtext.",
    ),
    Wish(
        5159,
        "Miljö",
        "Tillsynsprojekt. Vi vill kunna skapa ett tillsynsprojekt (t.ex. en kampanj om städning i förskolor), koppla många objekt och ärenden till projektet och följa upp tid och resultat samlat.",
    ),
    # ------------------------------------------------------------- Kart & mät
    Wish(
        5300,
        "Kart & mät",
        "Beställning av nybyggnadskarta via e-tjänst. Vi vill att en beställning av nybyggnadskarta från e-tjänsten skapar ett ärende i Kart & mät med fastighet och beställare ifyllda.",
    ),
    Wish(
        5301,
        "Kart & mät",
        "Avgift för nybyggnadskarta enligt taxan. Önskar att avgiften för nybyggnadskartan räknas fram utifrån tomtarea och taxa och läggs som fakturaunderlag när kartan levereras.",
    ),
    Wish(
        5302,
        "Kart & mät",
        "Koppling mellan bygglov och nybyggnadskarta. Det borde synas i bygglovsärendet om en nybyggnadskarta är beställd eller levererad, och kartärendet ska gå att koppla till bygglovsärendet.",
    ),
    Wish(
        5303,
        "Kart & mät",
        "Leverans av nybyggnadskarta. Färdig nybyggnadskarta ska kunna skickas till beställaren som PDF och DWG via en nedladdningslänk direkt från ärendet.",
    ),
    Wish(
        5304,
        "Kart & mät",
        "Bevakning för lägeskontroll. Vi vill att en bevakning för lägeskontroll skapas automatiskt när startbesked ges i ett bygglovsärende där lägeskontroll krävs.",
    ),
    Wish(
        5305,
        "Kart & mät",
        "Lägeskontrollprotokoll till bygglovsärendet. Önskar att protokollet från lägeskontrollen automatiskt läggs in i bygglovsärendet och att byggnadsinspektören får en notis.",
    ),
    Wish(
        5306,
        "Kart & mät",
        "Beställning av utstakning. Beställning av utstakning ska kunna göras i e-tjänst och bokas i en kalender för mätlaget.",
    ),
    Wish(
        5307,
        "Kart & mät",
        "Planeringsvy för mätlaget. Vi vill ha en planeringsvy för mätningsingenjörerna där alla beställda utstakningar och lägeskontroller syns per dag och person.",
    ),
    Wish(
        5308,
        "Kart & mät",
        "Inläsning av mätfiler. Det borde gå att läsa in mätfiler (t.ex. från totalstation eller GNSS-mottagare) direkt i ärendet och se punkterna i kartan.",
    ),
    Wish(
        5309,
        "Kart & mät",
        "Ärendeflöde för belägenhetsadress. Vi vill ha ett ärendeflöde för att sätta ny belägenhetsadress, med beslut och automatisk underrättelse till fastighetsägaren.",
    ),
    Wish(
        5310,
        "Kart & mät",
        "Adresser direkt till Lantmäteriet. Önskar att nya och ändrade adresser rapporteras direkt till Lantmäteriets belägenhetsadressregister via API i stället för att vi lägger in dem manuellt en gång till.",
    ),
    Wish(
        5311,
        "Kart & mät",
        "Lägenhetsnummer. Det borde gå att registrera och ändra lägenhetsnummer i flerbostadshus och få en förteckning över lägenheterna per adress.",
    ),
    Wish(
        5312,
        "Kart & mät",
        "Inmätta byggnader till byggnadsregistret. Vi vill att byggnader som mäts in rapporteras vidare till Lantmäteriets byggnadsregister automatiskt.",
    ),
    Wish(
        5313,
        "Kart & mät",
        "Fastighetsförteckning över grannar från kartan. Vi vill kunna ta fram en fastighetsförteckning över grannar inom valfritt avstånd från en fastighet direkt i kartan, med ägare och adresser.",
    ),
    Wish(
        5314,
        "Kart & mät",
        "Fastighetsförteckning till detaljplan. Önskar att fastighetsförteckningen för detaljplan kan tas fram enligt Lantmäteriets krav, med rättigheter och samfälligheter, och exporteras till Word.",
    ),
    Wish(
        5315,
        "Kart & mät",
        "Spara kartvyer som favoriter. Vi vill kunna spara egna kartvyer med valda lager och zoomnivå som favoriter.",
    ),
    Wish(
        5316,
        "Kart & mät",
        "Mätverktyg i kartan. Det borde finnas ett mätverktyg i kartan för att mäta avstånd och area.",
    ),
    Wish(
        5317,
        "Kart & mät",
        "Kartutskrift i skala. Önskar utskrift av kartan i exakt skala (t.ex. 1:400 eller 1:1000) i A3 och A4, med norrpil och skalstock.",
    ),
    Wish(
        5318,
        "Kart & mät",
        "Egen baskarta via WMS. Vi vill att kommunens egen baskarta kan visas i Castor via WMS från vår GIS-server.",
    ),
    Wish(
        5319,
        "Kart & mät",
        "Ortofoton från olika år. Önskar att nya ortofoton och historiska flygbilder kan visas som bakgrund i kartan och att man kan växla mellan år.",
    ),
    Wish(
        5320,
        "Kart & mät",
        "Export av ärenden till GIS. Vi vill kunna exportera ärendepunkter (t.ex. alla bygglov per år) som shape eller GeoPackage för analys i QGIS.",
    ),
    Wish(
        5321,
        "Kart & mät",
        "Lokalt koordinatsystem. Kartan ska stödja kommunens lokala SWEREF 99-projektion (t.ex. SWEREF 99 16 30) och RH 2000 för höjder.",
    ),
    Wish(
        5322,
        "Kart & mät",
        "Statistik för kartärenden. Önskar statistik över antal nybyggnadskartor, utstakningar och lägeskontroller per år och genomsnittlig leveranstid.",
    ),
    Wish(
        5323,
        "Kart & mät",
        "Val av förenklad nybyggnadskarta. Vi vill kunna välja mellan nybyggnadskarta och förenklad nybyggnadskarta vid beställning, med olika mallar och avgifter.",
    ),
    Wish(
        5324,
        "Kart & mät",
        "Innehåll i kartmallen för nybyggnadskarta. Kartmallen ska automatiskt innehålla teckenförklaring, planbestämmelser och uppgift om höjdsystem.",
    ),
    Wish(
        5325,
        "Kart & mät",
        "Detaljplaner i kartan. Det borde gå att klicka på en detaljplan i kartan och få upp plankartan och planbestämmelserna som PDF.",
    ),
    Wish(
        5326,
        "Kart & mät",
        "Aktuella fastighetsgränser. Önskar att fastighetsgränserna i kartan hämtas direkt från Lantmäteriets tjänst så att de alltid är aktuella.",
    ),
    Wish(
        5327,
        "Kart & mät",
        "Ärendeslag för gränsutvisning. Vi vill ha ett eget ärendeslag för gränsutvisning med beställning, tidsbokning och avgift enligt taxan.",
    ),
    Wish(
        5328,
        "Kart & mät",
        "Register över stompunkter. Register över stompunkter med koordinater, höjd och status (förstörd, kontrollerad) som kan visas i kartan och skrivas ut som punktbeskrivning.",
    ),
    Wish(
        5329,
        "Kart & mät",
        "Byggnader som inte är inmätta. Det borde gå att få en lista över byggnader med slutbesked som ännu inte är inmätta i baskartan.",
    ),
    Wish(
        5330,
        "Kart & mät",
        "Sms när nybyggnadskartan är klar. Vi vill att beställaren automatiskt får ett sms när nybyggnadskartan är färdig att hämta.",
    ),
    Wish(
        5331,
        "Kart & mät",
        "Pågående ärenden i kartan. Önskar att alla pågående ärenden syns som punkter i kartan, med olika symboler per ärendetyp, så att man ser vad som händer i ett område.",
    ),
    Wish(
        5332,
        "Kart & mät",
        "Rita i kartan. Handläggaren ska kunna rita egna objekt (linjer, ytor, text) i kartan och spara dem i ärendet, t.ex. för att markera en placering.",
    ),
    Wish(
        5333,
        "Kart & mät",
        "Adressökning i kartan. Det borde gå att söka på adress, fastighetsbeteckning eller koordinat i kartan och zooma dit direkt.",
    ),
    Wish(
        5334,
        "Kart & mät",
        "Fastighetens historik. Vi vill se fastighetens historik (avstyckningar, sammanläggningar, tidigare beteckningar) så att gamla ärenden hittas även efter en förrättning.",
    ),
    Wish(
        5335,
        "Kart & mät",
        "Beslut om gatunamn. Vi vill ha en ärendetyp för beslut om nytt gatunamn eller vägnamn, med remiss till namnberedningen och kartbilaga.",
    ),
    Wish(
        5336,
        "Kart & mät",
        "Mätpunkter till kartdatabasen. När en lägeskontroll eller inmätning är klar vill vi att mätpunkterna kan exporteras till vår kartdatabas i stället för att föras in manuellt.",
    ),
    Wish(
        5337,
        "Kart & mät",
        "Visa egen position i kartan. Vi vill ha GPS-position i kartan så att man ser var man står när man är ute i fält.",
    ),
    Wish(
        5338,
        "Kart & mät",
        "Tid och utrustning per mätuppdrag. Vi vill registrera tid och utrustning (GNSS, totalstation) per mätuppdrag så att fakturan till beställaren blir rätt.",
    ),
    Wish(
        5339,
        "Kart & mät",
        "Nedladdning av baskarta för konsulter. Vi vill att externa konsulter själva kan ladda ner baskartan i DWG för ett område via en e-tjänst mot avgift.",
    ),
]

QUERIES: list[Query] = [
    # ------------------------------------------------------ Miljö duplicates
    Query(
        "Bedömning av risknivå för livsmedelsföretag direkt i verksamhetens ärende. Utifrån bedömningen enligt Livsmedelsverkets modell ska antal kontrolltimmar och årsavgiften beräknas av systemet.",
        5100,
        "synonyms",
    ),
    Query(
        "Klassning av risk för anläggningar inom livsmedel i Castor, så att tiden för kontroll och avgiften per år räknas ut automatiskt.",
        5100,
        "compound",
    ),
    Query(
        "Write the inspection report on site on the iPad and send it to the företag right after the visit",
        5101,
        "english",
    ),
    Query("Skriva kontrollrapporten i surfplattan på plats", 5101, "less_detail"),
    Query(
        "Kvitens när verksamheten läst kontrollrapporten – vill få en notis i ärendet när livsmedelsföretagaren öppnat rapporten som skickats digitalt.",
        5102,
        "typos",
    ),
    Query(
        "Läskvitto på kontrollrapporter. Vi skickar nästan alla kontrollrapporter digitalt nu, men när en verksamhet säger att de aldrig fått rapporten kan vi inte visa motsatsen. Vi vill få en notis i ärendet när livsmedelsföretagaren har öppnat rapporten.",
        5102,
        "more_detail",
    ),
    Query(
        "Om en avvikelse finns i kontrollrapporten ska en bevakning på uppföljande kontroll automatiskt läggas på handläggaren. Automatisk bevakning för uppföljning, alltså.",
        5103,
        "word_order",
    ),
    Query(
        "Bevakning för uppföljande kontroll vid avvikelse. Vi har flera gånger missat att följa upp brister eftersom bevakningen läggs manuellt och ibland glöms bort. När en avvikelse registreras i kontrollrapporten borde en bevakning på uppföljande kontroll skapas automatiskt på ansvarig inspektör.",
        5103,
        "more_detail",
    ),
    Query(
        "Årsrapp. till LV direkt ur Castor. Antal kontroller, avvikelser osv. ska gå att ta ut i det format LV vill ha, i st.f. att räkna manuellt.",
        5104,
        "abbreviation",
    ),
    Query(
        "Annual report to Livsmedelsverket – export the statistics in the right format instead of counting kontroller and avvikelser by hand",
        5104,
        "english",
    ),
    Query(
        "Fakturering av årsavgifter för livsmedel i en körning. Vi vill skapa underlag för faktura för samtliga årliga avgifter på en gång.",
        5105,
        "compound",
    ),
    Query("Massfakturering av årliga livsmedelsavgifter", 5105, "less_detail"),
    Query(
        "Fakturera registrerad tid i efterhand. När ärendet stängs vill vi att timmarna som inspektören skrivit in omvandlas till en faktura enligt timtaxan utan att vi behöver räkna själva.",
        5106,
        "synonyms",
    ),
    Query(
        "Efterhandsdebitering av timavgift automatiskt när arendet avslutas, utifrån nedlagd kontrolltid i tidredovisnignen.",
        5106,
        "typos",
    ),
    Query(
        "Time reporting per activity type in the ärende (inspection, travel time, handläggning) so we can see where the time goes",
        5107,
        "english",
    ),
    Query(
        "Så att vi ser vad tiden går till vill vi kunna registrera tid per aktivitet i ärendet – inspektion, restid, handläggning. Tidsregistrering med aktivitetstyp.",
        5107,
        "word_order",
    ),
    Query(
        "Registreringsanmälan livsmedel från e-tjänsten direkt in i Castor. I dag skriver vår registrator ut anmälan från e-tjänsten och matar in företag, anläggning och verksamhet för hand, vilket tar tid och ger skrivfel. Vi vill att anmälan skapar ärendet och anläggningen automatiskt.",
        5108,
        "more_detail",
    ),
    Query(
        "E-tjänst för registrering av livsmedelsanläggning direkt till ärende", 5108, "less_detail"
    ),
    Query(
        "Ny ägare till restaurangen – för över allt. När en verksamhet tas över av ett annat bolag vill vi smidigt flytta objektet med tidigare kontroller och kontrollfrekvens till den nya företagaren.",
        5109,
        "synonyms",
    ),
    Query(
        "Provsvar från laboratoriet in i ärendet automatiskt. Vi vill att resultat av analyser, t.ex. prov av dricksvatten, läses in direkt i stället för att PDF:en skannas.",
        5110,
        "compound",
    ),
    Query("Bevakning av nästa dricksvattenprov per anläggning", 5111, "less_detail"),
    Query(
        "Påminnelse om dricksvattenprov. Vi har ett åttiotal små dricksvattenanläggningar med olika provtagningsfrekvens och håller i dag reda på dem i en egen kalender. Vi vill ha en bevakning per anläggning som påminner när nästa prov enligt provtagningsprogrammet ska tas.",
        5111,
        "more_detail",
    ),
    Query(
        "Alla EA (enskilda avlopp) i kartan, färg efter status godkänd/underkänd/ej inv., för att planera inventeringen per område.",
        5112,
        "abbreviation",
    ),
    Query(
        "För att kunna planera inventeringen område för område vill vi se alla enskilda avlopp i kartan. Färgerna ska visa status: godkänd, underkänd eller ej inventerad.",
        5112,
        "word_order",
    ),
    Query(
        "Fylla i protokollet för inventering av enskilda avlopp i mobilen i fält, med foton, och spara det direkt på fastighetens anläggning för avlopp.",
        5113,
        "compound",
    ),
    Query(
        "Field inventory of private sewage systems in the mobile app with photos, saved directly to the avloppsanläggning",
        5113,
        "english",
    ),
    Query(
        "Gruppbrev till markägare inför inventering av avlopp. Vi vill kunna skicka samma brev till samtliga fastighetsägare i området i ett svep, med mottagare hämtade ur Lantmäteriets register.",
        5114,
        "synonyms",
    ),
    Query(
        "Massutskick av infobrev till alla fastighetsagare inom ett inventeringsomrade, med adresser från fastighetsregistret.",
        5114,
        "typos",
    ),
    Query(
        "Bevakning på sista datum vid föreläggande m. vite om åtgärd av EA", 5115, "abbreviation"
    ),
    Query(
        "Automatisk bevakning vid föreläggande om avlopp. Vi förelägger ett trettiotal fastighetsägare per år att åtgärda sina avlopp och håller i dag koll på sista datum i en Excel-lista. När föreläggandet med vite skickas borde systemet själv lägga en bevakning på datumet då åtgärden senast ska vara klar.",
        5115,
        "more_detail",
    ),
    Query(
        "E-service application for enskilt avlopp should accept situationsplan and attachments and put them in the right ärende",
        5116,
        "english",
    ),
    Query("Bilagor från avloppsansökan i e-tjänsten till rätt ärende", 5116, "less_detail"),
    Query(
        "Låt anläggaren själv skicka in dokumentationen. Den som byggt avloppet ska via en länk kunna ladda upp sitt intyg om utfört arbete och egenkontrollen, så att vi slipper ta emot det via mejl.",
        5117,
        "synonyms",
    ),
    Query(
        "Via en länk ska entreprenören själv kunna ladda upp installationsintyg och egenkontroll för nyanlagt avlopp. Uppladdning av intyg från entreprenör.",
        5117,
        "word_order",
    ),
    Query(
        "Anmälan om instalation av värmepump (bergvärme) ska kunna göras i e-tjänst med kartmarkering av borrhålet",
        5118,
        "typos",
    ),
    Query(
        "Markering av borrhål i karta i e-tjänsten för anmälan om installation av bergvärmepump.",
        5118,
        "compound",
    ),
    Query(
        "Show boreholes for geothermal heating as a separate layer in the map, so we can check the distance to the neighbours' wells",
        5119,
        "english",
    ),
    Query(
        "Import av köldmedierapporter. Varje vår får vi in runt 200 köldmedierapporter som pdf och excel från fastighetsbolag och kylfirmor, och allt registreras för hand. Vi vill kunna importera rapporterna och få dem kopplade till rätt aggregat och anläggning.",
        5120,
        "more_detail",
    ),
    Query(
        "Till rätt aggregat och anläggning ska de årliga köldmedierapporterna kopplas när de importeras. Rapporterna skickas in av operatörerna.",
        5120,
        "word_order",
    ),
    Query(
        "Varning när kontroll av läckage saknas. Vi vill ha en bevakning som larmar om ett aggregat med fluorerade växthusgaser inte har rapporterat in någon kontroll av läckage inom intervallet.",
        5121,
        "compound",
    ),
    Query(
        "Alert if a unit with F-gas has no reported leak check within the interval", 5121, "english"
    ),
    Query(
        "Vi vill kunna ta fram vilka tillståndspliktiga anläggningar som inte har rapporterat in sin årliga miljörapport när sista dagen har passerat.",
        5122,
        "synonyms",
    ),
    Query("Lista 1/4 över B-verks. som inte lämnat miljörapp.", 5122, "abbreviation"),
    Query(
        "Verksamhetskoder enl. MPF som valbar lista, uppdateras av lev. när förordningen ändras.",
        5123,
        "abbreviation",
    ),
    Query(
        "Önskar att verksamhetskoderna enligt miljöprovningsförordningen finns som valbar lista och uppdateras av leverantoren när förordningen ändras.",
        5123,
        "typos",
    ),
    Query(
        "Stöd för att ta fram tillsynsbehovet. Vi vill få ut hur många tillsynsobjekt vi har per verksamhetskod och hur många timmar tillsyn som planeras per år.",
        5124,
        "synonyms",
    ),
    Query("Underlag till behovsutredningen ur systemet", 5124, "less_detail"),
    Query(
        "Kunna dölja klagandes uppgifter. Vi har haft fall där grannar blivit hotade efter att de klagat på störningar, eftersom namnet stod med i handlingarna som skickades till den som klagomålet riktades mot. Vi vill kunna markera klaganden som skyddad så att namn och adress inte syns i utskick och utlämnade handlingar.",
        5125,
        "more_detail",
    ),
    Query(
        "Ärenden om klagomål: det ska gå att skydda den som klagar så att namn och adress inte kommer med i handlingar som lämnas ut eller skickas till den verksamhet som klagomålet gäller.",
        5125,
        "compound",
    ),
    Query(
        "Bekräftelse till den som klagat. När vi lägger upp ett klagomålsärende, t.ex. om oväsen eller mögel, ska vi kunna skicka en bekräftelse till anmälaren med vem som handlägger och hur hen nås.",
        5126,
        "synonyms",
    ),
    Query(
        "Ett mottagningsbevis med handläggarens namn och kontaktuppgifter ska kunna skickas till klaganden när ett klagomål registreras, t.ex. om buller eller fukt.",
        5126,
        "word_order",
    ),
    Query(
        "Register of radon measurements in apartment buildings – value, period and whether 200 Bq/m3 is exceeded",
        5127,
        "english",
    ),
    Query(
        "Önskar ett registe över radonmätningar i flerbostadshus där vi ser mätvärde, mätperiod och om referensnivån 200 Bq/m3 överskrids.",
        5127,
        "typos",
    ),
    Query(
        "Checklistor för tillsyn av hälsoskydd i skolor och förskolor som kan fyllas i vid besöket och bli underlag för rapporten från inspektionen.",
        5128,
        "compound",
    ),
    Query("Färdiga checklistor för tillsyn på skolor och förskolor", 5128, "less_detail"),
    Query(
        "Badvattenprov (bassäng): reg. per parameter o gränsv. så vi direkt ser om provet är otjänligt.",
        5129,
        "abbreviation",
    ),
    Query(
        "Vi vill ha en beslutsmall för miljösanktionsavgift där beloppet enligt förodningen hämtas atuomatiskt utifrån vilken överträdelse som valts.",
        5130,
        "typos",
    ),
    Query(
        "Decision template for miljösanktionsavgift where the amount is fetched automatically from the förordning based on the chosen violation",
        5130,
        "english",
    ),
    Query(
        "Kontrolltiden ska kunna fördelas mellan inspektörerna när två har deltagit i samma kontroll. Registrering av flera inspektörer på en kontroll.",
        5131,
        "word_order",
    ),
    Query("Två inspektörer på samma kontroll", 5131, "less_detail"),
    Query(
        "Årsplanering av livsmedelskontroller. Vi är fyra inspektörer och lägger varje januari mycket tid på att i Excel räkna ut vilka anläggningar som ska besökas under året. Vi vill att Castor tar fram listan utifrån kontrollfrekvens och datum för senaste kontroll och att vi kan fördela anläggningarna mellan oss.",
        5132,
        "more_detail",
    ),
    Query(
        "Planering av kontroller: vi vill ta fram vilka anläggningar för livsmedel som ska kontrolleras under året utifrån frekvens för kontroll och datum för senaste kontroll, och fördela dem på inspektörerna.",
        5132,
        "compound",
    ),
    Query(
        "Show planned inspections on a map so the inspector can plan a route with several visits in the same area",
        5133,
        "english",
    ),
    Query("Planerade kontroller i kartan för ruttplanering", 5133, "less_detail"),
    Query(
        "Vid reg. av avvikelser: välja kontrollområde enl. LV:s lista (spårbarhet, märkning m.fl.) som följer med till rapporten.",
        5134,
        "abbreviation",
    ),
    Query(
        "Koppla varje brist till rätt område i Livsmedelsverkets indelning, t.ex. information till konsumenter eller spårbarhet, när vi skriver in den, och låt det synas i kontrollrapporten.",
        5134,
        "synonyms",
    ),
    Query(
        "Avgift för extra offentlig kontrol ska föreslås automatiskt när en uppföljande kontroll registreras efter en avvikelese.",
        5135,
        "typos",
    ),
    Query(
        "Avgift för extra offentlig kontroll. Sedan kontrollförordningen började gälla ska vi ta betalt för uppföljande kontroller vid bristande efterlevnad, men inspektörerna glömmer ofta att debitera. Vi vill att systemet föreslår avgiften för extra offentlig kontroll så fort en uppföljande kontroll registreras efter en avvikelse.",
        5135,
        "more_detail",
    ),
    Query(
        "Med volym, placering och datum för senaste återkommande kontroll vill vi ha ett register över cisterner för brandfarliga vätskor.",
        5136,
        "word_order",
    ),
    Query(
        "Kopia till avfallsbolaget. Beslut om egen kompostering eller uppehåll i tömningen ska per automatik gå för kännedom till det kommunala renhållningsföretaget.",
        5137,
        "synonyms",
    ),
    Query(
        "Utskick av beslut om kompost till renhållningen: när vi beslutar om kompostering eller uppehåll i hämtningen av sopor vill vi att beslutet skickas som kopia automatiskt.",
        5137,
        "compound",
    ),
    Query(
        "Visa om fastigheten finns i Lst:s EBH-stöd direkt i fastighetsvyn.", 5138, "abbreviation"
    ),
    Query(
        "Show in the property view if the fastighet is in Länsstyrelsen's EBH database (potentially contaminated sites)",
        5138,
        "english",
    ),
    Query(
        "Önskar att vi kan registrera antal djurenheter per lantbruksobjekt, så vi ser vilka gårder som är anmälningspliktiga (över 100 DE).",
        5139,
        "typos",
    ),
    Query("Antal djurenheter på lantbruksobjekt", 5139, "less_detail"),
    Query(
        "Registrera när föreläggandet tagits emot. Vi vill kunna föra in datum för delgivning och det påskrivna kvittot på föreläggandet för att veta när beslutet fått laga kraft.",
        5140,
        "synonyms",
    ),
    Query(
        "Reg. av delgivningskvitto o delgivningsdatum på förelägg., så vi ser när beslutet vunnit laga kraft.",
        5140,
        "abbreviation",
    ),
    Query(
        "Compile all documents in the ärende into one PDF in chronological order, for the application to mark- och miljödomstolen about utdömande av vite",
        5141,
        "english",
    ),
    Query(
        "Samla alla handl. i ärendet i en PDF, kronologiskt, inför ansökan om utdömande av vite hos MMD.",
        5141,
        "abbreviation",
    ),
    Query(
        "Även från avslutade ärenden vill vi se kontroller, avvikelser, beslut och avgifter för objektet, i en tidslinje. Tidslinje över tidigare tillsyn.",
        5142,
        "word_order",
    ),
    Query(
        "Önskar att vi kan ha flera kontaktpersoner per verksamhet med roller (ägare, driftansvarg, faktura) och välja vem som ska få kontrolrapporten.",
        5143,
        "typos",
    ),
    Query(
        "Annan fakturamottagare för årsavgiften. Flera av våra butiker tillhör kedjor där fakturorna ska till huvudkontoret i Stockholm, men i dag går de till butiken och kommer i retur. Det borde gå att ange en separat fakturamottagare som används för alla årliga avgifter.",
        5144,
        "more_detail",
    ),
    Query(
        "Mottagare av fakturan för årsavgiften: vi vill kunna ange en annan än verksamhetsutövaren, t.ex. kedjans huvudkontor, och att den gäller för alla årliga avgifter.",
        5144,
        "compound",
    ),
    Query("Nedsatt årlig avgift ska följa med till årsfaktureringen", 5145, "less_detail"),
    Query(
        "Nedsatt avgift ska följa med. Nämnden beslutar varje år om nedsättning av årsavgiften för några ideella föreningar, men vid årsfaktureringen går hela avgiften ut igen och vi får kreditera i efterhand. Vi vill kunna registrera nedsättningsbeslutet så att den nedsatta avgiften används vid nästa årsfakturering.",
        5145,
        "more_detail",
    ),
    Query(
        "VSO i miljökartan + varning när avlopps- eller VP-ärende ligger inom VSO",
        5146,
        "abbreviation",
    ),
    Query(
        "En varning ska visas när ett avlopps- eller värmepumpsärende ligger inom ett vattenskyddsområde. Vattenskyddsområdena ska också synas i miljökartan.",
        5146,
        "word_order",
    ),
    Query(
        "Set high or normal protection level (hälsoskydd/miljöskydd) per area and have it follow into the avloppsärende automatically",
        5147,
        "english",
    ),
    Query(
        "Vi vill kunna ange hög eller normal skyddsniva för hälsoskydd och miljöskydd per område och att den följer med automatiskt till avloppsärndet.",
        5147,
        "typos",
    ),
    Query(
        "Få veta vilka fastigheter med egen avloppsanläggning som inte har fått sin slambrunn tömd på två år, via data från avfallsverksamhetens system.",
        5148,
        "synonyms",
    ),
    Query(
        "Uppgifter om slamtömning. Slamtömningen av enskilda avlopp sköts av vårt kommunala avfallsbolag och vi får i dag en lista på papper en gång om året. Vi vill ha en integration så att vi i Castor ser vilka avlopp som inte har tömts de senaste två åren och kan prioritera dem i tillsynen.",
        5148,
        "more_detail",
    ),
    Query("Matförgiftningsanmälan kopplad till flera anläggningar", 5149, "less_detail"),
    Query(
        "Register suspected food poisoning reports with symptoms and meal, linked to several establishments at once",
        5149,
        "english",
    ),
    Query(
        "Avvikelserna ska i mallen för kontrollrapport listas grupperade per kontrollområde, med hänvisning till lagstiftningen.",
        5150,
        "word_order",
    ),
    Query(
        "Företaget ska själv kunna återkoppla på brister. Låt livsmedelsföretagaren digitalt visa att en brist i rapporten är rättad, med foton som bevis.",
        5151,
        "synonyms",
    ),
    Query(
        "Verksamheten ska via e-tj. kunna svara på avvikelse i kontrollrapp. och bifoga bilder på åtgärden.",
        5151,
        "abbreviation",
    ),
    Query(
        "Det borde gå att registrera mätvärden från bullermätningar (LAeq, LAFmax, tid och plats) strukturerat i ärendet, inte bara som bilga.",
        5152,
        "typos",
    ),
    Query(
        "Ärendeslag för tillstånd till bekämpningsmedelsspridning i vattenskyddsområde",
        5153,
        "less_detail",
    ),
    Query(
        "Eget ärendeslag för ansökan om tillst. att sprida bekämpningsmedel inom VSO, med beslutsmall o bevakning på spridningsjournal.",
        5153,
        "abbreviation",
    ),
    Query(
        "Med ett klick, utan formellt beslut, vill vi kunna avsluta värmepumpsanmälan och skicka ett kvitto till sökanden när inga försiktighetsmått behövs.",
        5154,
        "word_order",
    ),
    Query(
        "Snabbare avslut av värmepumpsanmälningar. Vi får in flera hundra anmälningar om bergvärme per år och i de flesta behövs inga försiktighetsmått alls, men vi måste ändå skriva ett beslut. Vi vill kunna avsluta ärendet med ett kvitto till sökanden med ett klick, utan formellt beslut.",
        5154,
        "more_detail",
    ),
    Query(
        "Fast avgift för tillstånd till avlopp ska läggas automatiskt på beslutet enligt taxan för rätt år.",
        5155,
        "compound",
    ),
    Query(
        "Önskar att fast avgift för tillstånd till avloppsanlägning läggs automatiskt på beslutet enligt taxan, med rätt taxear.",
        5155,
        "typos",
    ),
    Query("Statistik över underkända och åtgärdade avlopp per år", 5156, "less_detail"),
    Query(
        "Markera anmäld eller oanmäld kontroll. Livsmedelsverket frågar i årsrapporten hur stor andel av kontrollerna som var oanmälda och vi har ingen möjlighet att få fram det i dag. Vi vill kunna kryssa i om kontrollen var anmäld eller oanmäld och att det räknas med i statistiken.",
        5157,
        "more_detail",
    ),
    Query(
        "Bilder från inspektionen ska kunna väljas och infogas direkt i rapporten från inspektionen, med text till bilden.",
        5158,
        "compound",
    ),
    Query(
        "Tillsynsprojekt med flera objekt. I år driver vi en kampanj om städrutiner på alla 45 förskolor och har ingen bra väg att samla allt. Vi vill kunna skapa ett projekt, koppla objekten och ärendena till det och följa upp tid och resultat för hela projektet.",
        5159,
        "more_detail",
    ),
    Query(
        "Många objekt och ärenden ska kunna kopplas till ett tillsynsprojekt, t.ex. en kampanj om städning i förskolor, så att tid och resultat följs upp samlat.",
        5159,
        "word_order",
    ),
    # ------------------------------------------------- Kart & mät duplicates
    Query(
        "Beställning av NBK i e-tj. ska skapa ärende i K&M med fastighet och beställare ifyllda.",
        5300,
        "abbreviation",
    ),
    Query(
        "Order of nybyggnadskarta via the e-service should create a case in Kart & mät with property and customer filled in",
        5300,
        "english",
    ),
    Query(
        "Räkna fram kostnaden för kartan automatiskt utifrån tomtens storlek och gällande taxa när vi levererar en nybyggnadskarta, och skapa underlag till fakturan.",
        5301,
        "synonyms",
    ),
    Query(
        "Avgift för nybyggnadskarta enligt taxa. Vi räknar i dag ut avgiften manuellt med tomtarean från fastighetsregistret och en tabell i Excel, och det blir ibland fel. Önskar att avgiften räknas fram utifrån tomtarea och taxa och blir fakturaunderlag när kartan levereras.",
        5301,
        "more_detail",
    ),
    Query(
        "Kartärendet ska gå att koppla till bygglovsärendet, och där ska man se om nybyggnadskartan är beställd eller levererad.",
        5302,
        "word_order",
    ),
    Query(
        "Visa i BL-ärendet om NBK är beställd/levererad + koppla kartärendet till bygglovet.",
        5302,
        "abbreviation",
    ),
    Query(
        "Leverans av nybyggnadskarta: kartan ska kunna skickas till den som beställt som PDF och DWG via en länk för nedladdning direkt från ärendet.",
        5303,
        "compound",
    ),
    Query(
        "Färdig nybyggnadskarta ska kunna skickas till beställaren som PDF och DWG via en nedladningslänk direkt från ärendet.",
        5303,
        "typos",
    ),
    Query(
        "Bevakning för lägeskontroll vid startbesked. Det händer att vi inte får veta att ett hus börjat byggas förrän grunden redan är gjuten, och då är det för sent. Vi vill att en bevakning för lägeskontroll skapas automatiskt hos oss på mät när startbesked ges i ett bygglov där lägeskontroll krävs.",
        5304,
        "more_detail",
    ),
    Query("Lägeskontrollbevakning från startbeskedet", 5304, "less_detail"),
    Query(
        "Resultatet av lägeskontrollen ska per automatik hamna i byggärendet och byggnadsinspektören ska få ett meddelande om det.",
        5305,
        "synonyms",
    ),
    Query(
        "Lägeskontroll protocol should be added to the bygglov case automatically and the building inspector notified",
        5305,
        "english",
    ),
    Query(
        "Bestallning av utstakning ska kunna göras i e-tjänst och bokas i en kalendr för mätlaget.",
        5306,
        "typos",
    ),
    Query(
        "Utstakningsbeställning via e-tjänsten med bokning i mätlagets kalender.", 5306, "compound"
    ),
    Query(
        "Översikt för mätarna per dag. Vi vill ha en kalender där alla beställda utsättningar och lägeskontroller visas per dag och per mättekniker.",
        5307,
        "synonyms",
    ),
    Query(
        "Per dag och person ska alla beställda utstakningar och lägeskontroller synas i en planeringsvy för mätningsingenjörerna.",
        5307,
        "word_order",
    ),
    Query(
        "Läsa in mätfiler från totalst./GNSS direkt i ärendet och se pkt i kartan.",
        5308,
        "abbreviation",
    ),
    Query(
        "Punkterna ska synas i kartan när mätfiler från totalstation eller GNSS-mottagare läses in direkt i ärendet.",
        5308,
        "word_order",
    ),
    Query(
        "Process för att ge en fastighet ny adress: vi vill ha stöd i systemet för beslut om adress och att ägaren automatiskt får besked.",
        5309,
        "synonyms",
    ),
    Query("Ärendeflöde för ny belägenhetsadress", 5309, "less_detail"),
    Query(
        "Nya/ändrade adresser ska rapp. direkt till LM:s belägenhetsadressreg. via API.",
        5310,
        "abbreviation",
    ),
    Query(
        "Report new and changed addresses directly to Lantmäteriet's address register via API instead of doing it manually",
        5310,
        "english",
    ),
    Query(
        "Det borde gå att registrera och ändra lägenhetsnummer i flerbostadshus och få en förteckning över lägenheterna per adess.",
        5311,
        "typos",
    ),
    Query(
        "Registrering av nummer för lägenheter i hus med flera bostäder, och en förteckning över lägenheterna per adress.",
        5311,
        "compound",
    ),
    Query(
        "Inmätta hus ska skickas vidare till Lantmäteriets register över byggnader utan manuell hantering.",
        5312,
        "synonyms",
    ),
    Query(
        "Automatisk rapportering av inmätta byggnader till byggnadsregistret", 5312, "less_detail"
    ),
    Query(
        "Grannlista från kartan. Vid grannehöranden i bygglov beställer handläggarna en fastighetsförteckning av oss, och det tar ofta flera dagar. Det borde gå att direkt i kartan ta fram grannarna inom valfritt avstånd från fastigheten, med ägare och adresser.",
        5313,
        "more_detail",
    ),
    Query(
        "Fastighetsförteckning för DP enl. LM:s krav inkl. rättigheter o samfälligheter, export till Word.",
        5314,
        "abbreviation",
    ),
    Query(
        "Med rättigheter och samfälligheter, och enligt Lantmäteriets krav, ska fastighetsförteckningen för detaljplaner kunna tas fram och exporteras till Word.",
        5314,
        "word_order",
    ),
    Query(
        "Spara egna vyer av kartan, med valda lager och zoomnivå, som favoriter.", 5315, "compound"
    ),
    Query("Mäta avstånd och yta i kartan", 5316, "less_detail"),
    Query("Det borde finnas ett mätverktyg i kartan för att mata avstånd och aera.", 5316, "typos"),
    Query(
        "I A3 och A4, med norrpil och skalstock, ska kartan kunna skrivas ut i exakt skala, till exempel 1:400 eller 1:1000.",
        5317,
        "word_order",
    ),
    Query(
        "Egen baskarta via WMS. Vi har en mycket mer detaljerad baskarta i vårt GIS än den som finns i Castor i dag, och den publiceras redan som WMS från vår GeoServer. Vi vill att den kan visas i Castors karta.",
        5318,
        "more_detail",
    ),
    Query(
        "Show our municipality's own base map in Castor via WMS from our GIS server",
        5318,
        "english",
    ),
    Query(
        "Önskar att nya ortofoton och historiska flygbilder kan visas som bakgrund i kartan och att man kan vaxla mellan år.",
        5319,
        "typos",
    ),
    Query(
        "Välja flygfoto från olika år som bakgrundskarta, både aktuella och äldre bilder.",
        5319,
        "synonyms",
    ),
    Query(
        "Export av punkter för ärenden, t.ex. alla bygglov per år, som shape eller GeoPackage för analys i QGIS.",
        5320,
        "compound",
    ),
    Query(
        "Export av ärendepunkter. Vår GIS-samordnare vill analysera var det byggs mest i kommunen och behöver alla bygglov de senaste fem åren som punkter. Vi vill kunna exportera ärendepunkter per år som shape eller GeoPackage för att öppna dem i QGIS.",
        5320,
        "more_detail",
    ),
    Query(
        "Stöd för kommunens lokala Sweref-zon (t.ex. 16 30) och RH2000 i kartan.",
        5321,
        "abbreviation",
    ),
    Query("Statistik på antal kartärenden och leveranstider", 5322, "less_detail"),
    Query(
        "Välja NBK eller förenklad NBK vid beställning, med olika mallar/avgifter.",
        5323,
        "abbreviation",
    ),
    Query(
        "Choose between full and simplified nybyggnadskarta when ordering, with different templates and fees",
        5323,
        "english",
    ),
    Query(
        "Mallen till nybyggnadskartan ska automatiskt få med förklaring av tecken, bestämmelser ur planen och uppgift om vilket höjdsystem som används.",
        5324,
        "compound",
    ),
    Query("Teckenförklaring och planbestämmelser automatiskt i kartmallen", 5324, "less_detail"),
    Query(
        "Öppna gällande plan från kartan: när man pekar på ett planområde ska plankarta och bestämmelser visas som PDF.",
        5325,
        "synonyms",
    ),
    Query(
        "Click on a detaljplan in the map and open the plan map and planbestämmelser as PDF",
        5325,
        "english",
    ),
    Query(
        "Så att de alltid är aktuella borde fastighetsgränserna i kartan hämtas direkt från Lantmäteriets tjänst.",
        5326,
        "word_order",
    ),
    Query(
        "Vi vill ha ett eget ärendeslag för gränsutvisnig med beställning, tidsbokning och avgift enligt taxan.",
        5327,
        "typos",
    ),
    Query(
        "Ärendeslag för gränsutvisning. Vi gör ett sextiotal gränsutvisningar per år och registrerar dem i dag som allmänt kartärende, vilket gör att avgiften blir fel och statistiken missvisande. Vi vill ha ett eget ärendeslag med beställning, tidsbokning och avgift enligt taxan.",
        5327,
        "more_detail",
    ),
    Query(
        "Register över punkter i stomnätet med koordinater, höjd och status som kan visas i kartan och skrivas ut som beskrivning av punkten.",
        5328,
        "compound",
    ),
    Query(
        "Vilka färdiga hus saknas i kartan? Vi vill få ut en förteckning över byggnader som fått slutbesked men ännu inte har mätts in.",
        5329,
        "synonyms",
    ),
    Query("Lista över byggn. med SLB som inte är inmätta i baskartan ännu.", 5329, "abbreviation"),
    Query("SMS när nybyggnadskartan är klar", 5330, "less_detail"),
    Query(
        "Sms-avisering för nybyggnadskarta. Beställarna ringer ofta och frågar om kartan är klar, vilket tar mycket tid för oss på mät. Vi vill att beställaren automatiskt får ett sms när nybyggnadskartan är färdig att hämta.",
        5330,
        "more_detail",
    ),
    Query(
        "För att se vad som händer i ett område: visa alla pågående ärenden som punkter i kartan, med en egen symbol per ärendetyp.",
        5331,
        "word_order",
    ),
    Query(
        "Önskar att alla pågånde ärenden syns som punkter i kartan med olika symboler per ärendetyp så man ser vad som händer i ett omrdåe.",
        5331,
        "typos",
    ),
    Query(
        "Draw own objects (lines, polygons, text) in the map and save them in the case, e.g. to mark a placement",
        5332,
        "english",
    ),
    Query(
        "Skissa i kartan: handläggaren ska kunna lägga till egna streck, ytor och texter och spara dem i ärendet, t.ex. för att visa var något ska stå.",
        5332,
        "synonyms",
    ),
    Query("Sök på adress, fbet eller koord. i kartan och zooma dit direkt.", 5333, "abbreviation"),
    Query(
        "Sökning på adress, beteckning för fastighet eller koordinat i kartan, med zoom direkt till träffen.",
        5333,
        "compound",
    ),
    Query(
        "Fastighetens historik efter förrättning. Efter att en stor fastighet styckats i tolv tomter hittade vi inte de gamla miljö- och byggärendena, eftersom de låg på den gamla beteckningen. Vi vill se avstyckningar, sammanläggningar och tidigare beteckningar så att gamla ärenden hittas.",
        5334,
        "more_detail",
    ),
    Query(
        "Vi vill se fastighetens histroik (avstyckningar, sammanläggningar, tidigare beteckningar) så att gamla ärenden hittas även efter en förättning.",
        5334,
        "typos",
    ),
    Query(
        "Beslut om nytt namn på gata eller väg: ärendetyp med remiss till beredningen för namn och bilaga med karta.",
        5335,
        "compound",
    ),
    Query(
        "Med remiss till namnberedningen och en kartbilaga vill vi hantera beslut om nytt gatunamn eller vägnamn som en egen ärendetyp.",
        5335,
        "word_order",
    ),
    Query("Exportera mätpunkter till kartdatabasen", 5336, "less_detail"),
    Query("Show my GPS position in the map when out in the field", 5337, "english"),
    Query(
        "GPS-position i kartan så att man ser var man står när man är ute i falt.", 5337, "typos"
    ),
    Query(
        "Så att fakturan till beställaren blir rätt vill vi per mätuppdrag kunna registrera tid och vilken utrustning som använts, GNSS eller totalstation.",
        5338,
        "word_order",
    ),
    Query(
        "Reg. tid + utrustning (GNSS/totalst.) per mätuppdrag för korrekt fakt. till beställaren.",
        5338,
        "abbreviation",
    ),
    Query(
        "Let external consultants download the base map in DWG for an area through an e-service, against a fee",
        5339,
        "english",
    ),
    Query(
        "Självservice för kartunderlag: arkitekter och konsulter ska själva kunna hämta baskartan för ett område som CAD-fil via webben och betala för det.",
        5339,
        "synonyms",
    ),
    # -------------------------------------------------- Miljö look-alikes
    Query(
        "Ny riskklassning mitt i året. När en verksamhet ändrar inriktning vill vi kunna klassa om den och få en justerad årsavgift för den återstående delen av året.",
        None,
        "lookalike",
    ),
    Query(
        "Kontrollrapport på andra språk. Vi vill kunna skriva ut kontrollrapportens fasta texter på engelska eller arabiska för verksamhetsutövare som inte förstår svenska.",
        None,
        "lookalike",
    ),
    Query(
        "Gemensam lista över bevakningar för uppföljande kontroll för hela livsmedelsgruppen, så att en kollega kan ta över när inspektören är sjuk.",
        None,
        "lookalike",
    ),
    Query(
        "Innan årsrapporteringen till Livsmedelsverket vill vi få en lista över kontroller som saknar registrerad bedömning av avvikelser, så att vi kan rätta dem först.",
        None,
        "lookalike",
    ),
    Query(
        "Kreditering av årlig avgift vid avregistrering. Verksamheter som upphör under året ska automatiskt få tillbaka den del av årsavgiften som avser resten av året.",
        None,
        "lookalike",
    ),
    Query(
        "Rapport över debiterbar tid. Vi vill se hur stor andel av varje handläggares registrerade tid som är debiterbar, för att följa upp avgiftsfinansieringsgraden.",
        None,
        "lookalike",
    ),
    Query(
        "Registreringsbevis till verksamheten. När handläggaren har godkänt en registrering av livsmedelsanläggning vill vi att ett registreringsbevis skickas automatiskt till företaget.",
        None,
        "lookalike",
    ),
    Query(
        "Slutfaktura vid ägarbyte. När ägarbytet registreras ska den tidigare ägaren automatiskt få en slutfaktura och den gamla verksamheten avregistreras.",
        None,
        "lookalike",
    ),
    Query(
        "Beställa prover från ärendet. Vi vill kunna skicka provbeställningen elektroniskt till laboratoriet direkt från ärendet, med provpunkt och analyspaket.",
        None,
        "lookalike",
    ),
    Query(
        "Lista över dricksvattenanläggningar med antal tagna prov i år jämfört med vad provtagningsprogrammet kräver.",
        None,
        "lookalike",
    ),
    Query(
        "Fastighetsägaren ska i en e-tjänst kunna se status för sin egen avloppsanläggning och det senaste beslutet om avloppet.",
        None,
        "lookalike",
    ),
    Query(
        "Efter avloppsinventeringen vill vi att det automatiskt skapas ett ärende med förslag till föreläggande för varje underkänd anläggning.",
        None,
        "lookalike",
    ),
    Query(
        "Påminnelsebrev till fastighetsägaren en månad innan sista dag för åtgärd i ett föreläggande om avlopp, med färdig brevmall.",
        None,
        "lookalike",
    ),
    Query(
        "Borrprotokoll via e-tjänst. Borrfirman ska kunna skicka in borrprotokollet efter att borrningen för bergvärme är gjord och få det kopplat till anmälan.",
        None,
        "lookalike",
    ),
    Query(
        "Påminnelse till operatörerna. Vi vill kunna skicka ut en påminnelse till alla operatörer i februari om att köldmedierapporten ska lämnas in senast 31 mars.",
        None,
        "lookalike",
    ),
    Query(
        "Granskning av miljörapporter. Vi vill kunna registrera granskningen av varje miljörapport med checklista och granskningsdatum per år.",
        None,
        "lookalike",
    ),
    Query(
        "Ändra tillsynsavgift för alla objekt med en viss verksamhetskod samtidigt, när taxan ändras.",
        None,
        "lookalike",
    ),
    Query(
        "E-tjänst för klagomål. Medborgare ska kunna lämna klagomål om t.ex. buller eller fukt i bostaden via webben och få ett klagomålsärende skapat direkt.",
        None,
        "lookalike",
    ),
    Query(
        "Utskick om radonmätning. Vi vill kunna skicka ett föreläggande om radonmätning till alla hyresvärdar i kommunen som inte har redovisat någon mätning.",
        None,
        "lookalike",
    ),
    Query(
        "Sammanställning av checklistorna från tillsynen av förskolor, så att vi kan rapportera de vanligaste bristerna i kommunens förskolor till nämnden.",
        None,
        "lookalike",
    ),
    Query(
        "Bassängbaden ska själva kunna rapportera in sina egenkontrollprover av badvattnet via en e-tjänst.",
        None,
        "lookalike",
    ),
    Query(
        "Register över beslutade miljösanktionsavgifter per år, för rapportering till Naturvårdsverket.",
        None,
        "lookalike",
    ),
    Query(
        "Brev om planerad kontroll. När inspektören bokar in en anmäld kontroll vill vi att verksamheten automatiskt får ett brev med datum och vad som ska kontrolleras.",
        None,
        "lookalike",
    ),
    Query(
        "Rapport över hur stor del av de uppföljande kontrollerna som faktiskt har debiterats som extra offentlig kontroll.",
        None,
        "lookalike",
    ),
    Query(
        "Påminnelse till fastighetsägaren när det är dags för återkommande kontroll av cisternen.",
        None,
        "lookalike",
    ),
    Query(
        "Elektronisk delgivning. Vi vill kunna delge förelägganden digitalt med BankID i stället för med rekommenderat brev och mottagningsbevis på papper.",
        None,
        "lookalike",
    ),
    Query(
        "Slå ihop dubbletter av tillsynsobjekt, så att kontroller, beslut och avgifter hamnar på ett och samma objekt.",
        None,
        "lookalike",
    ),
    Query(
        "Verksamheten ska själv kunna uppdatera sina kontaktpersoner och sin fakturaadress via en e-tjänst.",
        None,
        "lookalike",
    ),
    Query(
        "Lista över alla objekt (avlopp, cisterner, lantbruk) som ligger inom ett visst vattenskyddsområde, som underlag för tillsynsplaneringen.",
        None,
        "lookalike",
    ),
    Query(
        "Dispens från slamtömning. Vi vill kunna registrera beslut om glesare slamtömning med giltighetstid och få en bevakning när dispensen går ut.",
        None,
        "lookalike",
    ),
    Query(
        "Foton som tas i mobilen under inspektionen ska sparas automatiskt i rätt ärende i stället för att ligga kvar i telefonens kamerarulle.",
        None,
        "lookalike",
    ),
    Query(
        "Skicka en enkät om egenkontroll till alla objekt som ingår i ett tillsynsprojekt i ett enda utskick.",
        None,
        "lookalike",
    ),
    Query(
        "Rapportera misstänkt matförgiftning vidare till Livsmedelsverket och smittskyddsläkaren direkt från ärendet.",
        None,
        "lookalike",
    ),
    # --------------------------------------------- Kart & mät look-alikes
    Query(
        "Status på beställd nybyggnadskarta i e-tjänsten. Beställaren ska kunna följa sin beställning (mottagen, under arbete, levererad) när hen loggar in.",
        None,
        "lookalike",
    ),
    Query(
        "Betalning i förskott. Vi vill att beställaren betalar med kort eller Swish redan när nybyggnadskartan beställs i e-tjänsten.",
        None,
        "lookalike",
    ),
    Query(
        "Byggherren ska själv kunna beställa lägeskontroll via e-tjänst och ange önskat datum.",
        None,
        "lookalike",
    ),
    Query(
        "Rapport över hur många av årets startbesked med krav på lägeskontroll som faktiskt har fått en utförd lägeskontroll.",
        None,
        "lookalike",
    ),
    Query(
        "Avgift för utstakning ska räknas fram utifrån antal punkter och byggnadens area enligt taxan.",
        None,
        "lookalike",
    ),
    Query(
        "Exportera koordinater från ärendet till en fil som kan läsas in i GNSS-mottagaren inför utstakningen.",
        None,
        "lookalike",
    ),
    Query(
        "E-tjänst där fastighetsägare kan ansöka om ny belägenhetsadress eller adressändring.",
        None,
        "lookalike",
    ),
    Query(
        "Lista över fastigheter med bostadsbyggnader som saknar belägenhetsadress.",
        None,
        "lookalike",
    ),
    Query(
        "Brev till fastighetsägare som inte har rapporterat in lägenhetsnummer för nya flerbostadshus.",
        None,
        "lookalike",
    ),
    Query(
        "Uppdatera fastighetsförteckningen inför antagandet av detaljplanen med nya ägare, och markera vad som ändrats sedan samrådet.",
        None,
        "lookalike",
    ),
    Query(
        "Egen logga, ärendenummer och handläggarens namn i utskriftsmallen för kartan.",
        None,
        "lookalike",
    ),
    Query(
        "Publicera Castors kartlager, t.ex. ärendepunkter, som WMS så att de kan visas i kommunens egen GIS-portal.",
        None,
        "lookalike",
    ),
    Query("Öppna snedbilder från den punkt man klickar på i kartan.", None, "lookalike"),
    Query(
        "Rapport över fakturerade timmar för mätenheten per kund och förvaltning under året.",
        None,
        "lookalike",
    ),
    Query(
        "Varning om nybyggnadskartan som bifogats ett bygglov är äldre än två år och behöver uppdateras.",
        None,
        "lookalike",
    ),
    Query(
        "Planområden i kartan ska färgas efter om planen är gällande, under framtagande eller upphävd.",
        None,
        "lookalike",
    ),
    Query(
        "Visa fastighetsgränsernas lägesosäkerhet och kvalitetsklass när man klickar på en gränslinje i kartan.",
        None,
        "lookalike",
    ),
    Query(
        "Efter gränsutvisningen vill vi kunna skicka ett protokoll med karta och foton på gränsmarkeringarna till alla berörda grannar.",
        None,
        "lookalike",
    ),
    Query(
        "Allmänheten ska kunna anmäla skadade eller förstörda stompunkter via en e-tjänst med kartmarkering.",
        None,
        "lookalike",
    ),
    Query(
        "Ärendeslag för inmätning av befintlig byggnad på beställning av fastighetsägaren, med avgift enligt taxan.",
        None,
        "lookalike",
    ),
    Query(
        "Importera en DWG eller shapefil från sökanden och visa den som ett lager i ärendets karta.",
        None,
        "lookalike",
    ),
    Query(
        "Register över beslutade och reserverade gatunamn, så att samma namn inte används två gånger i kommunen.",
        None,
        "lookalike",
    ),
]
