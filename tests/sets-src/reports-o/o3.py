from lib import row
docs = []
docs.append(dict(id='ro-21', pub='2024-06-03', fmt='pdf', text="PAPUA NEW GUINEA: Enga Province Landslide  Situation Report 3  UN Resident Coordinator Office  3 June 2024\nKey figures  Deaths confirmed  Bodies recovered  People displaced  Houses buried\n670 est.  (govt: 2,000)  11  7,849  150+\nThe provincial administration puts the number of people still missing at more than 1,650.",
 d={'src':'UN Resident Coordinator Office','loc':('Enga Province','PNG')}, claims=[
 ('killed',670,'670 est.',{'q':'ap','ctx':'Deaths confirmed'}),
 ('killed',2000,'govt: 2,000',{'ctx':'Deaths confirmed','src':'govt'}),
 ('killed',11,'11',{'ctx':'Bodies recovered','after':'2,000)'}),
 ('displaced',7849,'7,849',{'ctx':'People displaced'}),
 ('homes',150,'150+',{'q':'al','ctx':'Houses buried','who':'houses'}),
 ('missing',1650,'people still missing at more than 1,650',{'q':'al','src':'provincial administration'}),
]))
docs.append(dict(id='ro-22', pub='2024-05-20', text="BRAZIL: Rio Grande do Sul floods – Flash Update No. 3 (UN Brazil), 20 May 2024\nThe Civil Defence of Rio Grande do Sul reports 157 deaths, 806 people injured and 88 missing. In Porto Alegre, 12,400 households were displaced (approximately 62,000 persons). Across the state, 581,638 people have left their homes, of whom 76,580 are in public shelters. About 98,000 homes were damaged or destroyed.",
 d={'src':'Civil Defence of Rio Grande do Sul','loc':('Rio Grande do Sul','BRA')}, claims=[
 ('killed',157,'157 deaths'),('injured',806,'806 people injured'),('missing',88,'88 missing'),
 ('displaced',12400,'12,400 households were displaced',{'hh':True,'src':'UN Brazil','loc':('Porto Alegre','BRA')}),
 ('displaced',62000,'approximately 62,000 persons',{'q':'ap','src':'UN Brazil','loc':('Porto Alegre','BRA')}),
 ('displaced',581638,'581,638 people have left their homes',{'src':'UN Brazil'}),
 ('displaced',76580,'76,580 are in public shelters',{'src':'UN Brazil'}),
 ('homes',98000,'About 98,000 homes were damaged or destroyed',{'q':'ap','src':'UN Brazil'}),
]))
docs.append(dict(id='ro-23', pub='2024-11-04', text="SPAIN: Valencia DANA – Timeline of reported impact (Spanish Red Cross, 4 November 2024)\n30 Oct – regional authorities report 62 people dead in Valencia province.\n31 Oct – the toll rises to 158 deaths; around 1,900 people rescued from roofs and vehicles.\n1 Nov – 205 deaths confirmed; dozens still missing.\n3 Nov – 217 dead, 211 in Valencia; 4,500 people in temporary accommodation.",
 d={'src':'Spanish Red Cross','loc':('Valencia','ESP')}, claims=[
 ('killed',62,'62 people dead',{'src':'regional authorities','as_of':'2024-10-30'}),
 ('killed',158,'158 deaths',{'as_of':'2024-10-31'}),
 ('killed',205,'205 deaths confirmed',{'as_of':'2024-11-01'}),
 ('missing',24,'dozens still missing',{'q':'v','as_of':'2024-11-01'}),
 ('killed',217,'217 dead',{'as_of':'2024-11-03'}),
 ('killed',211,'211 in Valencia',{'as_of':'2024-11-03'}),
 ('displaced',4500,'4,500 people in temporary accommodation',{'as_of':'2024-11-03'}),
]))
docs.append(dict(id='ro-24', pub='2025-03-06', fmt='table-tabs', text="MYANMAR: Displacement by township (UNHCR Myanmar, data as of 3 March 2025)\nState/Region\tTownship\tIDPs (since Feb 2021)\tIDPs (pre-2021)\tRefugees hosted\nSagaing\tKalay\t41,220\t-\t-\nSagaing\tTamu\t19,870\t-\t-\nRakhine\tSittwe\t23,116\t78,402\t-\nChin\tTonzang\t8,904\t-\t-\nNote: Sittwe pre-2021 figures are for camps established in 2012.",
 d={'src':'UNHCR Myanmar','as_of':'2025-03-03'}, claims=[
 ('displaced',41220,'41,220',{'ctx':'IDPs (since Feb 2021)','since':('Feb 2021','2021-02-01'),'loc':('Kalay','MMR'),'who':'idps'}),
 ('displaced',19870,'19,870',{'ctx':'IDPs (since Feb 2021)','since':('Feb 2021','2021-02-01'),'loc':('Tamu','MMR'),'who':'idps'}),
 ('displaced',23116,'23,116',{'ctx':'IDPs (since Feb 2021)','since':('Feb 2021','2021-02-01'),'loc':('Sittwe','MMR'),'who':'idps'}),
 ('displaced',78402,'78,402',{'ctx':'IDPs (pre-2021)','loc':('Sittwe','MMR'),'who':'idps'}),
 ('displaced',8904,'8,904',{'ctx':'IDPs (since Feb 2021)','since':('Feb 2021','2021-02-01'),'loc':('Tonzang','MMR'),'who':'idps'}),
]))
docs.append(dict(id='ro-25', pub='2024-12-02', fmt='markdown', text="## Lebanon: impact of hostilities (Ministry of Public Health, cumulative since 8 Oct 2023, as of 28 Nov 2024)\n| Governorate | Killed | Injured |\n|---|---|---|\n| South | 1,602 | 5,118 |\n| Nabatieh | 1,273 | 3,450 |\n| Baalbek-Hermel | 811 | 2,016 |\n| **Total** | **4,047** | **16,638** |\n\n*Totals include governorates not listed. Some 886,000 people remain internally displaced (IOM DTM).*",
 d={'src':'Ministry of Public Health','since':('8 Oct 2023','2023-10-08'),'as_of':'2024-11-28'}, claims=
 row('| South',[('killed',1602,'1,602','Killed'),('injured',5118,'5,118','Injured')],loc=('South','LBN'))+
 row('| Nabatieh',[('killed',1273,'1,273','Killed'),('injured',3450,'3,450','Injured')],loc=('Nabatieh','LBN'))+
 row('| Baalbek',[('killed',811,'811','Killed'),('injured',2016,'2,016','Injured')],loc=('Baalbek-Hermel','LBN'))+
 row('**Total**',[('killed',4047,'4,047','Killed'),('injured',16638,'16,638','Injured')],loc=('Lebanon','LBN'))+
 [('displaced',886000,'886,000 people remain internally displaced',{'q':'ap','src':'IOM DTM','since':None,'as_of':'2024-12-02','loc':('Lebanon','LBN')})]))
docs.append(dict(id='ro-26', pub='2024-01-03', text="JAPAN: Noto Peninsula earthquake – Information Bulletin (IFRC), 3 January 2024\nAs of 14:00 on 3 January, Ishikawa Prefecture confirmed 73 deaths and reported that 15 people were seriously hurt and 371 had sustained minor injuries. More than 33,000 evacuees were staying in 357 evacuation shelters. Around 1,000 buildings collapsed or were otherwise badly damaged in Wajima and Suzu.",
 d={'src':'Ishikawa Prefecture','loc':('Ishikawa Prefecture','JPN')}, claims=[
 ('killed',73,'73 deaths'),('injured',15,'15 people were seriously hurt'),('injured',371,'371 had sustained minor injuries'),
 ('displaced',33000,'More than 33,000 evacuees were staying',{'q':'al','src':'IFRC','who':'evacuees'}),
 ('homes',1000,'Around 1,000 buildings collapsed',{'q':'ap','src':'IFRC','loc':('Wajima','JPN')}),
]))
docs.append(dict(id='ro-27', pub='2024-02-14', fmt='key-figures', text="UKRAINE: Kharkiv Oblast – Humanitarian Snapshot (OCHA, 14 February 2024)\nCivilian casualties, January 2024 (OHCHR)\nKilled 28 | Injured 134\nDamage\nResidential buildings damaged in January: 610\nEducational facilities damaged: 14\nDisplacement\nIDPs registered in the oblast: 425,140\nReturnees: 1.1 million",
 d={'loc':('Kharkiv Oblast','UKR')}, claims=[
 ('killed',28,'Killed 28',{'src':'OHCHR','since':('January 2024','2024-01-01'),'who':'civilians'}),
 ('injured',134,'Injured 134',{'src':'OHCHR','since':('January 2024','2024-01-01'),'who':'civilians'}),
 ('homes',610,'Residential buildings damaged in January: 610',{'src':'OCHA','since':('January','2024-01-01'),'who':'residential buildings'}),
 ('facilities',14,'Educational facilities damaged: 14',{'src':'OCHA','who':'educational facilities'}),
 ('displaced',425140,'IDPs registered in the oblast: 425,140',{'src':'OCHA','who':'idps'}),
]))
