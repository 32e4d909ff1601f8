# reports-r (session 16): where a report names who its figures come from. Dev set, tuned on.
docs = []
d = docs.append

d({'id': 'rr-01', 'pub': '2024-05-14', 'd': {'src': 'UNHCR', 'loc': ('Chad', 'TCD')}, 'text':
"UNHCR | Chad Emergency Update | 14 May 2024\n\n"
"• Since April 2023, 598,000 Sudanese refugees have crossed into eastern Chad.\n"
"• 14,300 new arrivals were registered at Adré in the first two weeks of May.\n"
"• Three refugees were killed when a truck overturned near Farchana.",
'claims': [
  ('refugees', 598000, '598,000 Sudanese refugees have crossed', {'who': 'sudanese refugees', 'since': ('April 2023', '2023-04-01')}),
  ('killed', 3, 'Three refugees were killed', {'who': 'refugees', 'loc': ('Farchana', 'TCD')}),
]})

d({'id': 'rr-02', 'pub': '2024-09-12', 'd': {'src': 'Ministry of Health', 'loc': ('Nigeria', 'NGA')}, 'text':
"Borno flood: casualties by LGA (as of 11 September)\n\n"
"LGA | Deaths | Injured | Missing\n"
"Maiduguri | 37 | 112 | 19\n"
"Jere | 8 | 41 | 6\n"
"Konduga | 4 | 9 | 2\n\n"
"Source: Ministry of Health, Borno State",
'claims': [
  ('killed', 37, '37', {'ctx': 'Deaths', 'after': 'Maiduguri', 'loc': ('Maiduguri', 'NGA')}),
  ('injured', 112, '112', {'ctx': 'Injured', 'after': 'Maiduguri', 'loc': ('Maiduguri', 'NGA')}),
  ('missing', 19, '19', {'ctx': 'Missing', 'after': 'Maiduguri', 'loc': ('Maiduguri', 'NGA')}),
  ('killed', 8, '8', {'ctx': 'Deaths', 'after': 'Jere', 'loc': ('Jere', 'NGA')}),
  ('injured', 41, '41', {'ctx': 'Injured', 'after': 'Jere', 'loc': ('Jere', 'NGA')}),
  ('missing', 6, '6', {'ctx': 'Missing', 'after': 'Jere', 'loc': ('Jere', 'NGA')}),
  ('killed', 4, '4', {'ctx': 'Deaths', 'after': 'Konduga', 'loc': ('Konduga', 'NGA')}),
  ('injured', 9, '9', {'ctx': 'Injured', 'after': 'Konduga', 'loc': ('Konduga', 'NGA')}),
  ('missing', 2, '2', {'ctx': 'Missing', 'after': 'Konduga', 'loc': ('Konduga', 'NGA')}),
]})

d({'id': 'rr-03', 'pub': '2022-09-05', 'd': {'src': 'PDMA Sindh', 'loc': ('Sindh', 'PAK')}, 'text':
"Monsoon 2022 – cumulative damages, Sindh\n"
"Deaths: 621\n"
"Injured: 8,422\n"
"Houses fully damaged: 689,330\n"
"People in relief camps: 1,817,000\n"
"Data: PDMA Sindh, 4 September 2022",
'claims': [
  ('killed', 621, 'Deaths: 621'),
  ('injured', 8422, 'Injured: 8,422'),
  ('homes', 689330, 'Houses fully damaged: 689,330', {'who': 'houses'}),
  ('displaced', 1817000, 'People in relief camps: 1,817,000'),
]})

d({'id': 'rr-04', 'pub': '2023-02-20', 'd': {'loc': ('Hatay', 'TUR')}, 'text':
"TÜRKIYE: Earthquake response in Hatay – situation snapshot\n\n"
"Deaths¹ 21,779\n"
"Injured¹ 17,453\n"
"People in tents² 410,000\n"
"Collapsed buildings³ 8,214\n\n"
"¹ Ministry of Interior, 19 February\n"
"² Turkish Red Crescent\n"
"³ Ministry of Environment and Urbanisation",
'claims': [
  ('killed', 21779, '21,779', {'ctx': 'Deaths', 'src': 'Ministry of Interior'}),
  ('injured', 17453, '17,453', {'ctx': 'Injured', 'src': 'Ministry of Interior'}),
  ('displaced', 410000, '410,000', {'ctx': 'People in tents', 'src': 'Turkish Red Crescent'}),
  ('homes', 8214, '8,214', {'ctx': 'Collapsed buildings', 'src': 'Ministry of Environment and Urbanisation', 'who': 'buildings'}),
]})

d({'id': 'rr-05', 'pub': '2024-06-03', 'd': {'loc': ('Afghanistan', 'AFG')}, 'text':
"Flash floods in northern Afghanistan – impact by province\n\n"
"Province\tDeaths\tHouses destroyed\tSource\n"
"Baghlan\t62\t1,100\tANDMA\n"
"Badakhshan\t38\t420\tProvincial authorities\n"
"Takhar\t11\t310\tIOM\n",
'claims': [
  ('killed', 62, '62', {'ctx': 'Deaths', 'src': 'ANDMA', 'loc': ('Baghlan', 'AFG')}),
  ('homes', 1100, '1,100', {'ctx': 'Houses destroyed', 'src': 'ANDMA', 'loc': ('Baghlan', 'AFG'), 'who': 'houses'}),
  ('killed', 38, '38', {'ctx': 'Deaths', 'src': 'Provincial authorities', 'loc': ('Badakhshan', 'AFG')}),
  ('homes', 420, '420', {'ctx': 'Houses destroyed', 'src': 'Provincial authorities', 'loc': ('Badakhshan', 'AFG'), 'who': 'houses'}),
  ('killed', 11, '11', {'ctx': 'Deaths', 'src': 'IOM', 'loc': ('Takhar', 'AFG')}),
  ('homes', 310, '310', {'ctx': 'Houses destroyed', 'src': 'IOM', 'loc': ('Takhar', 'AFG'), 'who': 'houses'}),
]})

d({'id': 'rr-06', 'pub': '2024-10-30', 'd': {'src': 'OCHA', 'loc': ('Lebanon', 'LBN')}, 'text':
"OCHA Lebanon: Flash Update #41 – Escalation of hostilities, 30 October 2024\n\n"
"Highlights\n"
"• Since 8 October 2023, 2,790 people have been killed and 12,700 injured, according to the Ministry of Public Health.\n"
"• More than 1.2 million people remain displaced across the country.\n"
"• According to the Health Cluster, 40 hospitals have been damaged and 8 are out of service.\n"
"• 1,080 collective shelters host some 190,000 displaced people.",
'claims': [
  ('killed', 2790, '2,790 people have been killed', {'src': 'Ministry of Public Health', 'since': ('8 October 2023', '2023-10-08')}),
  ('injured', 12700, '12,700 injured', {'src': 'Ministry of Public Health', 'since': ('8 October 2023', '2023-10-08')}),
  ('displaced', 1200000, 'More than 1.2 million people remain displaced', {'q': 'al'}),
  ('facilities', 40, '40 hospitals have been damaged', {'src': 'Health Cluster', 'who': 'hospitals'}),
  ('facilities', 8, '8 are out of service', {'src': 'Health Cluster', 'who': 'hospitals'}),
  ('displaced', 190000, 'some 190,000 displaced people', {'q': 'ap'}),
]})

d({'id': 'rr-07', 'pub': '2024-04-08', 'd': {'src': 'UNICEF', 'loc': ('Haiti', 'HTI')}, 'text':
"UNICEF Haiti Humanitarian Situation Report No. 3\nReporting period: 1 – 31 March 2024\n\n"
"Situation overview\n"
"The Ministry of Public Health reported 112 deaths linked to armed violence in Port-au-Prince during March. "
"An estimated 53,000 people fled the capital in the same period. Seventeen schools were looted or burned.",
'claims': [
  ('killed', 112, '112 deaths', {'src': 'Ministry of Public Health', 'loc': ('Port-au-Prince', 'HTI'), 'since': ('March', '2024-03-01')}),
  ('displaced', 53000, 'An estimated 53,000 people fled', {'q': 'ap'}),
  ('facilities', 17, 'Seventeen schools were looted or burned', {'who': 'schools'}),
]})

d({'id': 'rr-08', 'pub': '2023-11-22', 'lang': 'es', 'd': {'src': 'INDECI', 'loc': ('Perú', 'PER')}, 'text':
"Lluvias intensas en Piura – afectación por provincia\n\n"
"Provincia | Fallecidos | Heridos | Viviendas inhabitables\n"
"Piura | 6 | 23 | 410\n"
"Sullana | 3 | 11 | 185\n\n"
"Fuente : INDECI, 21 de noviembre de 2023",
'claims': [
  ('killed', 6, '6', {'ctx': 'Fallecidos', 'after': 'Piura |', 'loc': ('Piura', 'PER')}),
  ('injured', 23, '23', {'ctx': 'Heridos', 'after': 'Piura |', 'loc': ('Piura', 'PER')}),
  ('homes', 410, '410', {'ctx': 'Viviendas inhabitables', 'after': 'Piura |', 'loc': ('Piura', 'PER'), 'who': 'viviendas'}),
  ('killed', 3, '3', {'ctx': 'Fallecidos', 'after': 'Sullana', 'loc': ('Sullana', 'PER')}),
  ('injured', 11, '11', {'ctx': 'Heridos', 'after': 'Sullana', 'loc': ('Sullana', 'PER')}),
  ('homes', 185, '185', {'ctx': 'Viviendas inhabitables', 'after': 'Sullana', 'loc': ('Sullana', 'PER'), 'who': 'viviendas'}),
]})

d({'id': 'rr-09', 'pub': '2024-01-16', 'lang': 'fr', 'd': {'src': 'Direction générale de la protection civile', 'loc': ('Congo', 'COG')}, 'text':
"Inondations dans le département de la Likouala – bilan provisoire\n"
"Décès : 17\n"
"Ménages sinistrés : 12 400\n"
"Écoles inondées : 86\n"
"Source : Direction générale de la protection civile",
'claims': [
  ('killed', 17, 'Décès : 17'),
  ('affected', 12400, 'Ménages sinistrés : 12 400', {'hh': True, 'who': 'ménages'}),
  ('facilities', 86, 'Écoles inondées : 86', {'who': 'écoles'}),
]})

d({'id': 'rr-10', 'pub': '2024-07-02', 'lang': 'ar', 'd': {'src': 'وزارة الصحة', 'loc': ('غزة', 'PSE')}, 'text':
"قطاع غزة: حصيلة الضحايا حسب المحافظة\n"
"المحافظة | الشهداء | الجرحى\n"
"شمال غزة | 5,210 | 9,870\n"
"خان يونس | 6,140 | 13,020\n"
"المصدر: وزارة الصحة",
'claims': [
  ('killed', 5210, '5,210', {'ctx': 'الشهداء', 'loc': ('شمال غزة', 'PSE'), 'who': 'people'}),
  ('injured', 9870, '9,870', {'ctx': 'الجرحى', 'loc': ('شمال غزة', 'PSE')}),
  ('killed', 6140, '6,140', {'ctx': 'الشهداء', 'loc': ('خان يونس', 'PSE')}),
  ('injured', 13020, '13,020', {'ctx': 'الجرحى', 'loc': ('خان يونس', 'PSE')}),
]})

d({'id': 'rr-11', 'pub': '2023-10-10', 'd': {'src': 'OCHA', 'loc': ('Herat', 'AFG')}, 'text':
"AFGHANISTAN: Herat earthquakes – Flash Update No. 3 (OCHA), 10 October 2023\n\n"
"• The death toll has risen to 1,294, with 1,688 people injured.\n"
"• At least 2,000 houses were destroyed in Zindajan district.",
'claims': [
  ('killed', 1294, 'death toll has risen to 1,294'),
  ('injured', 1688, '1,688 people injured'),
  ('homes', 2000, 'At least 2,000 houses were destroyed', {'q': 'al', 'who': 'houses', 'loc': ('Zindajan district', 'AFG')}),
]})

d({'id': 'rr-12', 'pub': '2024-06-30', 'd': {'src': 'PRMN', 'loc': ('Somalia', 'SOM')}, 'text':
"SOMALIA | Displacement dashboard — PRMN, June 2024\n"
"New displacements (June)\n"
"48,900\n"
"Conflict-related displacements\n"
"12,300\n"
"Drought-related displacements\n"
"30,100",
'claims': [
  ('displaced', 48900, '48,900', {'ctx': 'New displacements (June)'}),
  ('displaced', 12300, '12,300', {'ctx': 'Conflict-related displacements'}),
  ('displaced', 30100, '30,100', {'ctx': 'Drought-related displacements'}),
]})

d({'id': 'rr-13', 'pub': '2024-08-19', 'd': {'loc': ('Sudan', 'SDN')}, 'text':
"SUDAN: Flood snapshot, 19 August 2024\n\n"
"Deaths: 132\n"
"Houses destroyed: 12,420\n"
"People displaced: 118,000",
'claims': [
  ('killed', 132, 'Deaths: 132'),
  ('homes', 12420, 'Houses destroyed: 12,420', {'who': 'houses'}),
  ('displaced', 118000, 'People displaced: 118,000'),
]})

d({'id': 'rr-14', 'pub': '2024-03-11', 'd': {'loc': ('Myanmar', 'MMR')}, 'text':
"Myanmar: Rakhine conflict – key figures\n"
"Civilians killed 96\n"
"Civilians injured 210\n"
"Newly displaced 105,000\n"
"Source: OHCHR, UNHCR",
'claims': [
  ('killed', 96, 'Civilians killed 96', {'who': 'civilians'}),
  ('injured', 210, 'Civilians injured 210', {'who': 'civilians'}),
  ('displaced', 105000, 'Newly displaced 105,000'),
]})

d({'id': 'rr-15', 'pub': '2024-11-04', 'd': {'src': 'OCHA', 'loc': ('Valencia', 'ESP')}, 'text':
"Spain: DANA floods in Valencia – Brief, 4 November 2024\n\n"
"At least 217 people have died, 213 of them in the province of Valencia. Some 89 people are reported missing. "
"About 2,000 people have been moved to temporary shelters.\n\n"
"Produced by OCHA with inputs from partners.",
'claims': [
  ('killed', 217, 'At least 217 people have died', {'q': 'al'}),
  ('killed', 213, '213 of them', {'loc': ('province of Valencia', 'ESP')}),
  ('missing', 89, 'Some 89 people are reported missing', {'q': 'ap'}),
  ('displaced', 2000, 'About 2,000 people have been moved to temporary shelters', {'q': 'ap'}),
]})

d({'id': 'rr-16', 'pub': '2024-05-28', 'd': {'src': 'UN Resident Coordinator Office', 'loc': ('Papua New Guinea', 'PNG')}, 'text':
"Enga landslide – key figures\n"
"Deaths confirmed: 9 (Provincial Disaster Centre)\n"
"People displaced: 7,849 (IOM)\n"
"Houses buried: 150 (Provincial Administration)\n"
"Schools closed: 2\n\n"
"Compiled by the UN Resident Coordinator Office",
'claims': [
  ('killed', 9, 'Deaths confirmed: 9', {'src': 'Provincial Disaster Centre'}),
  ('displaced', 7849, 'People displaced: 7,849', {'src': 'IOM'}),
  ('homes', 150, 'Houses buried: 150', {'src': 'Provincial Administration', 'who': 'houses'}),
  ('facilities', 2, 'Schools closed: 2', {'who': 'schools'}),
]})

d({'id': 'rr-17', 'pub': '2024-02-15', 'd': {'src': 'IOM', 'loc': ('Ethiopia', 'ETH')}, 'text':
"IOM Displacement Tracking Matrix – Ethiopia National Displacement Report 17\n\n"
"Zone | IDPs | Households\n"
"Borena | 118,400 | 21,500\n"
"Gedeo | 64,200 | 11,900\n",
'claims': [
  ('displaced', 118400, '118,400', {'ctx': 'IDPs', 'loc': ('Borena', 'ETH'), 'who': 'idps'}),
  ('displaced', 21500, '21,500', {'ctx': 'Households', 'loc': ('Borena', 'ETH'), 'hh': True, 'who': 'households'}),
  ('displaced', 64200, '64,200', {'ctx': 'IDPs', 'loc': ('Gedeo', 'ETH'), 'who': 'idps'}),
  ('displaced', 11900, '11,900', {'ctx': 'Households', 'loc': ('Gedeo', 'ETH'), 'hh': True, 'who': 'households'}),
]})

d({'id': 'rr-18', 'pub': '2023-12-04', 'd': {'src': 'Health Cluster', 'loc': ('Gaza', 'PSE')}, 'text':
"Health Cluster Bulletin #6 – Gaza, 4 December 2023\n\n"
"Attacks on health care continue. Since 7 October, 203 attacks on health facilities have been recorded; 22 hospitals "
"are out of service. According to WHO, 56 ambulances have been damaged and 271 health workers killed.",
'claims': [
  ('facilities', 22, '22 hospitals are out of service', {'who': 'hospitals'}),
  ('killed', 271, '271 health workers killed', {'src': 'WHO', 'who': 'health workers'}),
]})

d({'id': 'rr-19', 'pub': '2024-10-20', 'd': {'loc': ('Lebanon', 'LBN')}, 'text':
"Lebanon: humanitarian overview, 20 October 2024\n\n"
"Casualties (source: Ministry of Public Health)\n"
"Killed: 2,448\n"
"Injured: 11,471\n\n"
"Displacement (source: IOM DTM)\n"
"Internally displaced: 809,000\n"
"In collective shelters: 191,000",
'claims': [
  ('killed', 2448, 'Killed: 2,448', {'src': 'Ministry of Public Health'}),
  ('injured', 11471, 'Injured: 11,471', {'src': 'Ministry of Public Health'}),
  ('displaced', 809000, 'Internally displaced: 809,000', {'src': 'IOM DTM'}),
  ('displaced', 191000, 'In collective shelters: 191,000', {'src': 'IOM DTM'}),
]})

d({'id': 'rr-20', 'pub': '2024-12-06', 'd': {'src': 'BNPB', 'loc': ('Sukabumi', 'IDN')}, 'text':
"BNPB Press Release: floods and landslides in Sukabumi Regency\n\n"
"As of Friday, 10 people have died and 2 remain missing. A total of 3,041 residents have been evacuated, "
"and 1,520 houses were damaged.",
'claims': [
  ('killed', 10, '10 people have died'),
  ('missing', 2, '2 remain missing'),
  ('displaced', 3041, '3,041 residents have been evacuated', {'who': 'residents'}),
  ('homes', 1520, '1,520 houses were damaged', {'who': 'houses'}),
]})

d({'id': 'rr-21', 'pub': '2024-05-06', 'd': {'src': 'Kenya Red Cross Society', 'loc': ('Kenya', 'KEN')}, 'text':
"KENYA FLOODS UPDATE 6 May 2024 Key figures 238 deaths 164 injured 75 missing 235,000 people displaced "
"Source: Kenya Red Cross Society",
'claims': [
  ('killed', 238, '238 deaths'),
  ('injured', 164, '164 injured'),
  ('missing', 75, '75 missing'),
  ('displaced', 235000, '235,000 people displaced'),
]})

d({'id': 'rr-22', 'pub': '2024-05-10', 'lang': 'es', 'd': {'src': 'Oficina del Coordinador Residente', 'loc': ('Rio Grande do Sul', 'BRA')}, 'text':
"BRASIL: Inundaciones en Rio Grande do Sul – Informe de situación No. 2\n"
"Elaborado por la Oficina del Coordinador Residente\n\n"
"Hasta el 9 de mayo se contabilizan 107 personas fallecidas y 136 desaparecidas. "
"Más de 163.000 personas permanecen desalojadas de sus viviendas.",
'claims': [
  ('killed', 107, '107 personas fallecidas', {'who': 'personas'}),
  ('missing', 136, '136 desaparecidas', {'who': 'personas'}),
  ('displaced', 163000, 'Más de 163.000 personas permanecen desalojadas', {'q': 'al', 'who': 'personas'}),
]})

d({'id': 'rr-23', 'pub': '2023-09-14', 'lang': 'fr', 'd': {'src': 'UNICEF', 'loc': ('Maroc', 'MAR')}, 'text':
"MAROC : Séisme d'Al Haouz – Note d'information de l'UNICEF, 14 septembre 2023\n\n"
"Selon le ministère de l'Intérieur, le séisme a fait 2 946 morts et 5 674 blessés. "
"Environ 530 écoles ont été endommagées dans les provinces touchées.",
'claims': [
  ('killed', 2946, '2 946 morts', {'src': "ministère de l'Intérieur"}),
  ('injured', 5674, '5 674 blessés', {'src': "ministère de l'Intérieur"}),
  ('facilities', 530, 'Environ 530 écoles ont été endommagées', {'q': 'ap', 'who': 'écoles'}),
]})

d({'id': 'rr-24', 'pub': '2023-02-14', 'lang': 'ar', 'd': {'src': 'الهلال الأحمر العربي السوري', 'loc': ('سوريا', 'SYR')}, 'text':
"سوريا: الزلزال – تقرير الوضع رقم 3 – الهلال الأحمر العربي السوري\n"
"• بلغ عدد المتضررين في حلب واللاذقية وحماة نحو 298 ألف شخص.\n"
"• وفقاً لوزارة الصحة، ارتفع عدد الوفيات إلى 1,414 وفاة، فيما بلغ عدد الإصابات 2,357 إصابة.",
'claims': [
  ('affected', 298000, 'نحو 298 ألف شخص', {'q': 'ap', 'who': 'شخص', 'loc': ('حلب واللاذقية وحماة', 'SYR')}),
  ('killed', 1414, '1,414 وفاة', {'src': 'وزارة الصحة'}),
  ('injured', 2357, '2,357 إصابة', {'src': 'وزارة الصحة'}),
]})

d({'id': 'rr-25', 'pub': '2024-01-03', 'd': {'src': 'NDMO', 'loc': ('Vanuatu', 'VUT')}, 'text':
"Tropical Cyclone Lola – Situation Report 4\n"
"Figures in this report are from the National Disaster Management Office (NDMO) unless otherwise stated.\n\n"
"• 4 deaths confirmed (Police).\n"
"• 2,980 people remain in 58 evacuation centres.\n"
"• 740 houses damaged on Pentecost and Maewo.",
'claims': [
  ('killed', 4, '4 deaths confirmed', {'src': 'Police'}),
  ('displaced', 2980, '2,980 people remain in 58 evacuation centres'),
  ('homes', 740, '740 houses damaged', {'who': 'houses', 'loc': ('Pentecost and Maewo', 'VUT')}),
]})
