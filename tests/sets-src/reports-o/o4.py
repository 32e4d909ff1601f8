from lib import row
docs = []
docs.append(dict(id='ro-28', pub='2024-03-12', lang='fr', fmt='table-pipes', text="BURKINA FASO : Personnes déplacées internes par région (CONASUR, données au 31 mars 2023)\nRégion | Ménages | Personnes déplacées internes\nSahel | 98 512 | 512 660\nCentre-Nord | 101 240 | 544 907\nNord | 38 105 | 212 334\nEst | 41 870 | 239 050\nTotal national | 355 890 | 2 062 534",
 d={'src':'CONASUR','as_of':'2023-03-31'}, claims=
 row('Sahel |',[('displaced',98512,'98 512','Ménages',{'hh':True,'who':'ménages'}),('displaced',512660,'512 660','Personnes déplacées internes',{'who':'personnes déplacées internes'})],loc=('Sahel','BFA'))+
 row('Centre-Nord |',[('displaced',101240,'101 240','Ménages',{'hh':True,'who':'ménages'}),('displaced',544907,'544 907','Personnes déplacées internes',{'who':'personnes déplacées internes'})],loc=('Centre-Nord','BFA'))+
 row('Nord |',[('displaced',38105,'38 105','Ménages',{'hh':True,'who':'ménages'}),('displaced',212334,'212 334','Personnes déplacées internes',{'who':'personnes déplacées internes'})],loc=('Nord','BFA'))+
 row('Est |',[('displaced',41870,'41 870','Ménages',{'hh':True,'who':'ménages'}),('displaced',239050,'239 050','Personnes déplacées internes',{'who':'personnes déplacées internes'})],loc=('Est','BFA'))+
 row('Total national |',[('displaced',355890,'355 890','Ménages',{'hh':True,'who':'ménages'}),('displaced',2062534,'2 062 534','Personnes déplacées internes',{'who':'personnes déplacées internes'})],loc=('Burkina Faso','BFA'))))
docs.append(dict(id='ro-29', pub='2023-09-12', lang='fr', text="MAROC : Séisme d'Al Haouz – Note d'information n° 2 (FICR), 12 septembre 2023\nSelon le ministère de l'Intérieur, le bilan s'élève à 2 862 décès confirmés et 2 562 blessés, dont 1 404 dans un état grave. Plus de 59 000 habitations ont été endommagées, dont 32 % effondrées entièrement. Des milliers de familles passent la nuit dehors ou sous des tentes dans les provinces d'Al Haouz et de Taroudant.",
 d={'src':"ministère de l'Intérieur",'loc':('Al Haouz','MAR')}, claims=[
 ('killed',2862,'2 862 décès confirmés',{'who':'personnes'}),('injured',2562,'2 562 blessés',{'who':'personnes'}),
 ('homes',59000,'Plus de 59 000 habitations ont été endommagées',{'q':'al','who':'habitations','src':'FICR'}),
 ('displaced',2000,'Des milliers de familles passent la nuit dehors',{'q':'v','hh':True,'who':'familles','src':'FICR'}),
]))
docs.append(dict(id='ro-30', pub='2024-12-20', lang='fr', fmt='key-figures', text="MAYOTTE : Cyclone Chido – Point de situation de la préfecture, 20 décembre 2024\nChiffres clés\nDécès confirmés : 35\nBlessés graves : 67\nBlessés légers : 2 432\nPersonnes hébergées dans les centres d'accueil : 2 850\nCases en tôle détruites : environ 70 %\nÉcoles endommagées : 51",
 d={'src':'préfecture','loc':('Mayotte','MYT')}, claims=[
 ('killed',35,'Décès confirmés : 35',{'who':'personnes'}),('injured',67,'Blessés graves : 67',{'who':'blessés graves'}),
 ('injured',2432,'Blessés légers : 2 432',{'who':'blessés légers'}),
 ('displaced',2850,"Personnes hébergées dans les centres d'accueil : 2 850",{'who':'personnes'}),
 ('facilities',51,'Écoles endommagées : 51',{'who':'écoles'}),
]))
docs.append(dict(id='ro-31', pub='2024-09-30', lang='fr', text="HAÏTI : Mise à jour sur les déplacements (OIM), 30 septembre 2024\nLes attaques de la coalition de gangs contre les communes de l'Arcahaie et de Saint-Marc ont provoqué le déplacement de 6 270 personnes en une semaine. Au total, 703 000 personnes sont déplacées à l'intérieur du pays, dont plus de la moitié sont des enfants. Selon le BINUH, au moins 3 661 personnes ont été tuées depuis janvier, et 1 120 blessées. Quelque 2 200 logements ont été incendiés à Pont-Sondé.",
 d={'src':'OIM','loc':('Haïti','HTI')}, claims=[
 ('displaced',6270,'déplacement de 6 270 personnes',{'who':'personnes','loc':('Saint-Marc','HTI')}),
 ('displaced',703000,'703 000 personnes sont déplacées',{'who':'personnes'}),
 ('killed',3661,'au moins 3 661 personnes ont été tuées',{'q':'al','who':'personnes','src':'BINUH','since':('janvier','2024-01-01')}),
 ('injured',1120,'1 120 blessées',{'who':'personnes','src':'BINUH','since':('janvier','2024-01-01')}),
 ('homes',2200,'Quelque 2 200 logements ont été incendiés',{'q':'ap','who':'logements','loc':('Pont-Sondé','HTI')}),
]))
docs.append(dict(id='ro-32', pub='2024-08-27', lang='fr', fmt='table-pipes', text="NIGER : Inondations 2024 – Situation au 26 août (Direction générale de la protection civile)\nRégion | Sinistrés | Décès | Blessés | Maisons effondrées\nMaradi | 118 240 | 64 | 31 | 9 876\nZinder | 98 160 | 58 | 44 | 7 213\nTahoua | 61 020 | 39 | 12 | 4 505\nLes sinistrés sont des personnes affectées ; ils ne sont pas tous déplacés.",
 d={'src':'Direction générale de la protection civile','as_of':'2024-08-26'}, claims=
 row('Maradi |',[('affected',118240,'118 240','Sinistrés',{'who':'sinistrés'}),('killed',64,'64','Décès',{'who':'personnes'}),('injured',31,'31','Blessés',{'who':'personnes'}),('homes',9876,'9 876','Maisons effondrées',{'who':'maisons'})],loc=('Maradi','NER'))+
 row('Zinder |',[('affected',98160,'98 160','Sinistrés',{'who':'sinistrés'}),('killed',58,'58','Décès',{'who':'personnes'}),('injured',44,'44','Blessés',{'who':'personnes'}),('homes',7213,'7 213','Maisons effondrées',{'who':'maisons'})],loc=('Zinder','NER'))+
 row('Tahoua |',[('affected',61020,'61 020','Sinistrés',{'who':'sinistrés'}),('killed',39,'39','Décès',{'who':'personnes'}),('injured',12,'12','Blessés',{'who':'personnes'}),('homes',4505,'4 505','Maisons effondrées',{'who':'maisons'})],loc=('Tahoua','NER'))))
docs.append(dict(id='ro-33', pub='2023-06-06', lang='es', fmt='table-pipes', text="PERÚ: Lluvias intensas – Reporte complementario N.º 412 (INDECI, 5 de junio de 2023)\nDepartamento | Fallecidos | Heridos | Desaparecidos | Damnificados | Viviendas colapsadas | Viviendas inhabitables\nPiura | 34 | 112 | 2 | 21.430 | 3.115 | 2.290\nTumbes | 9 | 27 | 0 | 8.714 | 1.006 | 841\nLambayeque | 14 | 45 | 1 | 10.232 | 1.380 | 977",
 d={'src':'INDECI','as_of':'2023-06-05'}, claims=sum([row(p+' |',[('affected',a,aq,'Damnificados',{'who':'damnificados'}),('killed',k,kq,'Fallecidos',{'who':'personas'}),('injured',i,iq,'Heridos',{'who':'personas'}),('missing',m,mq,'Desaparecidos',{'who':'personas'}),('homes',c,cq,'Viviendas colapsadas',{'who':'viviendas'}),('homes',h,hq,'Viviendas inhabitables',{'who':'viviendas'})],loc=(p,'PER')) for p,k,kq,i,iq,m,mq,a,aq,c,cq,h,hq in [('Piura',34,'34',112,'112',2,'2',21430,'21.430',3115,'3.115',2290,'2.290'),('Tumbes',9,'9',27,'27',0,'0',8714,'8.714',1006,'1.006',841,'841'),('Lambayeque',14,'14',45,'45',1,'1',10232,'10.232',1380,'1.380',977,'977')]],[])))
docs.append(dict(id='ro-34', pub='2024-10-07', lang='es', text="MÉXICO: Huracán John – Informe de situación No. 3 (Protección Civil de Guerrero), 7 de octubre de 2024\nEl saldo preliminar es de 23 personas fallecidas y 4 no localizadas. En Acapulco, 1.340 personas permanecen en 26 refugios temporales. Se contabilizan 11.500 viviendas con daños parciales y 230 con pérdida total, además de 48 escuelas afectadas. Los desplazados por las inundaciones en la Costa Chica suman unas 6.000 personas.",
 d={'src':'Protección Civil de Guerrero','loc':('Guerrero','MEX'),'who':'personas'}, claims=[
 ('killed',23,'23 personas fallecidas'),('missing',4,'4 no localizadas'),
 ('displaced',1340,'1.340 personas permanecen en 26 refugios temporales',{'loc':('Acapulco','MEX')}),
 ('homes',11500,'11.500 viviendas con daños parciales',{'who':'viviendas'}),('homes',230,'230 con pérdida total',{'who':'viviendas'}),
 ('facilities',48,'48 escuelas afectadas',{'who':'escuelas'}),
 ('displaced',6000,'suman unas 6.000 personas',{'q':'ap','loc':('Costa Chica','MEX'),'who':'desplazados'}),
]))
docs.append(dict(id='ro-35', pub='2025-03-01', lang='es', fmt='key-figures', text="COLOMBIA: Catatumbo – Boletín humanitario (OCHA Colombia), 1 de marzo de 2025\nCifras clave desde el 16 de enero\nPersonas desplazadas: 54.830\nPersonas confinadas: 23.400\nHomicidios: 80\nPersonas heridas: 17\nNiños, niñas y adolescentes desvinculados: 29\nFuente: Defensoría del Pueblo",
 d={'src':'Defensoría del Pueblo','loc':('Catatumbo','COL'),'since':('16 de enero','2025-01-16'),'who':'personas'}, claims=[
 ('displaced',54830,'Personas desplazadas: 54.830'),('killed',80,'Homicidios: 80'),('injured',17,'Personas heridas: 17'),
]))
docs.append(dict(id='ro-36', pub='2023-03-30', lang='es', text="ECUADOR: Deslizamiento en Alausí – Informe de situación N.º 5 (Secretaría de Gestión de Riesgos, 30 de marzo de 2023)\nCifras consolidadas: 65 personas fallecidas, 46 desaparecidas, 23 heridas y 1.024 afectadas. Del total de fallecidos, 58 cuerpos fueron recuperados y entregados a sus familiares. Se registran 163 viviendas destruidas y 300 personas albergadas en tres albergues de la ciudad.",
 d={'src':'Secretaría de Gestión de Riesgos','loc':('Alausí','ECU'),'who':'personas'}, claims=[
 ('killed',65,'65 personas fallecidas'),('missing',46,'46 desaparecidas'),('injured',23,'23 heridas'),('affected',1024,'1.024 afectadas'),
 ('killed',58,'58 cuerpos fueron recuperados',{'who':'cuerpos'}),
 ('homes',163,'163 viviendas destruidas',{'who':'viviendas'}),('displaced',300,'300 personas albergadas'),
]))
