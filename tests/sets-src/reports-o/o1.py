from lib import row
PH=('Bicol Region','PHL')
docs = []
docs.append(dict(id='ro-01', pub='2024-10-25', text="DSWD DROMIC Report #5 on Severe Tropical Storm Kristine as of 25 October 2024, 6PM\n\nI. Status of displaced population\nIn Bicol Region, a total of 48,315 families or 201,772 persons are currently sheltering in 1,306 evacuation centres. Another 9,140 families or 37,902 persons are staying with relatives and friends outside evacuation centres.\n\nII. Damaged houses\nA total of 3,412 houses were damaged; of which 612 are totally damaged and 2,800 are partially damaged.",
 d={'src':'DSWD DROMIC','loc':PH}, claims=[
 ('displaced',48315,'48,315 families',{'hh':True}),
 ('displaced',201772,'201,772 persons are currently sheltering'),
 ('displaced',9140,'9,140 families',{'hh':True}),
 ('displaced',37902,'37,902 persons are staying with relatives'),
 ('homes',3412,'3,412 houses were damaged'),
 ('homes',612,'612 are totally damaged',{'who':'houses'}),
 ('homes',2800,'2,800 are partially damaged',{'who':'houses'}),
]))
S=('10 May','2024-05-10')
docs.append(dict(id='ro-02', pub='2024-05-14', text="SUDAN: Clashes in El Fasher - Flash Update No. 2 (OCHA), 14 May 2024\n\nHIGHLIGHTS\n• Since 10 May, at least 27 people have been reported dead and more than 130 treated for injuries at the South Hospital, according to MSF.\n• An estimated 40,000 people have been newly displaced within El Fasher town, DTM reports.\n• Displacement movements towards Tawila continue: about 2,300 displaced households arrived there over the weekend.\n• Humanitarian partners estimate that 800,000 people in the town need assistance.",
 d={'loc':('El Fasher','SDN')}, claims=[
 ('killed',27,'at least 27 people have been reported dead',{'q':'al','src':'MSF','since':S}),
 ('injured',130,'more than 130 treated for injuries',{'q':'al','src':'MSF','since':S}),
 ('displaced',40000,'40,000 people have been newly displaced',{'q':'ap','src':'DTM'}),
 ('displaced',2300,'about 2,300 displaced households',{'q':'ap','hh':True,'src':'OCHA','loc':('Tawila','SDN')}),
]))
S7=('7 Oct','2023-10-07'); G=dict(loc=('Gaza','PSE'))
docs.append(dict(id='ro-03', pub='2024-03-20', fmt='table-pipes', text="OCHA | Gaza Humanitarian Response Update (as of 20 March 2024)\n\nCasualties | Last 24 h | Cumulative (since 7 Oct)\nKilled | 82 | 31,923\nInjured | 116 | 74,096\nReported missing | - | 7,000+\nSource: Ministry of Health in Gaza",
 d={'src':'Ministry of Health in Gaza','loc':('Gaza','PSE')}, claims=[
 ('killed',82,'82',{'ctx':'Killed'}),('killed',31923,'31,923',{'ctx':'Killed','since':S7}),
 ('injured',116,'116',{'ctx':'Injured'}),('injured',74096,'74,096',{'ctx':'Injured','since':S7}),
 ('missing',7000,'7,000+',{'ctx':'Reported missing','q':'al','since':S7}),
]))
H=lambda p:{'loc':(p,'HTI')}
docs.append(dict(id='ro-04', pub='2024-06-18', fmt='table-pipes', text="IOM DTM Haiti | IDPs in collective sites, Port-au-Prince metropolitan area (Round 7, 14 June 2024)\nCommune | Sites | Households | IDPs in sites | Newly displaced (last 2 weeks)\nDelmas | 23 | 4,120 | 17,860 | 1,205\nPort-au-Prince | 41 | 9,532 | 40,117 | 3,478\nTabarre | 9 | 1,288 | 5,603 | 214\nTotal | 73 | 14,940 | 63,580 | 4,897",
 d={'src':'IOM DTM','as_of':'2024-06-14'}, claims=
 row('Delmas |',[('displaced',4120,'4,120','Households',{'hh':True}),('displaced',17860,'17,860','IDPs in sites'),('displaced',1205,'1,205','Newly displaced (last 2 weeks)')],**H('Delmas'))+
 row('Port-au-Prince |',[('displaced',9532,'9,532','Households',{'hh':True}),('displaced',40117,'40,117','IDPs in sites'),('displaced',3478,'3,478','Newly displaced (last 2 weeks)')],**H('Port-au-Prince'))+
 row('Tabarre |',[('displaced',1288,'1,288','Households',{'hh':True}),('displaced',5603,'5,603','IDPs in sites'),('displaced',214,'214','Newly displaced (last 2 weeks)')],**H('Tabarre'))+
 row('Total |',[('displaced',14940,'14,940','Households',{'hh':True}),('displaced',63580,'63,580','IDPs in sites'),('displaced',4897,'4,897','Newly displaced (last 2 weeks)')],**H('Port-au-Prince metropolitan area'))
))
docs.append(dict(id='ro-05', pub='2023-02-20', fmt='tiles', text="SYRIA / TÜRKIYE EARTHQUAKES — Key figures (WHO EMRO dashboard, 20 Feb 2023)\n\nDEATHS CONFIRMED\n5,814\nINJURED\n11,219\nBUILDINGS TOTALLY COLLAPSED\n1,314\nPEOPLE IN NEED\n8.8M\n\nFigures cover north-west Syria only.",
 d={'src':'WHO EMRO','loc':('north-west Syria','SYR')}, claims=[
 ('killed',5814,'5,814',{'ctx':'DEATHS CONFIRMED'}),('injured',11219,'11,219',{'ctx':'INJURED'}),
 ('homes',1314,'1,314',{'ctx':'BUILDINGS TOTALLY COLLAPSED','who':'buildings'}),
]))
SJ=('1 July','2024-07-01'); P=lambda p:{'loc':(p,'PAK'),'since':SJ}
hdr6=['Deaths','Injured','Houses damaged (partially)','Houses damaged (fully)']
def r6(label,place,vals):
    return row(label,[(m,v,q,c,({'who':'houses'} if m=='homes' else {})) for (m,c),(v,q) in zip([('killed',hdr6[0]),('injured',hdr6[1]),('homes',hdr6[2]),('homes',hdr6[3])],vals)],**P(place))
docs.append(dict(id='ro-06', pub='2024-08-28', fmt='table-pipes', text="NDMA Pakistan — Monsoon 2024 SITREP No. 41 (cumulative, 1 July to 28 August 2024)\nProvince | Deaths | Injured | Houses damaged (partially) | Houses damaged (fully) | Livestock perished\nPunjab | 102 | 311 | 1,943 | 287 | 58\nSindh | 44 | 92 | 6,018 | 1,120 | 410\nKhyber Pakhtunkhwa | 111 | 160 | 2,551 | 736 | 219\nBalochistan | 21 | 8 | 904 | 312 | 1,002\nTotal | 278 | 571 | 11,416 | 2,455 | 1,689",
 d={'src':'NDMA'}, claims=r6('\nPunjab','Punjab',[(102,'102'),(311,'311'),(1943,'1,943'),(287,'287')])+r6('\nSindh','Sindh',[(44,'44'),(92,'92'),(6018,'6,018'),(1120,'1,120')])+r6('\nKhyber','Khyber Pakhtunkhwa',[(111,'111'),(160,'160'),(2551,'2,551'),(736,'736')])+r6('\nBalochistan','Balochistan',[(21,'21'),(8,'8'),(904,'904'),(312,'312')])+r6('\nTotal','Pakistan',[(278,'278'),(571,'571'),(11416,'11,416'),(2455,'2,455')])))
docs.append(dict(id='ro-07', pub='2024-09-12', fmt='pdf', text="Flash Update #3 – Floods in Borno State\nUNICEF Nigeria | 12 September 2024\nThe Alau dam breach on 10 September flooded about 70 per cent of Maiduguri. According to the State Emergency Management Agency, at least 37 people died and 58 were hurt; 414,000 people were displaced and are\nsheltering in 29 camps. Over 1,200 persons remain unaccounted for. Some 42,800 houses are reported\nsubmerged or damaged, along with 6 health facilities.",
 d={'loc':('Maiduguri','NGA')}, claims=[
 ('killed',37,'at least 37 people died',{'q':'al','src':'State Emergency Management Agency','as_of':'2024-09-10'}),
 ('injured',58,'58 were hurt',{'src':'State Emergency Management Agency','as_of':'2024-09-10'}),
 ('displaced',414000,'414,000 people were displaced',{'src':'State Emergency Management Agency','as_of':'2024-09-10'}),
 ('missing',1200,'Over 1,200 persons remain unaccounted for',{'q':'al','src':'UNICEF'}),
 ('homes',42800,'Some 42,800 houses are reported\nsubmerged or damaged',{'q':'ap','src':'UNICEF'}),
 ('facilities',6,'6 health facilities',{'src':'UNICEF'}),
]))
SA=('15 Apr 2023','2023-04-15'); U=lambda p,c:{'loc':(p,c),'since':SA,'who':'refugees'}
docs.append(dict(id='ro-08', pub='2024-07-04', fmt='table-pipes', text="UNHCR | Sudan situation — Arrivals by country (as of 30 June 2024)\nCountry of asylum | New arrivals since 15 Apr 2023 | Of which refugees | Returnees\nChad | 612,400 | 598,020 | 14,380\nSouth Sudan | 655,100 | 63,900 | 591,200\nEgypt | 512,000 | 500,000 | 12,000\nEthiopia | 51,300 | 36,200 | 15,100\nInside Sudan, 7.7 million people are internally displaced (DTM).",
 d={'src':'UNHCR','as_of':'2024-06-30'}, claims=
 row('\nChad',[('refugees',598020,'598,020','Of which refugees')],**U('Chad','TCD'))+row('\nSouth Sudan',[('refugees',63900,'63,900','Of which refugees')],**U('South Sudan','SSD'))+row('\nEgypt',[('refugees',500000,'500,000','Of which refugees')],**U('Egypt','EGY'))+row('\nEthiopia',[('refugees',36200,'36,200','Of which refugees')],**U('Ethiopia','ETH'))+[
 ('displaced',7700000,'7.7 million people are internally displaced',{'src':'DTM','loc':('Sudan','SDN'),'as_of':'2024-07-04'})]))
def a9(label,place,date,src,vals):
    ms=[('killed','fatalities'),('injured','injuries'),('homes','houses_destroyed'),('homes','houses_damaged')]
    return row(label,[(m,v,str(v),c,({'who':'houses'} if m=='homes' else {})) for (m,c),v in zip(ms,vals)],loc=(place,'AFG'),as_of=date,src=src)
docs.append(dict(id='ro-09', pub='2024-05-14', fmt='csv', text="date,admin1,event,fatalities,injuries,houses_destroyed,houses_damaged,source\n2024-05-11,Baghlan,flash flood,315,1630,2207,2800,ANDMA\n2024-05-11,Badakhshan,flash flood,19,22,350,427,ANDMA\n2024-05-12,Takhar,flash flood,20,14,66,210,Provincial authorities",
 claims=a9(',Baghlan,','Baghlan','2024-05-11','ANDMA',[315,1630,2207,2800])+a9(',Badakhshan,','Badakhshan','2024-05-11','ANDMA',[19,22,350,427])+a9(',Takhar,','Takhar','2024-05-12','Provincial authorities',[20,14,66,210])))
docs.append(dict(id='ro-10', pub='2024-07-03', lang='fr', text="RDC : Nord-Kivu – Rapport de situation n° 12 (OCHA), 3 juillet 2024\nFaits saillants\n• Plus de 2 000 ménages nouvellement déplacés ont été enregistrés à Kanyabayonga depuis le 25 juin.\n• Au moins 14 civils tués et 31 blessés lors des affrontements du 28 juin, selon la société civile locale.\n• Environ 135 000 personnes déplacées vivent dans 62 sites collectifs autour de Goma.\n• 1 470 maisons incendiées ou détruites dans le territoire de Lubero.",
 d={'src':'OCHA'}, claims=[
 ('displaced',2000,'Plus de 2 000 ménages nouvellement déplacés',{'q':'al','hh':True,'who':'ménages','since':('25 juin','2024-06-25'),'loc':('Kanyabayonga','COD')}),
 ('killed',14,'Au moins 14 civils tués',{'q':'al','who':'civils','src':'société civile locale','as_of':'2024-06-28','loc':('Nord-Kivu','COD')}),
 ('injured',31,'31 blessés',{'who':'civils','src':'société civile locale','as_of':'2024-06-28','loc':('Nord-Kivu','COD')}),
 ('displaced',135000,'Environ 135 000 personnes déplacées',{'q':'ap','who':'personnes','loc':('Goma','COD')}),
 ('homes',1470,'1 470 maisons incendiées ou détruites',{'who':'maisons','loc':('Lubero','COD')}),
]))
HN=('Honduras','HND')
docs.append(dict(id='ro-11', pub='2024-11-18', lang='es', fmt='key-figures', text="COPECO | Honduras – Informe de situación N.º 6, tormenta tropical Sara (18 de noviembre de 2024, 10:00 h)\nAfectaciones acumuladas\nPersonas fallecidas: 4\nPersonas desaparecidas: 1\nPersonas heridas: 3\nPersonas albergadas: 11.802 en 132 albergues\nViviendas dañadas: 3.610\nViviendas destruidas: 58\nPersonas evacuadas: 34.120",
 d={'src':'COPECO','loc':HN,'who':'personas'}, claims=[
 ('killed',4,'Personas fallecidas: 4'),('missing',1,'Personas desaparecidas: 1'),('injured',3,'Personas heridas: 3'),
 ('displaced',11802,'Personas albergadas: 11.802'),('homes',3610,'Viviendas dañadas: 3.610',{'who':'viviendas'}),
 ('homes',58,'Viviendas destruidas: 58',{'who':'viviendas'}),('displaced',34120,'Personas evacuadas: 34.120'),
]))
docs.append(dict(id='ro-12', pub='2024-08-09', lang='ar', fmt='key-figures', text="الهلال الأحمر اليمني | تقرير الوضع رقم 3 – سيول محافظة مأرب (9 أغسطس 2024)\n• الوفيات: 14\n• الجرحى: 23\n• الأسر النازحة: 1,850 أسرة\n• المنازل المتضررة جزئياً: 640\n• المنازل المدمرة كلياً: 212\n• أكثر من 9,000 شخص لجأوا إلى المدارس والمساجد.",
 d={'src':'الهلال الأحمر اليمني','loc':('مأرب','YEM')}, claims=[
 ('killed',14,'الوفيات: 14',{'who':'الوفيات'}),('injured',23,'الجرحى: 23',{'who':'الجرحى'}),
 ('displaced',1850,'الأسر النازحة: 1,850 أسرة',{'hh':True,'who':'الأسر النازحة'}),
 ('homes',640,'المنازل المتضررة جزئياً: 640',{'who':'المنازل'}),('homes',212,'المنازل المدمرة كلياً: 212',{'who':'المنازل'}),
 ('displaced',9000,'أكثر من 9,000 شخص لجأوا',{'q':'al','who':'شخص'}),
]))
