from lib import row
docs = []
docs.append(dict(id='ro2-10', pub='2024-03-15', lang='fr', text="TCHAD : Afflux de réfugiés soudanais – Mise à jour opérationnelle (HCR), 15 mars 2024\nDepuis avril 2023, 553 150 réfugiés soudanais sont arrivés dans l'est du Tchad, dont 88 % de femmes et d'enfants. Le camp d'Adré accueille à lui seul 154 000 personnes. Selon MSF, 36 blessés de guerre ont été pris en charge à l'hôpital d'Adré la semaine dernière.",
 d={'src':'HCR'}, claims=[
 ('refugees',553150,'553 150 réfugiés soudanais sont arrivés',{'who':'réfugiés soudanais','since':('avril 2023','2023-04-01'),'loc':("l'est du Tchad",'TCD')}),
 ('refugees',154000,"Le camp d'Adré accueille à lui seul 154 000 personnes",{'who':'personnes','loc':('Adré','TCD')}),
 ('injured',36,'36 blessés de guerre',{'who':'blessés de guerre','src':'MSF','loc':('Adré','TCD')}),
]))
docs.append(dict(id='ro2-11', pub='2024-05-08', lang='fr', fmt='table-pipes', text="RDC : Inondations à Kinshasa – Bilan par commune (Protection civile, 8 mai 2024)\nCommune | Morts | Blessés | Disparus | Maisons détruites | Ménages sinistrés\nNgaliema | 19 | 27 | 6 | 412 | 2 310\nKalamu | 8 | 13 | 1 | 150 | 1 045\nKisenso | 11 | 9 | 3 | 287 | 1 960",
 d={'src':'Protection civile'}, claims=sum([row(p+' |',[('killed',k,str(k),'Morts',{'who':'personnes'}),('injured',i,str(i),'Blessés',{'who':'personnes'}),('missing',m,str(m),'Disparus',{'who':'personnes'}),('homes',h,str(h),'Maisons détruites',{'who':'maisons'}),('affected',s,sq,'Ménages sinistrés',{'hh':True,'who':'ménages'})],loc=(p,'COD')) for p,k,i,m,h,s,sq in [('Ngaliema',19,27,6,412,2310,'2 310'),('Kalamu',8,13,1,150,1045,'1 045'),('Kisenso',11,9,3,287,1960,'1 960')]],[])))
docs.append(dict(id='ro2-12', pub='2024-11-05', lang='es', fmt='key-figures', text="ESPAÑA: DANA en la Comunitat Valenciana – Parte de situación del Centro de Coordinación de Emergencias (5 de noviembre de 2024, 08:00)\nFallecidos confirmados: 211\nPersonas desaparecidas (denuncias activas): 89\nPersonas atendidas por lesiones: 1.203\nPersonas realojadas en albergues municipales: 2.140\nViviendas inundadas: más de 30.000",
 d={'src':'Centro de Coordinación de Emergencias','loc':('Comunitat Valenciana','ESP'),'who':'personas'}, claims=[
 ('killed',211,'Fallecidos confirmados: 211'),('missing',89,'89',{'ctx':'Personas desaparecidas (denuncias activas)'}),
 ('injured',1203,'Personas atendidas por lesiones: 1.203'),('displaced',2140,'Personas realojadas en albergues municipales: 2.140'),
 ('homes',30000,'Viviendas inundadas: más de 30.000',{'q':'al','who':'viviendas'}),
]))
docs.append(dict(id='ro2-13', pub='2024-06-21', lang='es', text="GUATEMALA: Lluvias – Boletín informativo No. 14 de CONRED, 21 de junio de 2024\nDesde el inicio de la temporada de lluvias se reportan 21 personas fallecidas, 9 heridas y 3 desaparecidas. Un total de 1.835 personas fueron evacuadas y 612 permanecen en albergues. Las lluvias dejaron 94 viviendas con daño severo y 7 escuelas dañadas.",
 d={'src':'CONRED','loc':('Guatemala','GTM'),'who':'personas'}, claims=[
 ('killed',21,'21 personas fallecidas'),('injured',9,'9 heridas'),('missing',3,'3 desaparecidas'),
 ('displaced',1835,'1.835 personas fueron evacuadas'),('displaced',612,'612 permanecen en albergues'),
 ('homes',94,'94 viviendas con daño severo',{'who':'viviendas'}),('facilities',7,'7 escuelas dañadas',{'who':'escuelas'}),
]))
docs.append(dict(id='ro2-14', pub='2024-09-05', lang='ar', fmt='key-figures', text="ليبيا: فيضانات الكفرة – نشرة المركز الوطني لمكافحة الأمراض، 5 سبتمبر 2024\n• عدد الوفيات المؤكدة: 9\n• عدد المصابين الذين تلقوا العلاج: 46\n• الأسر التي أُجليت من منازلها: 320 أسرة\n• عدد المنازل المنهارة: 58",
 d={'src':'المركز الوطني لمكافحة الأمراض','loc':('الكفرة','LBY')}, claims=[
 ('killed',9,'عدد الوفيات المؤكدة: 9',{'who':'الوفيات'}),('injured',46,'عدد المصابين الذين تلقوا العلاج: 46',{'who':'المصابين'}),
 ('displaced',320,'320 أسرة',{'hh':True,'who':'الأسر','ctx':'الأسر التي أُجليت من منازلها'}),
 ('homes',58,'عدد المنازل المنهارة: 58',{'who':'المنازل'}),
]))
docs.append(dict(id='ro2-15', pub='2024-02-20', lang='ar', text="غزة: تقرير الوضع رقم 112 – الأونروا، 20 شباط 2024\nوفقاً لوزارة الصحة في غزة، استشهد 29,092 فلسطينياً وأصيب 69,028 آخرون منذ 7 تشرين الأول. ويقيم ما يصل إلى 1.7 مليون نازح في منشآت الأونروا أو بالقرب منها. وتضررت 155 منشأة تابعة للأونروا.",
 d={'loc':('غزة','PSE')}, claims=[
 ('killed',29092,'استشهد 29,092 فلسطينياً',{'who':'فلسطينياً','src':'وزارة الصحة في غزة','since':('7 تشرين الأول','2023-10-07')}),
 ('injured',69028,'وأصيب 69,028 آخرون',{'who':'فلسطينياً','src':'وزارة الصحة في غزة','since':('7 تشرين الأول','2023-10-07')}),
 ('displaced',1700000,'ما يصل إلى 1.7 مليون نازح',{'q':'am','who':'نازح','src':'الأونروا'}),
 ('facilities',155,'155 منشأة',{'who':'منشأة','src':'الأونروا'}),
]))
