from lib import row
docs = []
LY=('Derna','LBY')
docs.append(dict(id='ro-13', pub='2023-09-19', text="LIBYA: Storm Daniel – Situation Report No. 4 (IFRC), 19 September 2023\n\nOverview\nIn Derna, the Libyan Red Crescent says 3,958 deaths have been confirmed and that bodies recovered from the sea are still being counted; 9,000 people are reported missing. Municipal officials have reported dead as high as 11,300, while a UN fact-finding report later put the figure at up to 1,400 in the eastern suburbs alone.\n\nShelter\nSome 43,000 people have been displaced across the north-east. Schools in Al Bayda are sheltering about 3,200 people, and 14 evacuation centres in Benghazi are hosting 5,210 persons.",
 d={'loc':LY}, claims=[
 ('killed',3958,'3,958 deaths have been confirmed',{'src':'Libyan Red Crescent'}),
 ('missing',9000,'9,000 people are reported missing',{'src':'Libyan Red Crescent'}),
 ('killed',11300,'reported dead as high as 11,300',{'src':'Municipal officials'}),
 ('killed',1400,'put the figure at up to 1,400',{'q':'am','src':'UN fact-finding report','loc':('eastern suburbs','LBY')}),
 ('displaced',43000,'Some 43,000 people have been displaced',{'q':'ap','src':'IFRC','loc':('north-east','LBY')}),
 ('displaced',3200,'sheltering about 3,200 people',{'q':'ap','src':'IFRC','loc':('Al Bayda','LBY')}),
 ('displaced',5210,'hosting 5,210 persons',{'src':'IFRC','loc':('Benghazi','LBY')}),
]))
S7=('7 Oct','2023-10-07'); SJ=('1 Jan','2024-01-01')
docs.append(dict(id='ro-14', pub='2024-03-18', fmt='table-pipes', text="West Bank | Protection of Civilians snapshot (OCHA oPt), 18 March 2024\nIndicator | Since 7 Oct | Cumulative (1 Jan–15 Mar)\nPalestinians killed | 421 | 96\nPalestinians injured | 4,756 | 1,032\nIsraelis killed | 14 | 3\nStructures demolished | 1,130 | 412\nPeople displaced by demolitions | 2,874 | 1,020\nSettler attacks | 603 | 199",
 d={'src':'OCHA oPt','loc':('West Bank','PSE')}, claims=
 row('Palestinians killed |',[('killed',421,'421','Palestinians killed',{'since':S7,'who':'palestinians'}),('killed',96,'96','Palestinians killed',{'since':SJ,'who':'palestinians','as_of':'2024-03-15'})])+
 row('Palestinians injured |',[('injured',4756,'4,756','Palestinians injured',{'since':S7,'who':'palestinians'}),('injured',1032,'1,032','Palestinians injured',{'since':SJ,'who':'palestinians','as_of':'2024-03-15'})])+
 row('Israelis killed |',[('killed',14,'14','Israelis killed',{'since':S7,'who':'israelis'}),('killed',3,'3','Israelis killed',{'since':SJ,'who':'israelis','as_of':'2024-03-15'})])+
 row('Structures demolished |',[('homes',1130,'1,130','Structures demolished',{'since':S7,'who':'structures'}),('homes',412,'412','Structures demolished',{'since':SJ,'who':'structures','as_of':'2024-03-15'})])+
 row('People displaced by demolitions |',[('displaced',2874,'2,874','People displaced by demolitions',{'since':S7}),('displaced',1020,'1,020','People displaced by demolitions',{'since':SJ,'as_of':'2024-03-15'})])))
MZ=lambda p:{'loc':(p,'MOZ')}
docs.append(dict(id='ro-15', pub='2025-01-16', fmt='html', text="<h3>Cyclone Dikeledi: impact by province (INGD, 16 January 2025)</h3>\n<table><tr><th>Province</th><th>Deaths</th><th>Wounded</th><th>Houses destroyed</th><th>Houses partially destroyed</th></tr>\n<tr><td>Nampula</td><td>6</td><td>58</td><td>3,406</td><td>9,812</td></tr>\n<tr><td>Zambézia</td><td>4</td><td>17</td><td>1,215</td><td>4,027</td></tr>\n<tr><td>Cabo Delgado</td><td>1</td><td>4</td><td>233</td><td>719</td></tr></table>",
 d={'src':'INGD'}, claims=
 row('<td>Nampula',[('killed',6,'6','Deaths'),('injured',58,'58','Wounded'),('homes',3406,'3,406','Houses destroyed'),('homes',9812,'9,812','Houses partially destroyed',{'who':'houses'})],**MZ('Nampula'))+
 row('<td>Zambézia',[('killed',4,'4','Deaths'),('injured',17,'17','Wounded'),('homes',1215,'1,215','Houses destroyed'),('homes',4027,'4,027','Houses partially destroyed',{'who':'houses'})],**MZ('Zambézia'))+
 row('<td>Cabo Delgado',[('killed',1,'1','Deaths'),('injured',4,'4','Wounded'),('homes',233,'233','Houses destroyed'),('homes',719,'719','Houses partially destroyed',{'who':'houses'})],**MZ('Cabo Delgado'))))
docs.append(dict(id='ro-16', pub='2023-10-17', fmt='key-figures', text="AFGHANISTAN: Herat earthquakes – Shelter Cluster factsheet (17 October 2023)\nKey figures\n• Dwellings affected: 21,305\n• Shelters destroyed: 10,320\n• Families in tents or open air: 8,640\n• Reported dead: 1,482\n• Hurt: 2,100+\n• Partners reached 24,000 people with emergency shelter kits.\nShelter Cluster figures, compiled from partner assessments.",
 d={'src':'Shelter Cluster','loc':('Herat','AFG')}, claims=[
 ('homes',21305,'Dwellings affected: 21,305',{'who':'dwellings'}),('homes',10320,'Shelters destroyed: 10,320',{'who':'shelters'}),
 ('displaced',8640,'Families in tents or open air: 8,640',{'hh':True,'who':'families'}),
 ('killed',1482,'Reported dead: 1,482'),('injured',2100,'Hurt: 2,100+',{'q':'al'}),
]))
docs.append(dict(id='ro-17', pub='2024-02-05', fmt='table-tabs', text="CHILE: Wildfires in Valparaíso region — SENAPRED consolidated report, 5 February 2024\nCommune\tFatalities\tCasualties\tHomes destroyed\tPeople in shelters\nViña del Mar\t104\t1,520\t6,350\t912\nQuilpué\t21\t430\t1,812\t340\nVilla Alemana\t6\t77\t650\t118\nCasualties = dead and injured together.",
 d={'src':'SENAPRED'}, claims=
 row('Viña del Mar\t',[('killed',104,'104','Fatalities'),('casualties',1520,'1,520','Casualties'),('homes',6350,'6,350','Homes destroyed',{'who':'homes'}),('displaced',912,'912','People in shelters')],loc=('Viña del Mar','CHL'))+
 row('Quilpué\t',[('killed',21,'21','Fatalities'),('casualties',430,'430','Casualties'),('homes',1812,'1,812','Homes destroyed',{'who':'homes'}),('displaced',340,'340','People in shelters')],loc=('Quilpué','CHL'))+
 row('Villa Alemana\t',[('killed',6,'6','Fatalities'),('casualties',77,'77','Casualties'),('homes',650,'650','Homes destroyed',{'who':'homes'}),('displaced',118,'118','People in shelters')],loc=('Villa Alemana','CHL'))))
docs.append(dict(id='ro-18', pub='2024-09-10', fmt='table-pipes', text="VIET NAM: Typhoon Yagi – Disaster Management Authority update No. 5 (as of 10 September 2024, 07:00)\nProvince | Dead | Missing | Injured | Houses damaged\nQuang Ninh | 17 | 1 | 519 | 45,231\nHai Phong | 6 | 0 | 63 | 3,410\nLao Cai¹ | 58 | 66 | 29 | 1,037\nYen Bai | 48 | 13 | 21 | 2,766\nNorthern provinces, sub-total | 129 | 80 | 632 | 52,444\n¹ Includes the Lang Nu flash flood of 10 September.",
 d={'src':'Disaster Management Authority'}, claims=
 row('Quang Ninh |',[('killed',17,'17','Dead'),('missing',1,'1','Missing'),('injured',519,'519','Injured'),('homes',45231,'45,231','Houses damaged')],loc=('Quang Ninh','VNM'))+
 row('Hai Phong |',[('killed',6,'6','Dead'),('missing',0,'0','Missing'),('injured',63,'63','Injured'),('homes',3410,'3,410','Houses damaged')],loc=('Hai Phong','VNM'))+
 row('Lao Cai¹ |',[('killed',58,'58','Dead'),('missing',66,'66','Missing'),('injured',29,'29','Injured'),('homes',1037,'1,037','Houses damaged')],loc=('Lao Cai','VNM'))+
 row('Yen Bai |',[('killed',48,'48','Dead'),('missing',13,'13','Missing'),('injured',21,'21','Injured'),('homes',2766,'2,766','Houses damaged')],loc=('Yen Bai','VNM'))+
 row('sub-total |',[('killed',129,'129','Dead'),('missing',80,'80','Missing'),('injured',632,'632','Injured'),('homes',52444,'52,444','Houses damaged')],loc=('Northern provinces','VNM'))))
docs.append(dict(id='ro-19', pub='2024-04-22', text="SOMALIA: Gu rains — Flash Update No. 1 (OCHA), 22 April 2024\n• Flooding has affected an estimated 85,000 people in Hiraan and Middle Shabelle; 1.1 million people are projected to need assistance by June.\n• Partners target 400,000 people with a response plan of US$ 42 million, of which 18% is funded.\n• IDP arrivals in Beledweyne rose to 21,400 (+1,200 since last week).\n• Cholera: 2,310 suspected cases since January.\n• Two children drowned in Jowhar on 19 April.",
 d={'src':'OCHA'}, claims=[
 ('affected',85000,'affected an estimated 85,000 people',{'q':'ap','loc':('Hiraan','SOM')}),
 ('displaced',21400,'IDP arrivals in Beledweyne rose to 21,400',{'who':'idps','loc':('Beledweyne','SOM')}),
 ('killed',2,'Two children drowned',{'who':'children','loc':('Jowhar','SOM'),'as_of':'2024-04-19'}),
]))
docs.append(dict(id='ro-20', pub='2025-02-03', fmt='tiles', text="DRC | Goma crisis dashboard — WHO, 3 February 2025\nDeaths recorded in hospitals and morgues\n2,900 (+127)\nPeople treated for injuries\n2,880\nNewly displaced since 26 Jan\n~700,000\nHealth facilities damaged or looted\n17\nFunding received\n$12.4M",
 d={'src':'WHO','loc':('Goma','COD')}, claims=[
 ('killed',2900,'2,900',{'ctx':'Deaths recorded in hospitals and morgues'}),
 ('injured',2880,'2,880',{'ctx':'People treated for injuries'}),
 ('displaced',700000,'~700,000',{'q':'ap','ctx':'Newly displaced since 26 Jan','since':('26 Jan','2025-01-26')}),
 ('facilities',17,'17',{'ctx':'Health facilities damaged or looted','who':'health facilities'}),
]))
