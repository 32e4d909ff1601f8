from lib import row
docs = []
docs.append(dict(id='ro2-01', pub='2024-07-09', text="BANGLADESH: Flash floods in Sylhet Division – Situation Report No. 2 (NIRAPAD), 9 July 2024\nThe Department of Disaster Management reports that 14 people have died and more than 1.6 million are marooned. Around 28,000 people have taken refuge in 740 shelter centres, while 3,115 kutcha houses were fully washed away and a further 18,950 partly damaged. In Sunamganj, 62 people were treated for injuries at upazila health complexes.",
 d={'src':'Department of Disaster Management','loc':('Sylhet Division','BGD')}, claims=[
 ('killed',14,'14 people have died'),
 ('displaced',28000,'Around 28,000 people have taken refuge',{'q':'ap'}),
 ('homes',3115,'3,115 kutcha houses were fully washed away',{'who':'kutcha houses'}),
 ('homes',18950,'18,950 partly damaged',{'who':'kutcha houses'}),
 ('injured',62,'62 people were treated for injuries',{'src':'NIRAPAD','loc':('Sunamganj','BGD')}),
]))
docs.append(dict(id='ro2-02', pub='2024-10-28', fmt='table-pipes', text="LEBANON: DTM Mobility Snapshot Round 58 (IOM), data as of 24 October 2024\nDistrict of displacement | IDPs | Change since Round 57 | In collective shelters\nBeirut | 38,402 | +4,118 | 12,306\nAley | 61,870 | +9,530 | 8,214\nChouf | 77,115 | +11,204 | 10,950\nSaida | 49,360 | +2,876 | 6,401",
 d={'src':'IOM','as_of':'2024-10-24'}, claims=sum([row(p+' |',[('displaced',a,aq,'IDPs',{'who':'idps'}),('displaced',b,bq,'In collective shelters')],loc=(p,'LBN')) for p,a,aq,b,bq in [('Beirut',38402,'38,402',12306,'12,306'),('Aley',61870,'61,870',8214,'8,214'),('Chouf',77115,'77,115',10950,'10,950'),('Saida',49360,'49,360',6401,'6,401')]],[])))
docs.append(dict(id='ro2-03', pub='2024-02-27', fmt='tiles', text="GAZA | Health Cluster dashboard | 27 Feb 2024\nKilled since 7 October\n29,878\nInjured since 7 October\n70,215\nHealth workers killed\n369\nHospitals partially functional\n12 of 36\nPeople in need of health assistance\n2.2M\nSource: Ministry of Health",
 d={'src':'Ministry of Health','loc':('Gaza','PSE')}, claims=[
 ('killed',29878,'29,878',{'ctx':'Killed since 7 October','since':('7 October','2023-10-07')}),
 ('injured',70215,'70,215',{'ctx':'Injured since 7 October','since':('7 October','2023-10-07')}),
 ('killed',369,'369',{'ctx':'Health workers killed','who':'health workers'}),
]))
docs.append(dict(id='ro2-04', pub='2023-12-08', fmt='csv', text="region,district,dead,injured,missing,hh_displaced,houses_destroyed,as_of\nHiraan,Beledweyne,23,40,4,46310,2100,2023-12-05\nGedo,Luuq,11,9,0,9870,740,2023-12-04\nJubaland,Kismayo,6,14,2,12440,615,2023-12-05\nSource: SoDMA",
 d={'src':'SoDMA'}, claims=sum([row(','+p+',',[('killed',k,str(k),'dead'),('injured',i,str(i),'injured'),('missing',m,str(m),'missing'),('displaced',h,str(h),'hh_displaced',{'hh':True,'who':'households'}),('homes',d,str(d),'houses_destroyed',{'who':'houses'})],loc=(p,'SOM'),as_of=a) for p,k,i,m,h,d,a in [('Beledweyne',23,40,4,46310,2100,'2023-12-05'),('Luuq',11,9,0,9870,740,'2023-12-04'),('Kismayo',6,14,2,12440,615,'2023-12-05')]],[])))
docs.append(dict(id='ro2-05', pub='2024-09-09', text="NEPAL: Monsoon floods and landslides – Flash Update (UN Resident Coordinator's Office), 9 September 2024\nAccording to the Nepal Police, the season's death toll stands at 264, with 43 people missing and 290 injured since 13 June. Landslides in Dhading buried 19 homes on 7 September. Some 1,460 families have been relocated to temporary camps in Sindhupalchok.",
 d={'src':'Nepal Police','loc':('Nepal','NPL'),'since':('13 June','2024-06-13')}, claims=[
 ('killed',264,'death toll stands at 264'),('missing',43,'43 people missing'),('injured',290,'290 injured'),
 ('homes',19,'buried 19 homes',{'src':"UN Resident Coordinator's Office",'since':None,'as_of':'2024-09-07','loc':('Dhading','NPL'),'who':'homes'}),
 ('displaced',1460,'Some 1,460 families have been relocated',{'q':'ap','hh':True,'src':"UN Resident Coordinator's Office",'since':None,'loc':('Sindhupalchok','NPL')}),
]))
docs.append(dict(id='ro2-06', pub='2024-11-12', fmt='key-figures', text="PHILIPPINES: Severe Tropical Storm Trami – NDRRMC Situational Report No. 18, 12 November 2024\nCasualties\n• Dead: 150 (validated: 141)\n• Injured: 134\n• Missing: 20\nDisplacement\n• Inside evacuation centres: 41,212 families / 172,860 persons\n• Outside evacuation centres: 18,044 families / 70,933 persons\nDamaged houses: 201,030 (totally: 10,522)",
 d={'src':'NDRRMC','loc':('Philippines','PHL')}, claims=[
 ('killed',150,'Dead: 150'),('killed',141,'validated: 141',{'ctx':'Dead'}),('injured',134,'Injured: 134'),('missing',20,'Missing: 20'),
 ('displaced',41212,'41,212 families',{'hh':True,'ctx':'Inside evacuation centres'}),('displaced',172860,'172,860 persons',{'ctx':'Inside evacuation centres'}),
 ('displaced',18044,'18,044 families',{'hh':True,'ctx':'Outside evacuation centres'}),('displaced',70933,'70,933 persons',{'ctx':'Outside evacuation centres'}),
 ('homes',201030,'Damaged houses: 201,030',{'who':'houses'}),('homes',10522,'totally: 10,522',{'ctx':'Damaged houses','who':'houses'}),
]))
docs.append(dict(id='ro2-07', pub='2024-05-02', fmt='table-tabs', text="KENYA: Floods – Kenya Red Cross situation update (2 May 2024)\nCounty\tDeaths\tInjured\tHouseholds displaced\tMissing\nNairobi\t60\t44\t8,230\t12\nGarissa\t14\t6\t11,905\t3\nTana River\t9\t2\t7,410\t0\nTotal (all counties)\t210\t125\t46,080\t90",
 d={'src':'Kenya Red Cross'}, claims=sum([row(p+'\t',[('killed',k,str(k),'Deaths'),('injured',i,str(i),'Injured'),('displaced',h,hq,'Households displaced',{'hh':True,'who':'households'}),('missing',m,str(m),'Missing')],loc=(l,'KEN')) for p,l,k,i,h,hq,m in [('Nairobi','Nairobi',60,44,8230,'8,230',12),('Garissa','Garissa',14,6,11905,'11,905',3),('Tana River','Tana River',9,2,7410,'7,410',0),('Total (all counties)','Kenya',210,125,46080,'46,080',90)]],[])))
docs.append(dict(id='ro2-08', pub='2025-01-10', text="UNITED STATES: Los Angeles wildfires – IFRC Information Bulletin, 10 January 2025\nThe Los Angeles County Medical Examiner has confirmed 10 deaths, and local officials expect the figure to rise as search teams reach burned neighbourhoods. More than 10,000 structures have been destroyed across the Palisades and Eaton fires. An estimated 180,000 residents were under evacuation orders on 9 January; 1,000 evacuees spent the night in county shelters.",
 d={'src':'IFRC','loc':('Los Angeles','USA')}, claims=[
 ('killed',10,'10 deaths',{'src':'Los Angeles County Medical Examiner'}),
 ('homes',10000,'More than 10,000 structures have been destroyed',{'q':'al','who':'structures'}),
 ('displaced',180000,'180,000 residents were under evacuation orders',{'q':'ap','as_of':'2025-01-09','who':'residents'}),
 ('displaced',1000,'1,000 evacuees spent the night in county shelters',{'who':'evacuees','as_of':'2025-01-09'}),
]))
docs.append(dict(id='ro2-09', pub='2024-07-25', fmt='pdf', text="ETHIOPIA  Gofa Zone landslide  Flash Update No. 2  OCHA  25 July 2024\nDeaths     Missing     Displaced (est.)     Houses destroyed\n257        125         15,000               39\nThe regional government said 257 bodies had been recovered by 25 July; partners warn the toll could reach 500.",
 d={'src':'OCHA','loc':('Gofa Zone','ETH')}, claims=[
 ('killed',257,'257',{'ctx':'Deaths'}),('missing',125,'125',{'ctx':'Missing'}),('displaced',15000,'15,000',{'q':'ap','ctx':'Displaced (est.)'}),
 ('homes',39,'39',{'ctx':'Houses destroyed','who':'houses'}),
 ('killed',257,'257 bodies had been recovered',{'src':'regional government','who':'bodies'}),
 ('killed',500,'toll could reach 500',{'q':'am','projected':True,'src':'partners'}),
]))
